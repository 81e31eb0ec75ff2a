using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// A person's level in one skill, on the catalog's proficiency scale, and optionally the day the
/// skill was last used.
/// </summary>
/// <remarks>
/// The level is checked against the scale when a <see cref="Profile"/> is assessed against a
/// catalog (the scale belongs to the catalog, not to the person). The last-used date is carried
/// into the gap analysis so an application can flag skills that have gone stale; it does not change
/// the fit.
/// </remarks>
public sealed class SkillLevel : IEquatable<SkillLevel>
{
    /// <summary>Creates a skill level.</summary>
    /// <param name="skillId">The id of the skill, such as <c>empathy</c>.</param>
    /// <param name="level">The level: a finite number of zero or more, such as 3 or 3.5.</param>
    /// <param name="lastUsed">The day the skill was last used, if known.</param>
    /// <exception cref="ArgumentException">The skill id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is negative or not finite.</exception>
    public SkillLevel(string skillId, double level, LocalDate? lastUsed = null)
    {
        SkillId = Check.Id(skillId, nameof(skillId));
        if (!double.IsFinite(level) || level < 0)
            throw InvariantArgument.OutOfRange(nameof(level), level, $"Skill '{skillId}' level {Check.Format(level)} must be a finite number of zero or more.");
        Level = level;
        LastUsed = lastUsed is { } date ? Dates.ToIso(date) : null;
    }

    /// <summary>Gets the id of the skill.</summary>
    public string SkillId { get; }

    /// <summary>Gets the level on the catalog's proficiency scale.</summary>
    public double Level { get; }

    /// <summary>Gets the day the skill was last used, or <see langword="null"/> when not known.</summary>
    public LocalDate? LastUsed { get; }

    /// <inheritdoc/>
    public bool Equals(SkillLevel? other) =>
        other is not null && SkillId == other.SkillId && Level.Equals(other.Level) && LastUsed == other.LastUsed;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SkillLevel);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(SkillId, Level, LastUsed);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(SkillLevel? left, SkillLevel? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SkillLevel? left, SkillLevel? right) => !(left == right);

    /// <summary>Describes the level, such as <c>empathy 3</c> or <c>crm-software 2 (last used 2026-10-01)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        LastUsed is { } lastUsed
            ? $"{SkillId} {Check.Format(Level)} (last used {CalendarMath.Iso(lastUsed)})"
            : $"{SkillId} {Check.Format(Level)}";
}
