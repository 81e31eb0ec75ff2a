using System.Numerics;
using CareerModel.Monetary;

namespace CareerModel.Recommendation;

/// <summary>
/// The scoring model for one request: the score of a path (see <see cref="ScoreBreakdown"/>), the
/// bounds the search prunes with, and the moves out of a path.
/// </summary>
internal sealed class RequestScorer
{
    private readonly CompiledCatalog compiled;
    private readonly RecommendationRequest request;
    private readonly ScoreWeights weights;
    private readonly bool[] allowed;
    private readonly double[] scoredFit;
    private readonly double[] gain;
    private readonly double horizonMonths;
    private readonly double maxGain;
    private readonly double maxGrowth;
    private readonly double maxPreference;
    private readonly double maxSimilarity;

    public RequestScorer(CompiledCatalog compiled, RecommendationRequest request)
    {
        this.compiled = compiled;
        this.request = request;
        weights = request.Options.Weights;
        allowed = request.Allowed;
        scoredFit = request.Fits.Scored;
        gain = request.Pay.Gain;
        horizonMonths = request.Options.HorizonMonths;
        MaxSteps = request.Options.MaxSteps;
        // The best any allowed role offers on each part that depends on the final role alone: the
        // search's bound for a path that may still end anywhere.
        var anyAllowed = false;
        (maxGain, maxGrowth, maxPreference, maxSimilarity) = (double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity, double.NegativeInfinity);
        for (var r = 0; r < allowed.Length; r++)
        {
            if (!allowed[r])
                continue;
            anyAllowed = true;
            maxGain = Math.Max(maxGain, gain[r]);
            maxGrowth = Math.Max(maxGrowth, compiled.Growth[r]);
            maxPreference = Math.Max(maxPreference, request.Preference[r]);
            maxSimilarity = Math.Max(maxSimilarity, request.Similarity[r]);
        }
        if (!anyAllowed)
            (maxGain, maxGrowth, maxPreference, maxSimilarity) = (0, 0, 0, 0);
    }

    public int Current => request.Current;

    /// <summary>Gets the number of roles in the catalog.</summary>
    public int RoleCount => allowed.Length;

    public int MaxSteps { get; }

    /// <summary>Whether a role may end a path: allowed, and paying at least the minimum when one is set.</summary>
    public bool MayEndPath(int role) =>
        allowed[role] && (request.Options.MinimumPay is not { } minimum || (request.Pay.ProjectedOf(role) is { } pay && pay >= minimum));

