using System.Globalization;
using CareerModel.Assessment;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>A recommended path: its steps, when it arrives, what it pays, its score and why.</summary>
public sealed class PathRecommendation
{
    internal PathRecommendation(
        int rank, string fromRoleId, IReadOnlyList<PathStep> steps, ScoreBreakdown score, Period totalTime, Money? currentPay,
        IReadOnlyList<SkillGap> topGaps)
    {
        Rank = rank;
        FromRoleId = fromRoleId;
        Steps = steps;
        Score = score;
        TotalTime = totalTime;
        CurrentPay = currentPay;
        TopGaps = topGaps;
    }

    /// <summary>Gets the 1-based rank of the path in its result.</summary>
    public int Rank { get; }

    /// <summary>Gets the role the path starts from: the person's current role.</summary>
    public string FromRoleId { get; }

    /// <summary>Gets the steps, first move first.</summary>
    public IReadOnlyList<PathStep> Steps { get; }

    /// <summary>Gets the final step.</summary>
    public PathStep Final => Steps[^1];

    /// <summary>Gets the score and its parts.</summary>
    public ScoreBreakdown Score { get; }

    /// <summary>Gets how long the whole path takes, in years and months.</summary>
    public Period TotalTime { get; }

    /// <summary>Gets the projected date of the final move.</summary>
    public LocalDate Arrives => Final.Starts;

    /// <summary>Gets today's pay in the person's region and currency (the current role's band midpoint), or <see langword="null"/>.</summary>
    public Money? CurrentPay { get; }

    /// <summary>Gets the pay gain from today to the final role, or <see langword="null"/> when either pay is unknown.</summary>
    public Money? PayGain => CurrentPay is { } now && Final.ProjectedPay is { } then && now.Currency.Equals(then.Currency) ? then - now : null;

    /// <summary>Gets the mean skill fit of the steps.</summary>
    public double MeanFit => Steps.Average(s => s.Fit);

    /// <summary>
    /// Gets the largest skill gaps for the final role (at most five), in the assessment's order:
    /// required first, then by <see cref="SkillGap.Impact"/> (the share of the fit each costs),
    /// then by importance, then by skill id — the first five of
    /// <see cref="CareerAssessor.AnalyzeGaps"/>'s <see cref="GapAnalysis.Gaps"/> for the same person
    /// and role. <see cref="SkillGap.LastUsed"/> is not reported here.
    /// </summary>
    public IReadOnlyList<SkillGap> TopGaps { get; }

    /// <summary>Gets the role ids along the path, the starting role first.</summary>
    public IReadOnlyList<string> RoleIds => [FromRoleId, .. Steps.Select(s => s.Target.Id)];

    /// <summary>Explains, part by part, why this path scores differently from another.</summary>
    /// <param name="other">The path to compare with.</param>
    /// <returns>The comparison.</returns>
    public ScoreComparison CompareWith(PathRecommendation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ScoreComparison(this, other);
    }

    /// <summary>Describes the path on one line, such as <c>#1 cs-junior-specialist → cs-specialist (score 1.153, in 1 years 0 months)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"#{Rank} {string.Join(" → ", RoleIds)} (score {Score.Total:0.000}, arrives {Arrives:uuuu-MM-dd})");
}
