using CareerModel.Internal;

namespace CareerModel.Skills;

/// <summary>
/// What a role asks of one skill: a minimum level on the catalog's proficiency scale, how much it
/// matters, and whether it is required or only preferred; optionally, how precisely the level is
/// known (a survey estimate's standard error and confidence bounds, as O*NET publishes them).
/// </summary>
public sealed class SkillRequirement : IEquatable<SkillRequirement>
{
    /// <summary>The largest importance weight accepted; weights are relative, so a bound only stops nonsense.</summary>
    public const double MaxImportance = 1_000;

    /// <summary>The smallest positive minimum level a requirement may ask for (a millionth of a level step).</summary>
    internal const double MinPositiveLevel = 1e-6;

    private SkillRequirement(string skillId, double minimumLevel, double importance, bool isRequired, double? standardError, double? lowerBound, double? upperBound)
    {
        SkillId = Check.Id(skillId, nameof(skillId));
        // Not Check.FiniteInRange(…, double.MaxValue, …): its message would spell out all 309 digits of double.MaxValue.
        if (!double.IsFinite(minimumLevel) || minimumLevel < 0)
            throw InvariantArgument.OutOfRange(nameof(minimumLevel), minimumLevel, $"minimumLevel {Check.Format(minimumLevel)} must be a finite number, zero or more.");
        // The recommender compares levels in single precision, where the fit's term weight ÷ need
        // of a need like 1e-39 is infinite (and 0 × ∞ a NaN score): a need is 0 or a real step.
        if (minimumLevel is > 0 and < MinPositiveLevel)
            throw InvariantArgument.OutOfRange(nameof(minimumLevel), minimumLevel, $"minimumLevel {Check.Format(minimumLevel)} must be 0 or at least {Check.Format(MinPositiveLevel)}; a smaller positive level is no level a person could hold.");
        MinimumLevel = minimumLevel + 0.0; // turns -0.0 into 0.0, so it never prints as "-0"
        Check.Positive(importance, nameof(importance));
        if (importance > MaxImportance)
            throw InvariantArgument.OutOfRange(nameof(importance), importance, $"importance {Check.Format(importance)} must be a finite number greater than zero and at most {Check.Format(MaxImportance)}.");
        Importance = importance;
        IsRequired = isRequired;
        if (standardError is { } se && (!double.IsFinite(se) || se < 0))
            throw InvariantArgument.OutOfRange(nameof(standardError), se, $"standardError {Check.Format(se)} must be a finite number, zero or more.");
        StandardError = standardError + 0.0;
        if (lowerBound is { } lower && (!double.IsFinite(lower) || lower > MinimumLevel))
            throw InvariantArgument.OutOfRange(nameof(lowerBound), lower, $"lowerBound {Check.Format(lower)} must be a finite number not above the level {Check.Format(MinimumLevel)}; the bounds are the level estimate's interval.");
        if (upperBound is { } upper && (!double.IsFinite(upper) || upper < MinimumLevel))
            throw InvariantArgument.OutOfRange(nameof(upperBound), upper, $"upperBound {Check.Format(upper)} must be a finite number not below the level {Check.Format(MinimumLevel)}; the bounds are the level estimate's interval.");
        LowerBound = lowerBound + 0.0;
        UpperBound = upperBound + 0.0;
    }

    /// <summary>Creates a requirement the role insists on: a person below the level has a gap that counts against readiness.</summary>
    /// <param name="skillId">The id of the required skill.</param>
    /// <param name="minimumLevel">The lowest acceptable level: zero, or at least a millionth of a level (the catalog checks it against its scale).</param>
    /// <param name="importance">A relative weight, greater than 0 and at most <see cref="MaxImportance"/>. The default is 1.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The skill id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level or the importance is out of range.</exception>
    public static SkillRequirement Required(string skillId, double minimumLevel, double importance = 1) =>
        new(skillId, minimumLevel, importance, isRequired: true, null, null, null);

