using System.Globalization;

namespace CareerModel.Recommendation;

/// <summary>
/// A path's score, broken into its parts; the parts add up to <see cref="Total"/>.
/// </summary>
/// <remarks>
/// With weights w: salary = w × (final pay − today's pay) ÷ today's pay (0 when either is
/// unknown); fit = w × the mean skill fit of the steps; time = −w × total time ÷ horizon;
/// outlook = w × the final role's growth rate; preference = w × the share of the person's stated
/// preferences (track, family, remote work) the final role meets. With
/// <see cref="RecommendationOptions.RankByPessimisticFit"/> on a catalog whose requirements carry
/// confidence intervals, the fit part takes each step's <see cref="FitInterval.Pessimistic"/> fit
/// instead (<see cref="IsSkillFitPessimistic"/>).
/// </remarks>
public sealed class ScoreBreakdown : IEquatable<ScoreBreakdown>
{
    internal ScoreBreakdown(double salaryGain, double skillFit, double time, double outlook, double preference, bool isSkillFitPessimistic = false)
    {
        IsSkillFitPessimistic = isSkillFitPessimistic;
        // + 0.0 turns -0.0 (a zero weight times a negative part) into 0.0, so no part prints as "-+0.000".
        SalaryGain = salaryGain + 0.0;
        SkillFit = skillFit + 0.0;
        Time = time + 0.0;
        Outlook = outlook + 0.0;
        Preference = preference + 0.0;
    }

    /// <summary>Gets the salary-gain part.</summary>
    public double SalaryGain { get; }

    /// <summary>Gets the skill-fit part.</summary>
    public double SkillFit { get; }

    /// <summary>
    /// Gets a value indicating whether <see cref="SkillFit"/> scores the pessimistic end of each
    /// step's fit (<see cref="PathStep.FitInterval"/>) rather than its estimate: set when
    /// <see cref="RecommendationOptions.RankByPessimisticFit"/> was asked for and the catalog's
    /// requirements carry confidence intervals.
    /// </summary>
    public bool IsSkillFitPessimistic { get; }

    /// <summary>Gets the time part (zero or negative).</summary>
    public double Time { get; }

    /// <summary>Gets the outlook part.</summary>
    public double Outlook { get; }

    /// <summary>Gets the preference part.</summary>
    public double Preference { get; }

    /// <summary>Gets the total score: the sum of the parts.</summary>
    public double Total => SalaryGain + SkillFit + Time + Outlook + Preference;

    /// <summary>
    /// Gets the parts as (name, value) pairs, in a fixed order: salary gain, skill fit (named
    /// "pessimistic skill fit" when <see cref="IsSkillFitPessimistic"/>), time, outlook, preference.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, double>> Parts =>
    [
        KeyValuePair.Create("salary gain", SalaryGain),
        KeyValuePair.Create(IsSkillFitPessimistic ? "pessimistic skill fit" : "skill fit", SkillFit),
        KeyValuePair.Create("time", Time),
        KeyValuePair.Create("outlook", Outlook),
        KeyValuePair.Create("preference", Preference),
    ];

    /// <inheritdoc/>
    public bool Equals(ScoreBreakdown? other) =>
        other is not null && SalaryGain.Equals(other.SalaryGain) && SkillFit.Equals(other.SkillFit) && Time.Equals(other.Time)
        && Outlook.Equals(other.Outlook) && Preference.Equals(other.Preference) && IsSkillFitPessimistic == other.IsSkillFitPessimistic;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoreBreakdown);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SalaryGain, SkillFit, Time, Outlook, Preference, IsSkillFitPessimistic);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ScoreBreakdown? left, ScoreBreakdown? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScoreBreakdown? left, ScoreBreakdown? right) => !(left == right);

    /// <summary>
    /// Describes the score, such as <c>1.153 = salary +0.200, fit +0.930, time -0.100, outlook +0.050, preference +0.000</c>
    /// (<c>pessimistic fit +0.930</c> when <see cref="IsSkillFitPessimistic"/>).
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Total:0.000} = salary {SalaryGain:+0.000;-0.000}, {(IsSkillFitPessimistic ? "pessimistic fit" : "fit")} {SkillFit:+0.000;-0.000}, time {Time:+0.000;-0.000}, outlook {Outlook:+0.000;-0.000}, preference {Preference:+0.000;-0.000}");
}
