using CareerModel.Skills;

namespace CareerModel.Assessment;

/// <summary>How a person's education stands against what a role asks: the minimum and, if any, a preferred level.</summary>
public sealed class EducationGap : IEquatable<EducationGap>
{
    internal EducationGap(EducationLevel have, EducationRequirement requirement)
    {
        Have = have;
        Minimum = requirement.Minimum;
        Preferred = requirement.Preferred;
    }

    /// <summary>Gets the person's highest level of education.</summary>
    public EducationLevel Have { get; }

    /// <summary>Gets the minimum the role asks for.</summary>
    public EducationLevel Minimum { get; }

    /// <summary>Gets the level the role prefers, or <see langword="null"/>.</summary>
    public EducationLevel? Preferred { get; }

    /// <summary>Gets a value indicating whether the person has at least the minimum.</summary>
    public bool IsMinimumMet => Have >= Minimum;

    /// <summary>Gets a value indicating whether the person has at least the preferred level (or the minimum, when no level is preferred).</summary>
    public bool IsPreferredMet => Have >= (Preferred ?? Minimum);

    /// <inheritdoc/>
    public bool Equals(EducationGap? other) =>
        other is not null && Have == other.Have && Minimum == other.Minimum && Preferred == other.Preferred;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EducationGap);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Have, Minimum, Preferred);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(EducationGap? left, EducationGap? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EducationGap? left, EducationGap? right) => !(left == right);

    /// <summary>Describes the gap, such as <c>education HighSchool: minimum HighSchool met, preferred Bachelor not met</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"education {Have}: minimum {Minimum} {(IsMinimumMet ? "met" : "not met")}"
        + (Preferred is { } preferred ? $", preferred {preferred} {(IsPreferredMet ? "met" : "not met")}" : "");
}
