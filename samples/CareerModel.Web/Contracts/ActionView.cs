using CareerModel.Assessment;
using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>One step of a development plan.</summary>
/// <param name="Kind">What kind of action: a skill to raise, experience to gain, education to complete.</param>
/// <param name="Description">The action in a sentence.</param>
/// <param name="Time">How long it is expected to take.</param>
/// <param name="Required">Whether the role requires it (or only prefers it).</param>
public sealed record ActionView(ReadinessActionKind Kind, string Description, Period Time, bool Required)
{
    public static ActionView From(ReadinessAction action) => new(action.Kind, action.Description, action.Time, action.IsRequired);
}