    /// <summary>
    /// Adds the moves out of a path's last role that stay loopless, allowed and within the
    /// horizon; with a target, only those that end there or can still reach it.
    /// </summary>
    public void Children(PartialPath node, List<PartialPath> children, TargetReach? reach = null)
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
            children.Add(node.Extend(target, scoredFit[target], months, compiled.EdgeStrength[e]));
        }
    }

    /// <summary>
    /// The months a move takes: the longest of the transition's typical time, the learning the
    /// target's skill gaps need, and the experience the target asks for beyond what the person
    /// will have by then.
    /// </summary>
    public int StepMonths(int edge, int target, int elapsedMonths)
    {
        var experienceShort = compiled.MinimumExperienceMonths[target] - (request.ExperienceMonths + elapsedMonths);
        var months = Math.Max(compiled.EdgeMonths[edge], Math.Max(request.Fits.GapMonths[target], experienceShort));
        return (int)Math.Ceiling(Math.Max(0, months) - 1e-6);
    }

    /// <summary>
    /// The fewest months a move can take, whatever the path before it: the longer of the
    /// transition's typical time and the target's learning, without the experience the target
    /// asks for (which only adds). Never more than <see cref="StepMonths"/> for the same move.
    /// </summary>
    public int LeastStepMonths(int edge, int target)
    {
        var months = Math.Max(compiled.EdgeMonths[edge], request.Fits.GapMonths[target]);
        return (int)Math.Ceiling(Math.Max(0, months) - 1e-6);
    }

    /// <summary>
    /// How near each role is to a target, for a search that must end there: the fewest moves and
    /// the fewest months (<see cref="LeastStepMonths"/>) from the role to the target through
    /// allowed roles, by a backward breadth-first search and a backward Dijkstra.
    /// </summary>
    /// <remarks>
    /// Only roles that can lie on a path of at most <see cref="MaxSteps"/> moves from the person's
    /// role to the target are measured: those whose fewest moves from the person's role and to the
    /// target add up to no more. Every path the search can return runs through such roles only, so
    /// the months and chains measured over them bound those paths as tightly as over the whole
    /// graph or more; the others are left unreached, which the search reads as "cannot end in
    /// time", as is true of them. On a taxonomy of thousands of occupations this is the difference
    /// between the whole graph and a few hundred roles.
    /// </remarks>
    public TargetReach ReachTo(int target)
    {
        var roles = compiled.Roles.Length;
        var fromCurrent = Hops(request.Current, MaxSteps, compiled.EdgeStart, compiled.EdgeTarget, e => e);
        var hops = Hops(target, MaxSteps, compiled.InEdgeStart, compiled.InEdges, e => compiled.EdgeSource[e]);
        var onSomePath = new bool[roles];
        for (var r = 0; r < roles; r++)
            onSomePath[r] = hops[r] != int.MaxValue && fromCurrent[r] != int.MaxValue && hops[r] + fromCurrent[r] <= MaxSteps;
        var months = new int[roles];
        Array.Fill(months, int.MaxValue);
        BackwardDijkstra(target, months, onSomePath, (distance, edge, to) => (int)Math.Min((long)distance + LeastStepMonths(edge, to), int.MaxValue - 1L));
        return new TargetReach(target, hops, months, StrongestChainTo(target, onSomePath));
    }

    /// <summary>
    /// The fewest moves from <paramref name="start"/> to each role (forwards over out-edges) or from
    /// each role to it (backwards over in-edges), through allowed roles, up to <paramref name="limit"/>;
    /// <see cref="int.MaxValue"/> beyond.
    /// </summary>
    private int[] Hops(int start, int limit, int[] edgeStart, int[] edges, Func<int, int> neighbourOf)
    {
        var hops = new int[compiled.Roles.Length];
        Array.Fill(hops, int.MaxValue);
        hops[start] = 0;
        var frontier = new Queue<int>();
        frontier.Enqueue(start);
        while (frontier.TryDequeue(out var role))
        {
            if (hops[role] == limit)
                continue;
            for (var i = edgeStart[role]; i < edgeStart[role + 1]; i++)
            {
                var next = neighbourOf(edges[i]);
                if (allowed[next] && hops[next] == int.MaxValue)
                {
                    hops[next] = hops[role] + 1;
                    frontier.Enqueue(next);
                }
            }
        }
        return hops;
    }

    /// <summary>
    /// Each role's strongest chain of moves to the target through allowed roles: the largest
    /// product of strengths of any path from it (1 at the target, 0 where none leads), by a backward
    /// Dijkstra on −log strength. It bounds the relatedness a partial path can still keep. Where
    /// every move has strength 1 (hand-written catalogs) there is nothing to bound:
    /// <see langword="null"/>, read as 1.
    /// </summary>
    private double[]? StrongestChainTo(int target, bool[] onSomePath)
    {
        if (compiled.AllStrengthsAreOne)
            return null;
        var roles = compiled.Roles.Length;
        // One array: first each role's least −log product, then, in place, the product itself.
        var chain = new double[roles];
        Array.Fill(chain, double.PositiveInfinity);
        // −log 0 is +∞: a move of no strength leaves the chain at 0, which no path improves.
        BackwardDijkstra(target, chain, onSomePath, (distance, edge, _) => distance - Math.Log(compiled.EdgeStrength[edge]));
        for (var r = 0; r < roles; r++)
        {
            // Rounded up a hair, so the bound stays admissible whatever exp and log round to.
            chain[r] = double.IsPositiveInfinity(chain[r]) ? 0 : Math.Min(1, Math.Exp(-chain[r]) * (1 + 1e-12));
        }
        return chain;
    }

    /// <summary>
    /// The least cost from every role to the target through allowed roles in <paramref name="within"/>,
    /// over the edges into each role: <paramref name="distance"/> comes filled with "unreached" and
    /// leaves with each role's least cost, <paramref name="through"/> giving the cost of reaching a
    /// move's source from the cost at its target (never less: costs are zero or more).
    /// </summary>
    private void BackwardDijkstra<T>(int target, T[] distance, bool[] within, Func<T, int, int, T> through)
        where T : INumber<T>
    {
        distance[target] = T.Zero;
        var queue = new PriorityQueue<int, T>();
        queue.Enqueue(target, T.Zero);
        while (queue.TryDequeue(out var to, out var reached))
        {
            if (reached > distance[to])
                continue;
            for (var i = compiled.InEdgeStart[to]; i < compiled.InEdgeStart[to + 1]; i++)
            {
                var edge = compiled.InEdges[i];
                var from = compiled.EdgeSource[edge];
                if (!allowed[from] || !within[from])
                    continue;
                var cost = through(reached, edge, to);
                if (cost < distance[from])
                {
                    distance[from] = cost;
                    queue.Enqueue(from, cost);
                }
            }
        }
    }

    /// <summary>Whether a partial path could still end at the target within the steps and the horizon.</summary>
    private bool CanReach(int last, int steps, int months, TargetReach reach) =>
        reach.Hops[last] <= MaxSteps - steps && reach.Months[last] <= horizonMonths - months;

    public ScoreBreakdown Breakdown(PartialPath path) => new(
        weights.SalaryGain * gain[path.Last],
        weights.SkillFit * (path.SumFit / path.Steps),
        -weights.Time * path.Months / horizonMonths,
        weights.Outlook * compiled.Growth[path.Last],
        weights.Preference * request.Preference[path.Last],
        weights.Relatedness * path.Relatedness,
        weights.Similarity * request.Similarity[path.Last],
        request.Pay.BasisOf(path.Last),
        !compiled.HasSkillData[path.Last],
        request.Fits.IsPessimistic);

    /// <summary>The path's score: <see cref="Breakdown"/>'s total, added in the same order, without making the breakdown.</summary>
    public double Exact(PartialPath path) =>
        (weights.SalaryGain * gain[path.Last])
        + (weights.SkillFit * (path.SumFit / path.Steps))
        + (-weights.Time * path.Months / horizonMonths)
        + (weights.Outlook * compiled.Growth[path.Last])
        + (weights.Preference * request.Preference[path.Last])
        + (weights.Relatedness * path.Relatedness)
        + (weights.Similarity * request.Similarity[path.Last]);

    /// <summary>
    /// The best score any extension of a path could reach, ending anywhere: the best pay gain,
    /// outlook, preference and similarity of any allowed role, every further step a perfect fit,
    /// no further time, and no weaker move (a move's strength is at most 1, so relatedness only falls).
    /// </summary>
    public double Bound(PartialPath path)
    {
        var remaining = MaxSteps - path.Steps;
        var fitBound = (path.SumFit + remaining) / (path.Steps + remaining);
        var time = -weights.Time * path.Months / horizonMonths;
        return (weights.SalaryGain * maxGain) + (weights.SkillFit * fitBound) + time + (weights.Outlook * maxGrowth)
            + (weights.Preference * maxPreference) + (weights.Relatedness * path.Relatedness) + (weights.Similarity * maxSimilarity);
    }

    /// <summary>
    /// The best score a partial path could reach at the target: the target's pay gain, outlook,
    /// preference and similarity; every move before the last a perfect fit and the last one the
    /// target's own fit, over any number of further moves from the fewest that reach the target to
    /// the most allowed; at least the fewest months from here to the target; and the relatedness
    /// kept along the strongest chain of moves from here to the target.
    /// </summary>
    public double Bound(PartialPath path, TargetReach reach)
    {
        var target = reach.Target;
        var fitBound = double.NegativeInfinity;
        for (var moves = Math.Max(1, reach.Hops[path.Last]); moves <= MaxSteps - path.Steps; moves++)
            fitBound = Math.Max(fitBound, (path.SumFit + (moves - 1) + scoredFit[target]) / (path.Steps + moves));
        var time = -weights.Time * (path.Months + reach.Months[path.Last]) / horizonMonths;
        return (weights.SalaryGain * gain[target]) + (weights.SkillFit * fitBound) + time + (weights.Outlook * compiled.Growth[target])
            + (weights.Preference * request.Preference[target]) + (weights.Relatedness * path.Relatedness * (reach.StrongestChain?[path.Last] ?? 1))
            + (weights.Similarity * request.Similarity[target]);
    }

    /// <summary>The salary gain of a role over the current one, as the score counts it.</summary>
    public double Gain(int role) => gain[role];

    /// <summary>The mean fit of a path's steps, as the score takes it.</summary>
    public static double MeanFit(PartialPath path) => path.SumFit / path.Steps;
}
