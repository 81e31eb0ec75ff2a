using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Careers;

/// <summary>A small, valid customer-service catalog that example tests start from and then break.</summary>
internal static class Samples
{
    public static Region World { get; } = new("world", "World", RegionKind.World, Currency.USD);

    public static Region Europe { get; } = new("europe", "Europe", RegionKind.RegionGroup, Currency.EUR, "world");

    public static Region Germany { get; } = new("DE", "Germany", RegionKind.Country, Currency.EUR, "europe");

    public static Region Berlin { get; } = new("berlin", "Berlin", RegionKind.Metro, Currency.EUR, "DE");

    public static Region UnitedStates { get; } = new("US", "United States", RegionKind.Country, Currency.USD, "world");

    public static Region California { get; } = new("US-CA", "California", RegionKind.Subdivision, Currency.USD, "US");

    public static IReadOnlyList<Region> Regions { get; } = [World, Europe, Germany, Berlin, UnitedStates, California];

    public static Skill Empathy { get; } = new("empathy", "Empathy", SkillCategory.Soft);

    public static Skill Crm { get; } = new("crm", "CRM software", SkillCategory.Technical);

    public static Skill Coaching { get; } = new("coaching", "Coaching", SkillCategory.Soft);

    public static IReadOnlyList<Skill> Skills { get; } = [Empathy, Crm, Coaching];

    public static Role Agent { get; } = new Role("cs-agent", "Customer Service Agent", "customer-service", CareerTrack.IndividualContributor, 1)
        .WithTypicalExperience(ExperienceRange.Years(0, 2))
        .WithRequirements([SkillRequirement.Required("empathy", 2), SkillRequirement.Preferred("crm", 1.5, 0.5)])
        .WithPayBands(new Dictionary<string, SalaryBand> { ["DE"] = SalaryBand.FromRange(Eur(28_000), Eur(36_000)), ["US"] = SalaryBand.FromMedian(Usd(42_000)), });

    public static Role Senior { get; } = new Role("cs-senior", "Senior Customer Service Agent", "customer-service", CareerTrack.IndividualContributor, 2)
        .WithTypicalExperience(ExperienceRange.Years(2, 5))
        .WithRequirements([SkillRequirement.Required("empathy", 3), SkillRequirement.Required("crm", 3)])
        .WithPayBands(new Dictionary<string, SalaryBand> { ["US-CA"] = SalaryBand.FromRange(Usd(50_000), Usd(62_000)) });

    public static Role Lead { get; } = new Role("cs-team-lead", "Customer Service Team Lead", "customer-service", CareerTrack.Management, 3)
        .WithTypicalExperience(ExperienceRange.Years(4))
        .WithRequirements([SkillRequirement.Required("coaching", 3, 2)])
        .WithPayBands(new Dictionary<string, SalaryBand> { ["berlin"] = SalaryBand.FromRange(Eur(45_000), Eur(55_000)) })
        .WithOutlook(new Outlook(0.05m, 340_000))
        .WithRemoteWork(RemoteWork.Hybrid)
        .WithEducation(new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Bachelor))
        .WithDescription("Leads a team of agents.");

    public static IReadOnlyList<Role> Roles { get; } = [Agent, Senior, Lead];

    public static Transition AgentToSenior { get; } = new("cs-agent", "cs-senior", TransitionKind.Promotion, Period.FromYears(2));

    public static Transition SeniorToLead { get; } = new("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(30));

    public static Transition LeadToSenior { get; } = new("cs-team-lead", "cs-senior", TransitionKind.TrackSwitch);

    public static IReadOnlyList<Transition> Transitions { get; } = [AgentToSenior, SeniorToLead, LeadToSenior];

    /// <summary>A builder holding the whole valid sample; tests add one broken part to it.</summary>
    public static CareerCatalogBuilder Builder() =>
        CareerCatalog.CreateBuilder()
            .AddRegions(Regions)
            .AddSkills(Skills)
            .AddRoles(Roles)
            .AddTransitions(Transitions);

    public static CareerCatalog Catalog() => Builder().Build();

    public static Role Role(
        string id,
        int rank = 1,
        CareerTrack track = CareerTrack.IndividualContributor,
        IEnumerable<SkillRequirement>? requirements = null,
        IReadOnlyDictionary<string, SalaryBand>? payBands = null) =>
        new Role(id, "Role " + id, "customer-service", track, rank).WithRequirements(requirements).WithPayBands(payBands);

    public static Money Eur(decimal amount) => new(amount, Currency.EUR);

    public static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>Builds and expects a validation failure; returns the exception.</summary>
    public static CatalogValidationException BuildFails(CareerCatalogBuilder builder) =>
        Assert.Throws<CatalogValidationException>(() => builder.Build());

    /// <summary>Builds, expects exactly one problem, and returns it.</summary>
    public static CatalogProblem SingleProblem(CareerCatalogBuilder builder) => Assert.Single(BuildFails(builder).Problems);
}
