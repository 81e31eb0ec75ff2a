using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>One ranked path from the person's current role.</summary>
/// <param name="Rank">1 for the best.</param>
/// <param name="RoleIds">The roles along the path, the current one first.</param>
/// <param name="Score">The total score and each part of it, named as the recommender names them.</param>
/// <param name="Explanation">The score explained in a sentence.</param>
/// <param name="Arrives">The day the last step is expected.</param>
/// <param name="TotalTime">The time from today to the last step.</param>
/// <param name="CurrentPay">The person's pay today, as the recommender estimates it, or null.</param>
/// <param name="PayGain">The projected pay at the end less the current pay, or null.</param>
/// <param name="Steps">The moves, in order.</param>
/// <param name="TopGaps">The skill gaps that weigh most on the path.</param>
public sealed record PathView(
    int Rank,
    IReadOnlyList<string> RoleIds,
    IReadOnlyDictionary<string, double> Score,
    string Explanation,
    LocalDate Arrives,
    Period TotalTime,
    Money? CurrentPay,
    Money? PayGain,
    IReadOnlyList<StepView> Steps,
    IReadOnlyList<SkillGapView> TopGaps);
