using CareerModel.Internal;

namespace CareerModel.Skills;

/// <summary>
/// What a role asks of one skill: a minimum level on the catalog's proficiency scale, how much it
/// matters, and whether it is required or only preferred.
/// </summary>
public sealed class SkillRequirement : IEquatable<SkillRequirement>
{
    /// <summary>The largest importance weight accepted; weights are relative, so a bound only stops nonsense.</summary>
    public const double MaxImportance = 1_000;

    /// <summary>Creates a requirement.</summary>
    /// <param name="skillId">The id of the required skill.</param>
    /// <param name="minimumLevel">The lowest acceptable level; zero or more (the catalog checks it against its scale).</param>
    /// <param name="importance">A relative weight, greater than 0 and at most <see cref="MaxImportance"/>. The default is 1.</param>
    /// <param name="isRequired"><see langword="true"/> (the default) when the skill is required, <see langword="false"/> when only preferred.</param>
    /// <exception cref="ArgumentException">The skill id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level or the importance is out of range.</exception>
    public SkillRequirement(string skillId, double minimumLevel, double importance = 1, bool isRequired = true)
    {
        SkillId = Check.Id(skillId, nameof(skillId));
        // Not Check.FiniteInRange(…, double.MaxValue, …): its message would spell out all 309 digits of double.MaxValue.
        if (!double.IsFinite(minimumLevel) || minimumLevel < 0)
            throw new ArgumentOutOfRangeException(nameof(minimumLevel), minimumLevel, $"minimumLevel {Check.Format(minimumLevel)} must be a finite number, zero or more.");
        MinimumLevel = minimumLevel + 0.0; // turns -0.0 into 0.0, so it never prints as "-0"
        Check.Positive(importance, nameof(importance));
        if (importance > MaxImportance)
            throw new ArgumentOutOfRangeException(nameof(importance), importance, $"importance {Check.Format(importance)} must be a finite number greater than zero and at most {Check.Format(MaxImportance)}.");
        Importance = importance;
        IsRequired = isRequired;
    }

    /// <summary>Gets the id of the required skill.</summary>
    public string SkillId { get; }

    /// <summary>Gets the lowest acceptable level on the catalog's proficiency scale.</summary>
    public double MinimumLevel { get; }

    /// <summary>Gets the relative weight of this requirement among the role's requirements.</summary>
    public double Importance { get; }

    /// <summary>Gets a value indicating whether the skill is required (<see langword="true"/>) or only preferred.</summary>
    public bool IsRequired { get; }

    /// <inheritdoc/>
    public bool Equals(SkillRequirement? other) =>
        other is not null && SkillId == other.SkillId && MinimumLevel.Equals(other.MinimumLevel)
        && Importance.Equals(other.Importance) && IsRequired == other.IsRequired;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SkillRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SkillId, MinimumLevel, Importance, IsRequired);

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

    /// <summary>Describes the requirement, such as <c>empathy ≥ 3 (importance 2, required)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{SkillId} ≥ {Check.Format(MinimumLevel)} (importance {Check.Format(Importance)}, {(IsRequired ? "required" : "preferred")})";
}