    /// <summary>Creates a requirement the role only prefers: it counts toward fit, never against readiness.</summary>
    /// <param name="skillId">The id of the preferred skill.</param>
    /// <param name="minimumLevel">The level preferred: zero, or at least a millionth of a level (the catalog checks it against its scale).</param>
    /// <param name="importance">A relative weight, greater than 0 and at most <see cref="MaxImportance"/>. The default is 1.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The skill id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level or the importance is out of range.</exception>
    public static SkillRequirement Preferred(string skillId, double minimumLevel, double importance = 1) =>
        new(skillId, minimumLevel, importance, isRequired: false, null, null, null);

    /// <summary>Creates a requirement, required or preferred as a flag read from data says (the readers' path).</summary>
    internal static SkillRequirement Create(string skillId, double minimumLevel, double importance, bool isRequired) =>
        new(skillId, minimumLevel, importance, isRequired, null, null, null);

    /// <summary>
    /// Makes a copy of this requirement with how precisely its level is known: a survey estimate's
    /// standard error and confidence bounds, as O*NET publishes them.
    /// </summary>
    /// <param name="standardError">The standard error of the level, if known; finite and zero or more.</param>
    /// <param name="lowerBound">The lower confidence bound of the level estimate, if known; finite and not above <see cref="MinimumLevel"/>.</param>
    /// <param name="upperBound">The upper confidence bound of the level estimate, if known; finite and not below <see cref="MinimumLevel"/>.</param>
    /// <returns>The new requirement.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The standard error or a bound is out of range.</exception>
    /// <remarks>
    /// The bounds describe the estimate of the level itself (such as O*NET's 95% interval of its LV
    /// rating), so the level lies within them. They need not lie on the catalog's scale: an
    /// interval may reach past the scale's ends.
    /// </remarks>
    public SkillRequirement WithUncertainty(double? standardError = null, double? lowerBound = null, double? upperBound = null) =>
        new(SkillId, MinimumLevel, Importance, IsRequired, standardError, lowerBound, upperBound);

    /// <summary>Gets the id of the required skill.</summary>
    public string SkillId { get; }

    /// <summary>Gets the lowest acceptable level on the catalog's proficiency scale.</summary>
    public double MinimumLevel { get; }

    /// <summary>Gets the relative weight of this requirement among the role's requirements.</summary>
    public double Importance { get; }

    /// <summary>Gets a value indicating whether the skill is required (<see langword="true"/>) or only preferred.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets the standard error of the level estimate, or <see langword="null"/> when not known.</summary>
    public double? StandardError { get; }

    /// <summary>Gets the lower confidence bound of the level estimate, or <see langword="null"/> when not known.</summary>
    public double? LowerBound { get; }

    /// <summary>Gets the upper confidence bound of the level estimate, or <see langword="null"/> when not known.</summary>
    public double? UpperBound { get; }

    /// <inheritdoc/>
    public bool Equals(SkillRequirement? other) =>
        other is not null && SkillId == other.SkillId && MinimumLevel.Equals(other.MinimumLevel)
        && Importance.Equals(other.Importance) && IsRequired == other.IsRequired
        && Nullable.Equals(StandardError, other.StandardError)
        && Nullable.Equals(LowerBound, other.LowerBound) && Nullable.Equals(UpperBound, other.UpperBound);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SkillRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SkillId, MinimumLevel, Importance, IsRequired, StandardError, LowerBound, UpperBound);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(SkillRequirement? left, SkillRequirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SkillRequirement? left, SkillRequirement? right) => !(left == right);

    /// <summary>
    /// Describes the requirement, such as <c>empathy ≥ 3 (importance 2, required)</c>, or with its
    /// uncertainty <c>2.A.1.b ≥ 4.62 (importance 4, required, SE 0.183, bounds 4.266–4.984)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = $"{SkillId} ≥ {Check.Format(MinimumLevel)} (importance {Check.Format(Importance)}, {(IsRequired ? "required" : "preferred")}";
        if (StandardError is { } se)
            text += $", SE {Check.Format(se)}";
        if (LowerBound is not null || UpperBound is not null)
            text += $", bounds {(LowerBound is { } lower ? Check.Format(lower) : "?")}–{(UpperBound is { } upper ? Check.Format(upper) : "?")}";
        return text + ")";
    }
}
