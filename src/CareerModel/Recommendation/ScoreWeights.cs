using System.Globalization;
using CareerModel.Internal;

namespace CareerModel.Recommendation;

/// <summary>
/// How much each part of a path's score counts: salary gain, skill fit, time, outlook, preference
/// match, relatedness and skill similarity. Weights are relative, never negative, and not all zero.
/// </summary>
/// <remarks>
/// Every part is on a scale of about one unit, so that equal weights mean equal say: the salary
/// gain in doublings of pay (capped at ±1), the fit and the relatedness from 0 to 1, the time as a
/// share of the horizon, the similarity from −1 to 1, the outlook as a growth rate and the
/// preference match as a share of the preferences met.
/// </remarks>
public sealed class ScoreWeights : IEquatable<ScoreWeights>
{
    /// <summary>The largest weight accepted.</summary>
    public const double MaxWeight = 1_000;

    /// <summary>
    /// Gets the default weights: salary gain 1, skill fit 1, time 1, outlook 1, preference 0.5,
    /// relatedness 4, similarity 1.
    /// </summary>
    /// <remarks>
    /// Relatedness weighs most because whether a move is one people make at all comes before what
    /// it pays or how soon: with it at 4, a path two moves of strength 0.8 long must make up 1.44
    /// on the other parts to beat one such move. Measured on the development half of O*NET's
    /// Related Occupations (docs/quality.md), it lifts the default recommendations' recall@10 from
    /// 0.23 (weight 1) to 0.36; between 4 and 8 the gain is small. On a catalog of hand-written
    /// moves (strength 1) it changes no ranking.
    /// </remarks>
    public static ScoreWeights Default { get; } = new(1, 1, 1, 1, 0.5, 4, 1);

    /// <summary>
    /// Gets the weight of the salary gain: log₂ of the final role's pay over today's, clamped to
    /// ±<see cref="RecommendationOptions.MaxSalaryGain"/> (a 10% raise counts 0.14, doubling 1, more
    /// no more), or <see cref="RecommendationOptions.UnknownPayGain"/> when the pay cannot be told.
    /// </summary>
    public double SalaryGain { get; }

    /// <summary>Gets the weight of the skill fit (the mean fit of the steps, 0 to 1).</summary>
    public double SkillFit { get; }

    /// <summary>Gets the weight of the time taken (total time over the horizon, 0 to 1, counted against).</summary>
    public double Time { get; }

    /// <summary>Gets the weight of the target role's employment growth outlook.</summary>
    public double Outlook { get; }

    /// <summary>Gets the weight of the match with the person's preferences (0 to 1).</summary>
    public double Preference { get; }

    /// <summary>
    /// Gets the weight of the path's relatedness: the product of its moves' strengths
    /// (<see cref="Careers.Transition.Strength"/>, 0 to 1), so a chain of weak moves counts less than
    /// one strong move.
    /// </summary>
    public double Relatedness { get; }

    /// <summary>
    /// Gets the weight of the skill similarity: how close the person's whole skill profile is to the
    /// final role's, from −1 to 1 (the cosine of the two importance-weighted profiles, centred on the
    /// catalog's mean; 0 when either has no skill data).
    /// </summary>
    public double Similarity { get; }

    /// <summary>Creates weights.</summary>
    /// <param name="salaryGain">The salary-gain weight.</param>
    /// <param name="skillFit">The skill-fit weight.</param>
    /// <param name="time">The time weight.</param>
    /// <param name="outlook">The outlook weight.</param>
    /// <param name="preference">The preference weight.</param>
    /// <param name="relatedness">The relatedness weight.</param>
    /// <param name="similarity">The skill-similarity weight.</param>
    /// <exception cref="ArgumentOutOfRangeException">A weight is negative, not finite, or above <see cref="MaxWeight"/>.</exception>
    /// <exception cref="ArgumentException">Every weight is zero: nothing would rank the paths.</exception>
    public ScoreWeights(double salaryGain, double skillFit, double time, double outlook, double preference, double relatedness, double similarity)
    {
        Check(salaryGain, nameof(salaryGain));
        Check(skillFit, nameof(skillFit));
        Check(time, nameof(time));
        Check(outlook, nameof(outlook));
        Check(preference, nameof(preference));
        Check(relatedness, nameof(relatedness));
        Check(similarity, nameof(similarity));
        if (salaryGain + skillFit + time + outlook + preference + relatedness + similarity == 0)
            throw new ArgumentException("At least one score weight must be greater than zero, or nothing would rank the paths.", nameof(salaryGain));
        SalaryGain = salaryGain;
        SkillFit = skillFit;
        Time = time;
        Outlook = outlook;
        Preference = preference;
        Relatedness = relatedness;
        Similarity = similarity;
    }

    /// <inheritdoc/>
    public bool Equals(ScoreWeights? other) =>
        other is not null && SalaryGain.Equals(other.SalaryGain) && SkillFit.Equals(other.SkillFit) && Time.Equals(other.Time)
        && Outlook.Equals(other.Outlook) && Preference.Equals(other.Preference) && Relatedness.Equals(other.Relatedness)
        && Similarity.Equals(other.Similarity);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ScoreWeights);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SalaryGain, SkillFit, Time, Outlook, Preference, Relatedness, Similarity);

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

    /// <summary>Describes the weights, such as <c>salary 1, fit 1, time 1, outlook 1, preference 0.5, relatedness 4, similarity 1</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"salary {SalaryGain:0.###}, fit {SkillFit:0.###}, time {Time:0.###}, outlook {Outlook:0.###}, preference {Preference:0.###}, relatedness {Relatedness:0.###}, similarity {Similarity:0.###}");

    private static void Check(double weight, string paramName)
    {
        if (!double.IsFinite(weight) || weight < 0 || weight > MaxWeight)
            throw Internal.InvariantArgument.OutOfRange(paramName, weight, $"Score weight {paramName} {weight} must be a finite number from 0 to {MaxWeight}.");
    }
}
