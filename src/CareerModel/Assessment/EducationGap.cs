using CareerModel.Skills;

namespace CareerModel.Assessment;

/// <summary>How a person's education stands against what a role asks: the minimum and, if any, a preferred level.</summary>
public sealed class EducationGap
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

    /// <summary>Describes the gap, such as <c>education HighSchool: minimum HighSchool met, preferred Bachelor not met</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"education {Have}: minimum {Minimum} {(IsMinimumMet ? "met" : "not met")}"
        + (Preferred is { } preferred ? $", preferred {preferred} {(IsPreferredMet ? "met" : "not met")}" : "");
}
