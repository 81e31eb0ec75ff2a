using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>The answer to <c>POST /recommend</c>.</summary>
/// <param name="FromRoleId">The person's current role.</param>
/// <param name="AsOf">Today, as the recommender saw it.</param>
/// <param name="Paths">The ranked paths, best first.</param>
/// <param name="EmptyReason">Why there are no paths, when there are none.</param>
/// <param name="Warnings">What the recommender could not take into account (such as a missing band), in sentences.</param>
public sealed record Recommendations(
    string FromRoleId, LocalDate AsOf, IReadOnlyList<PathView> Paths, string? EmptyReason, IReadOnlyList<string> Warnings);
