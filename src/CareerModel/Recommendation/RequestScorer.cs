using CareerModel.Careers;
using CareerModel.Monetary;

namespace CareerModel.Recommendation;

/// <summary>
/// The scoring model for one request: every role's fit, learning time, pay, outlook and
/// preference match for this person, and the score of a path (see <see cref="ScoreBreakdown"/>).
/// </summary>
internal sealed class RequestScorer
{
    private readonly CompiledCatalog compiled;
    private readonly ScoreWeights weights;
    private readonly bool[] allowed;
    private readonly double horizonMonths;
    private readonly double experienceMonths;
    private readonly double maxGain;
    private readonly double maxGrowth;
    private readonly double maxPreference;
    private readonly double[] gain;

    public RequestScorer(
        CompiledCatalog compiled, int current, ScoreWeights weights, int maxSteps, int horizonMonths, double experienceMonths,
        double[] fit, float[] gapMonths, Money?[] pay, double[] preference, bool[] allowed, Money? minimumPay,
        double[]? pessimisticFit = null)
    {
        this.compiled = compiled;
        Current = current;
        this.weights = weights;
        MaxSteps = maxSteps;
        this.horizonMonths = horizonMonths;
        this.experienceMonths = experienceMonths;
        Fit = fit;
        IsFitPessimistic = pessimisticFit is not null;
        ScoredFit = pessimisticFit ?? fit;
        GapMonths = gapMonths;
        Pay = pay;
        Preference = preference;
        this.allowed = allowed;
        MinimumPay = minimumPay;
        CurrentPay = pay[current];
        // Each role's gain is worked out once (in decimal, then as a fraction): the search asks for
        // it at every path it scores.
        gain = new double[pay.Length];
        var anyAllowed = false;
        maxGain = double.NegativeInfinity;
        maxGrowth = double.NegativeInfinity;
        maxPreference = double.NegativeInfinity;
        for (var r = 0; r < pay.Length; r++)
        {
            gain[r] = CurrentPay is { } now && pay[r] is { } then && now.Amount > 0
                ? (double)((then.Amount - now.Amount) / now.Amount)
                : 0;
            if (!allowed[r])
                continue;
            anyAllowed = true;
            maxGain = Math.Max(maxGain, gain[r]);
            maxGrowth = Math.Max(maxGrowth, compiled.Growth[r]);
            maxPreference = Math.Max(maxPreference, preference[r]);
        }
        maxGain = anyAllowed ? Math.Max(0, maxGain) : 0;
        maxGrowth = anyAllowed ? maxGrowth : 0;
        maxPreference = anyAllowed ? maxPreference : 0;
    }

    public int Current { get; }

    /// <summary>Gets the number of roles in the catalog.</summary>
    public int RoleCount => Fit.Length;

    public int MaxSteps { get; }

    /// <summary>Gets each role's fit at the requirements' estimates, as reported.</summary>
    public double[] Fit { get; }

    /// <summary>Gets a value indicating whether the score takes the pessimistic end of each fit interval.</summary>
    public bool IsFitPessimistic { get; }

    /// <summary>
    /// Gets each role's fit as the score takes it: <see cref="Fit"/>, or with
    /// <see cref="IsFitPessimistic"/> the pessimistic end of its interval (never above it). Paths
    /// under search sum this fit, so exact scores and bounds agree on it.
    /// </summary>
    public double[] ScoredFit { get; }

    public float[] GapMonths { get; }

    public Money?[] Pay { get; }

    public double[] Preference { get; }

    public Money? MinimumPay { get; }

    public Money? CurrentPay { get; }

    /// <summary>Whether a role may end a path: allowed, and paying at least the minimum when one is set.</summary>
    public bool IsCandidate(int role) =>
        allowed[role] && (MinimumPay is not { } minimum || (Pay[role] is { } pay && pay >= minimum));

    /// <summary>
    /// Adds the moves out of a path's last role that stay loopless, allowed and within the
    /// horizon; with a target, only those that end there or can still reach it.
    /// </summary>
    public void Children(Candidate node, List<Candidate> children, TargetReach? reach = null)
    {
        children.Clear();
        for (var e = compiled.EdgeStart[node.Last]; e < compiled.EdgeStart[node.Last + 1]; e++)
        {
            var target = compiled.EdgeTarget[e];
            if (!allowed[target] || node.Contains(target))
                continue;
            var months = StepMonths(e, target, node.Months);
            if (node.Months + months > horizonMonths)
                continue;
            // Checked before the path is made: in target mode most moves lead nowhere useful.
            if (reach is not null && target != reach.Target && !CanReach(target, node.Steps + 1, node.Months + months, reach))
                continue;
            children.Add(node.Extend(target, ScoredFit[target], months));
        }
    }

    /// <summary>
    /// The months a move takes: the longest of the transition's typical time, the learning the
    /// target's skill gaps need, and the experience the target asks for beyond what the person
    /// will have by then.
    /// </summary>
    public int StepMonths(int edge, int target, int elapsedMonths)
    {
        var experienceShort = compiled.MinimumExperienceMonths[target] - (experienceMonths + elapsedMonths);
        var months = Math.Max(compiled.EdgeMonths[edge], Math.Max(GapMonths[target], experienceShort));
        return (int)Math.Ceiling(Math.Max(0, months) - 1e-6);
    }

