using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// One concrete thing to do to close a gap to a role — develop a skill, earn a certification,
/// complete education, gain experience — with the time it takes.
/// </summary>
public sealed class ReadinessAction
{
    internal ReadinessAction(ReadinessActionKind kind, string? targetId, string description, Period time, bool isRequired)
    {
        Kind = kind;
        TargetId = targetId;
        Description = description;
        Time = time;
        IsRequired = isRequired;
    }

    /// <summary>Gets what kind of action it is.</summary>
    public ReadinessActionKind Kind { get; }

    /// <summary>
    /// Gets what the action is about: the skill id for a skill or certification, the education level's
    /// name for education, <see langword="null"/> for experience.
    /// </summary>
    public string? TargetId { get; }

    /// <summary>Gets the action in words, such as <c>Develop De-escalation from 0 (None) to 2 (Advanced beginner)</c>.</summary>
    public string Description { get; }

    /// <summary>Gets how long the action takes on its own.</summary>
    public Period Time { get; }

    /// <summary>Gets a value indicating whether the action closes a requirement (<see langword="true"/>) or only a preference.</summary>
    public bool IsRequired { get; }

    /// <summary>
    /// Describes the action, such as <c>Develop De-escalation from 0 (None) to 2 (Advanced beginner) (1 year)</c>
    /// or <c>Complete Bachelor education (now HighSchool) (4 years, optional)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Description} ({CalendarMath.Describe(Time)}{(IsRequired ? "" : ", optional")})";
}
