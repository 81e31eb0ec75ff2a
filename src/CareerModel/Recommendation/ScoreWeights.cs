using System.Globalization;

namespace CareerModel.Recommendation;

/// <summary>
/// How much each part of a path's score counts: salary gain, skill fit, time, outlook and
/// preference match. Weights are relative, never negative, and not all zero.
/// </summary>
public sealed class ScoreWeights : IEquatable<ScoreWeights>
{
    /// <summary>The largest weight accepted.</summary>
    public const double MaxWeight = 1_000;

    private ScoreWeights(double salaryGain, double skillFit, double time, double outlook, double preference)
    {
        SalaryGain = salaryGain;
        SkillFit = skillFit;
        Time = time;
        Outlook = outlook;
        Preference = preference;
    }

    /// <summary>
    /// Gets the default weights: salary gain 1, skill fit 1, time 1, outlook 1, preference 0.5.
    /// On the built-in catalog they rank the next rung of the ladder first for a junior, ahead of
    /// sideways moves the guides give no pay for.
    /// </summary>
    public static ScoreWeights Default { get; } = new(1, 1, 1, 1, 0.5);

    /// <summary>Gets the weight of the salary gain (final pay over today's, as a fraction).</summary>
    public double SalaryGain { get; }

    /// <summary>Gets the weight of the skill fit (the mean fit of the steps, 0 to 1).</summary>
    public double SkillFit { get; }

    /// <summary>Gets the weight of the time taken (total time over the horizon, 0 to 1, counted against).</summary>
    public double Time { get; }

    /// <summary>Gets the weight of the target role's employment growth outlook.</summary>
    public double Outlook { get; }

    /// <summary>Gets the weight of the match with the person's preferences (0 to 1).</summary>
    public double Preference { get; }

    /// <summary>Creates weights.</summary>
    /// <param name="salaryGain">The salary-gain weight.</param>
    /// <param name="skillFit">The skill-fit weight.</param>
    /// <param name="time">The time weight.</param>
    /// <param name="outlook">The outlook weight.</param>
    /// <param name="preference">The preference weight.</param>
    /// <returns>The weights.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, not finite, or above <see cref="MaxWeight"/>.</exception>
    /// <exception cref="ArgumentException">Every weight is zero: nothing would rank the paths.</exception>
    public static ScoreWeights Create(double salaryGain, double skillFit, double time, double outlook, double preference)
    {
        Check(salaryGain, nameof(salaryGain));
        Check(skillFit, nameof(skillFit));
        Check(time, nameof(time));
        Check(outlook, nameof(outlook));
        Check(preference, nameof(preference));
        if (salaryGain + skillFit + time + outlook + preference == 0)
            throw new ArgumentException("At least one score weight must be greater than zero, or nothing would rank the paths.", nameof(salaryGain));
        return new ScoreWeights(salaryGain, skillFit, time, outlook, preference);
    }

    /// <inheritdoc/>
    public bool Equals(ScoreWeights? other) =>
        other is not null && SalaryGain.Equals(other.SalaryGain) && SkillFit.Equals(other.SkillFit) && Time.Equals(other.Time)
        && Outlook.Equals(other.Outlook) && Preference.Equals(other.Preference);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoreWeights);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SalaryGain, SkillFit, Time, Outlook, Preference);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ScoreWeights? left, ScoreWeights? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ScoreWeights? left, ScoreWeights? right) => !(left == right);

    /// <summary>Describes the weights, such as <c>salary 1, fit 1, time 1, outlook 1, preference 0.5</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"salary {SalaryGain:0.###}, fit {SkillFit:0.###}, time {Time:0.###}, outlook {Outlook:0.###}, preference {Preference:0.###}");

    private static void Check(double weight, string paramName)
    {
        if (!double.IsFinite(weight) || weight < 0 || weight > MaxWeight)
            throw new ArgumentOutOfRangeException(paramName, weight, string.Create(CultureInfo.InvariantCulture, $"Score weight {paramName} {weight} must be a finite number from 0 to {MaxWeight}."));
    }
}