    /// <summary>
    /// The fewest months a move can take, whatever the path before it: the longer of the
    /// transition's typical time and the target's learning, without the experience the target
    /// asks for (which only adds). Never more than <see cref="StepMonths"/> for the same move.
    /// </summary>
    public int LeastStepMonths(int edge, int target)
    {
        var months = Math.Max(compiled.EdgeMonths[edge], GapMonths[target]);
        return (int)Math.Ceiling(Math.Max(0, months) - 1e-6);
    }

    /// <summary>
    /// How near each role is to a target, for a search that must end there: the fewest moves and
    /// the fewest months (<see cref="LeastStepMonths"/>) from the role to the target through
    /// allowed roles, by a backward breadth-first search and a backward Dijkstra.
    /// </summary>
    public TargetReach ReachTo(int target)
    {
        var roles = compiled.Roles.Length;
        var hops = new int[roles];
        var months = new int[roles];
        Array.Fill(hops, int.MaxValue);
        Array.Fill(months, int.MaxValue);
        hops[target] = 0;
        months[target] = 0;

        // Sized once, like the arrays: each role is queued at most once here.
        var frontier = new Queue<int>(roles);
        frontier.Enqueue(target);
        while (frontier.TryDequeue(out var to))
        {
            for (var i = compiled.InEdgeStart[to]; i < compiled.InEdgeStart[to + 1]; i++)
            {
                var from = compiled.EdgeSource[compiled.InEdges[i]];
                if (allowed[from] && hops[from] == int.MaxValue)
                {
                    hops[from] = hops[to] + 1;
                    frontier.Enqueue(from);
                }
            }
        }

        var queue = new PriorityQueue<int, int>(roles);
        queue.Enqueue(target, 0);
        while (queue.TryDequeue(out var to, out var distance))
        {
            if (distance > months[to])
                continue;
            for (var i = compiled.InEdgeStart[to]; i < compiled.InEdgeStart[to + 1]; i++)
            {
                var edge = compiled.InEdges[i];
                var from = compiled.EdgeSource[edge];
                if (!allowed[from])
                    continue;
                var through = (int)Math.Min((long)distance + LeastStepMonths(edge, to), int.MaxValue - 1L);
                if (through < months[from])
                {
                    months[from] = through;
                    queue.Enqueue(from, through);
                }
            }
        }
        return new TargetReach(target, hops, months);
    }

    /// <summary>Whether a partial path could still end at the target within the steps and the horizon.</summary>
    private bool CanReach(int last, int steps, int months, TargetReach reach) =>
        reach.Hops[last] <= MaxSteps - steps && reach.Months[last] <= horizonMonths - months;

    public ScoreBreakdown Breakdown(Candidate path) => new(
        weights.SalaryGain * Gain(path.Last),
        weights.SkillFit * (path.SumFit / path.Steps),
        -weights.Time * path.Months / horizonMonths,
        weights.Outlook * compiled.Growth[path.Last],
        weights.Preference * Preference[path.Last],
        IsFitPessimistic);

    /// <summary>The path's score: <see cref="Breakdown"/>'s total, added in the same order, without making the breakdown.</summary>
    public double Exact(Candidate path) =>
        (weights.SalaryGain * Gain(path.Last))
        + (weights.SkillFit * (path.SumFit / path.Steps))
        + (-weights.Time * path.Months / horizonMonths)
        + (weights.Outlook * compiled.Growth[path.Last])
        + (weights.Preference * Preference[path.Last]);

    /// <summary>
    /// The best score any extension of a path could reach, ending anywhere: the best pay gain,
    /// outlook and preference of any allowed role, every further step a perfect fit, and no
    /// further time.
    /// </summary>
    public double Bound(Candidate path)
    {
        var remaining = MaxSteps - path.Steps;
        var fitBound = (path.SumFit + remaining) / (path.Steps + remaining);
        var time = -weights.Time * path.Months / horizonMonths;
        return (weights.SalaryGain * maxGain) + (weights.SkillFit * fitBound) + time + (weights.Outlook * maxGrowth) + (weights.Preference * maxPreference);
    }

    /// <summary>
    /// The best score a partial path could reach at the target: the target's pay gain, outlook and
    /// preference; every move before the last a perfect fit and the last one the target's own fit,
    /// over any number of further moves from the fewest that reach the target to the most allowed;
    /// and at least the fewest months from here to the target.
    /// </summary>
    public double Bound(Candidate path, TargetReach reach)
    {
        var target = reach.Target;
        var fitBound = double.NegativeInfinity;
        for (var moves = Math.Max(1, reach.Hops[path.Last]); moves <= MaxSteps - path.Steps; moves++)
            fitBound = Math.Max(fitBound, (path.SumFit + (moves - 1) + ScoredFit[target]) / (path.Steps + moves));
        var time = -weights.Time * (path.Months + reach.Months[path.Last]) / horizonMonths;
        return (weights.SalaryGain * Gain(target)) + (weights.SkillFit * fitBound) + time + (weights.Outlook * compiled.Growth[target]) + (weights.Preference * Preference[target]);
    }

    /// <summary>The pay gain of a role over the current one as a fraction, 0 when either pay is unknown.</summary>
    public double Gain(int role) => gain[role];
}
