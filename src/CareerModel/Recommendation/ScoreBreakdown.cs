using System.Globalization;

namespace CareerModel.Recommendation;

/// <summary>
/// A path's score, broken into its parts; the parts add up to <see cref="Total"/>. Each part says
/// what it was worked out from, and where data was missing the breakdown says so.
/// </summary>
/// <remarks>
/// With weights w (see <see cref="ScoreWeights"/> for each part's scale): salary = w × log₂(final
/// pay ÷ today's pay), clamped to ±1 (estimated from the reference region, or
/// <see cref="RecommendationOptions.UnknownPayGain"/> when unknown: <see cref="PayBasis"/>);
/// fit = w × the mean skill fit of the steps (a role with no skill data counting
/// <see cref="RecommendationOptions.UnknownSkillFit"/>); time = −w × total time ÷ horizon;
/// outlook = w × the final role's growth rate; preference = w × the share of the person's stated
/// preferences (track, family, remote work) the final role meets; relatedness = w × the product
/// of the moves' strengths; similarity = w × the skill similarity of the person and the final role.
/// With <see cref="RecommendationOptions.RankByPessimisticFit"/> on a catalog whose requirements
/// carry confidence intervals, the fit part takes each step's <see cref="FitInterval.Pessimistic"/>
/// fit instead (<see cref="IsSkillFitPessimistic"/>).
/// </remarks>
public sealed class ScoreBreakdown
{
    internal ScoreBreakdown(
        double salaryGain, double skillFit, double time, double outlook, double preference, double relatedness, double similarity,
        PayBasis payBasis = PayBasis.Published, bool isSkillDataMissing = false, bool isSkillFitPessimistic = false)
    {
        // + 0.0 turns -0.0 (a zero weight times a negative part) into 0.0, so no part prints as "-+0.000".
        SalaryGain = salaryGain + 0.0;
        SkillFit = skillFit + 0.0;
        Time = time + 0.0;
        Outlook = outlook + 0.0;
        Preference = preference + 0.0;
        Relatedness = relatedness + 0.0;
        Similarity = similarity + 0.0;
        PayBasis = payBasis;
        IsSkillDataMissing = isSkillDataMissing;
        IsSkillFitPessimistic = isSkillFitPessimistic;
    }

    /// <summary>Gets the salary-gain part.</summary>
    public double SalaryGain { get; }

    /// <summary>Gets where the salary gain comes from: published bands, an estimate from the reference region, or nothing (unknown).</summary>
    public PayBasis PayBasis { get; }

    /// <summary>Gets the skill-fit part.</summary>
    public double SkillFit { get; }

    /// <summary>
    /// Gets a value indicating whether <see cref="SkillFit"/> scores the pessimistic end of each
    /// step's fit (<see cref="PathStep.FitInterval"/>) rather than its estimate: set when
    /// <see cref="RecommendationOptions.RankByPessimisticFit"/> was asked for and the catalog's
    /// requirements carry confidence intervals.
    /// </summary>
    public bool IsSkillFitPessimistic { get; }

    /// <summary>
    /// Gets a value indicating whether the final role lists no skill requirements, so that its fit
    /// counted <see cref="RecommendationOptions.UnknownSkillFit"/> and its similarity 0.
    /// </summary>
    public bool IsSkillDataMissing { get; }

    /// <summary>Gets the time part (zero or negative).</summary>
    public double Time { get; }

    /// <summary>Gets the outlook part.</summary>
    public double Outlook { get; }

    /// <summary>Gets the preference part.</summary>
    public double Preference { get; }

    /// <summary>Gets the relatedness part: how plausible the chain of moves is.</summary>
    public double Relatedness { get; }

    /// <summary>Gets the skill-similarity part: how close the person's skills are to the final role's.</summary>
    public double Similarity { get; }

    /// <summary>Gets the total score: the sum of the parts.</summary>
    public double Total => SalaryGain + SkillFit + Time + Outlook + Preference + Relatedness + Similarity;

    /// <summary>
    /// Gets the parts as (name, value) pairs, in a fixed order: salary gain, skill fit (named
    /// "pessimistic skill fit" when <see cref="IsSkillFitPessimistic"/>), time, outlook, preference,
    /// relatedness, similarity.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Parts =>
    [
        KeyValuePair.Create("salary gain", SalaryGain),
        KeyValuePair.Create(IsSkillFitPessimistic ? "pessimistic skill fit" : "skill fit", SkillFit),
        KeyValuePair.Create("time", Time),
        KeyValuePair.Create("outlook", Outlook),
        KeyValuePair.Create("preference", Preference),
        KeyValuePair.Create("relatedness", Relatedness),
        KeyValuePair.Create("similarity", Similarity),
    ];

    /// <summary>
    /// Describes the score, such as
    /// <c>1.153 = salary +0.200, fit +0.930, time -0.100, outlook +0.050, preference +0.000, relatedness +1.000, similarity +0.420</c>,
    /// with <c>(estimated)</c> or <c>(pay unknown)</c> after the salary part, <c>pessimistic fit</c>
    /// when <see cref="IsSkillFitPessimistic"/>, and <c>(no skill data)</c> after the fit when
    /// <see cref="IsSkillDataMissing"/>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var pay = PayBasis switch { PayBasis.Estimated => " (estimated)", PayBasis.Unknown => " (pay unknown)", _ => "" };
        var skillData = IsSkillDataMissing ? " (no skill data)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Total:0.000} = salary {SalaryGain:+0.000;-0.000}{pay}, {(IsSkillFitPessimistic ? "pessimistic fit" : "fit")} {SkillFit:+0.000;-0.000}{skillData}, time {Time:+0.000;-0.000}, outlook {Outlook:+0.000;-0.000}, preference {Preference:+0.000;-0.000}, relatedness {Relatedness:+0.000;-0.000}, similarity {Similarity:+0.000;-0.000}");
    }
}
