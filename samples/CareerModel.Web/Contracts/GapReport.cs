using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>The answer to <c>POST /gap</c>: how far a person is from a role, and when they will be ready.</summary>
/// <param name="RoleId">The role.</param>
/// <param name="Title">Its title.</param>
/// <param name="AsOf">Today, as the assessor saw it.</param>
/// <param name="Fit">The fit of the person's skills to the role's requirements, 0 to 1.</param>
/// <param name="PreferredFit">The fit to the preferred (not required) skills alone.</param>
/// <param name="RequiredSkillsMet">Whether every required skill is met.</param>
/// <param name="Requirements">Every requirement, the unmet ones that cost the most first.</param>
/// <param name="Experience">The experience gap in a sentence, or null when there is none.</param>
/// <param name="Education">The education gap in a sentence, or null when there is none.</param>
/// <param name="Readiness">When the person is expected to be ready, and the plan.</param>
public sealed record GapReport(
    string RoleId,
    string Title,
    LocalDate AsOf,
    double Fit,
    double PreferredFit,
    bool RequiredSkillsMet,
    IReadOnlyList<SkillGapView> Requirements,
    string? Experience,
    string? Education,
    ReadinessView Readiness);
