using CareerModel.Assessment;
using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>When a person is expected to be ready for a role, and the plan that gets them there.</summary>
/// <param name="IsReady">Whether they are ready today.</param>
/// <param name="ReadyDate">The day they are expected to be ready.</param>
/// <param name="TimeToReady">The time from today to that day.</param>
/// <param name="Plan">The development actions, in the order the plan takes them.</param>
public sealed record ReadinessView(bool IsReady, LocalDate ReadyDate, Period TimeToReady, IReadOnlyList<ActionView> Plan)
{
    public static ReadinessView From(Readiness readiness) =>
        new(readiness.IsReady, readiness.ReadyDate, readiness.TimeToReady, [.. readiness.Actions.Select(ActionView.From)]);
}
