using CareerModel.Careers;
using CareerModel.Monetary;
using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>One move of a ranked path.</summary>
/// <param name="RoleId">The role moved into.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">The kind of move: promotion, lateral, track switch…</param>
/// <param name="Starts">The day the move is expected.</param>
/// <param name="TimeToReady">The time from the previous step to this one.</param>
/// <param name="Fit">How well the person fits the role on arrival, 0 to 1.</param>
/// <param name="ProjectedPay">The pay expected on arrival, in the currency asked for (else the region's) rounded to minor units, or null when unknown.</param>
/// <param name="PayBasis">Where the projected pay comes from.</param>
public sealed record StepView(
    string RoleId, string Title, TransitionKind Kind, LocalDate Starts, Period TimeToReady, double Fit, Money? ProjectedPay, PayBasis PayBasis);
