using CareerModel.Careers;
using CareerModel.Skills;

namespace CareerModel.Catalogs;

/// <summary>
/// The customer-service catalog, transcribed from the source career guides (seed facts). Each
/// part lives in its own file: skills, regions, roles, transitions.
/// </summary>
internal static partial class CustomerServiceCatalog
{
    /// <summary>The family of the main ladder.</summary>
    public const string Family = "customer-service";

    /// <summary>The source of every figure: the career guides, whose data year is 2025.</summary>
    private static readonly Provenance Guide = new("Customer service career guides (seed facts)", vintage: "2025");

    public static CareerCatalog Create() =>
        CareerCatalog.CreateBuilder()
            .AddSkills(Skills())
            .AddRegions(Regions())
            .AddRoles(Roles())
            .AddTransitions(Transitions())
            .Build();

    private static SkillRequirement Need(string skillId, double level, double importance = 1) =>
        SkillRequirement.Required(skillId, level, importance);

    private static SkillRequirement Prefer(string skillId, double level, double importance = 1) =>
        SkillRequirement.Preferred(skillId, level, importance);
}
