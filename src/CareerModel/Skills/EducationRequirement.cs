using CareerModel.Internal;

namespace CareerModel.Skills;

/// <summary>
/// The education a role asks for: the typical minimum, and optionally a higher level that
/// employers prefer (a Bachelor's helps for supervisory roles).
/// </summary>
public sealed class EducationRequirement : IEquatable<EducationRequirement>
{
    /// <summary>Creates an education requirement.</summary>
    /// <param name="minimum">The typical minimum level.</param>
    /// <param name="preferred">A preferred higher level, if any; not below <paramref name="minimum"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    /// <exception cref="ArgumentException">The preferred level is below the minimum.</exception>
    public EducationRequirement(EducationLevel minimum, EducationLevel? preferred = null)
    {
        Minimum = Check.Defined(minimum, nameof(minimum));
        if (preferred is { } p)
        {
            Check.Defined(p, nameof(preferred));
            if (p < minimum)
                throw new ArgumentException($"Preferred education {p} must not be below the minimum {minimum}.", nameof(preferred));
        }
        Preferred = preferred;
    }

    /// <summary>Gets the typical minimum level.</summary>
    public EducationLevel Minimum { get; }

    /// <summary>Gets the preferred level, or <see langword="null"/> when only the minimum is asked for.</summary>
    public EducationLevel? Preferred { get; }

    /// <inheritdoc/>
    public bool Equals(EducationRequirement? other) => other is not null && Minimum == other.Minimum && Preferred == other.Preferred;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EducationRequirement);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Preferred);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(EducationRequirement? left, EducationRequirement? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EducationRequirement? left, EducationRequirement? right) => !(left == right);

    /// <summary>Describes the requirement, such as <c>HighSchool (preferred: Associate)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Preferred is { } p ? $"{Minimum} (preferred: {p})" : Minimum.ToString();
}
