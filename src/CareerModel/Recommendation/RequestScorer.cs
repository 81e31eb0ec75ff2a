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

    public RequestScorer(
        CompiledCatalog compiled, int current, ScoreWeights weights, int maxSteps, int horizonMonths, double experienceMonths,
        double[] fit, float[] gapMonths, Money?[] pay, double[] preference, bool[] allowed, Money? minimumPay)
    {
        this.compiled = compiled;
        Current = current;
        this.weights = weights;
        MaxSteps = maxSteps;
        this.horizonMonths = horizonMonths;
        this.experienceMonths = experienceMonths;
        Fit = fit;
        GapMonths = gapMonths;
        Pay = pay;
        Preference = preference;
        this.allowed = allowed;
        MinimumPay = minimumPay;
        CurrentPay = pay[current];
        var gains = Enumerable.Range(0, pay.Length).Where(r => allowed[r]).Select(Gain).DefaultIfEmpty(0).ToArray();
        maxGain = Math.Max(0, gains.Max());
        maxGrowth = Enumerable.Range(0, pay.Length).Where(r => allowed[r]).Select(r => (double)compiled.Growth[r]).DefaultIfEmpty(0).Max();
        maxPreference = Enumerable.Range(0, pay.Length).Where(r => allowed[r]).Select(r => preference[r]).DefaultIfEmpty(0).Max();
    }

    public int Current { get; }

    public int MaxSteps { get; }

    public double[] Fit { get; }

    public float[] GapMonths { get; }

    public Money?[] Pay { get; }

    public double[] Preference { get; }

    public Money? MinimumPay { get; }

    public Money? CurrentPay { get; }

    /// <summary>Whether a role may end a path: allowed, and paying at least the minimum when one is set.</summary>
    public bool IsCandidate(int role) =>
        allowed[role] && (MinimumPay is not { } minimum || (Pay[role] is { } pay && pay >= minimum));

    /// <summary>The moves out of a path's last role that stay loopless, allowed and within the horizon.</summary>
    public IEnumerable<Candidate> Children(Candidate node)
    {
        for (var e = compiled.EdgeStart[node.Last]; e < compiled.EdgeStart[node.Last + 1]; e++)
        {
            var target = compiled.EdgeTarget[e];
            if (!allowed[target] || node.Contains(target))
                continue;
            var months = StepMonths(e, target, node.Months);
            if (node.Months + months > horizonMonths)
                continue;
            yield return node.Extend(target, Fit[target], months);
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

    public ScoreBreakdown Breakdown(Candidate path) => new(
        weights.SalaryGain * Gain(path.Last),
        weights.SkillFit * (path.SumFit / path.Steps),
        -weights.Time * path.Months / horizonMonths,
        weights.Outlook * compiled.Growth[path.Last],
        weights.Preference * Preference[path.Last]);

    public double Exact(Candidate path) => Breakdown(path).Total;

    /// <summary>
    /// The best score any extension of a path could reach: the best pay gain, outlook and
    /// preference of any allowed role (or the target's own), every further step a perfect fit,
    /// and no further time.
    /// </summary>
    public double Bound(Candidate path, int? target)
    {
        var remaining = MaxSteps - path.Steps;
        var fitBound = (path.SumFit + remaining) / (path.Steps + remaining);
        var time = -weights.Time * path.Months / horizonMonths;
        return target is { } t
            ? (weights.SalaryGain * Gain(t)) + (weights.SkillFit * fitBound) + time + (weights.Outlook * compiled.Growth[t]) + (weights.Preference * Preference[t])
            : (weights.SalaryGain * maxGain) + (weights.SkillFit * fitBound) + time + (weights.Outlook * maxGrowth) + (weights.Preference * maxPreference);
    }

    /// <summary>The pay gain of a role over the current one as a fraction, 0 when either pay is unknown.</summary>
    public double Gain(int role) =>
        CurrentPay is { } now && Pay[role] is { } then && now.Amount > 0
            ? (double)((then.Amount - now.Amount) / now.Amount)
            : 0;
}
