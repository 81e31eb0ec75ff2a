using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Careers;

/// <summary>
/// The equality kit of the career values and the catalog (Equals, ==, !=, GetHashCode): each
/// equals a value built apart from it, and differs from one differing in any single part its
/// Equals compares.
/// </summary>
public class CareersValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            Samples.Catalog(),
            // A catalog keeps its parts in order of id, so the order they come in does not matter.
            CareerCatalog.CreateBuilder()
                .AddTransitions(Samples.Transitions.Reverse())
                .AddRoles(Samples.Roles.Reverse())
                .AddSkills(Samples.Skills.Reverse())
                .AddRegions(Samples.Regions.Reverse())
                .Build(),
            ("ProficiencyScale", Catalog(scale: new ProficiencyScale("Support", ProficiencyScale.Standard.LevelNames))),
            ("Roles", Catalog(roles: [Samples.Agent, Samples.Senior, Samples.Lead.WithDescription("Leads a team of eight agents.")])),
            ("Roles (one more)", Catalog(roles: [.. Samples.Roles, new Role("cs-manager", "Customer Service Manager", "customer-service", CareerTrack.Management, 4)])),
            ("Skills", Catalog(skills: [Samples.Empathy, Samples.Crm, new Skill("coaching", "Coaching", SkillCategory.Soft, "Helps agents improve.")])),
            ("Skills (one more)", Catalog(skills: [.. Samples.Skills, new Skill("german", "German", SkillCategory.Language)])),
            ("Regions", Catalog(regions: [.. Samples.Regions.Where(r => r.Id != "berlin"), new Region("berlin", "Berlin (city)", RegionKind.Metro, Currency.EUR, "DE")])),
            ("Regions (one more)", Catalog(regions: [.. Samples.Regions, new Region("IN", "India", RegionKind.Country, Currency.INR, "world")])),
            ("Transitions", Catalog(transitions: [Samples.AgentToSenior, new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(30), 0.8), Samples.LeadToSenior])),
            ("Transitions (one fewer)", Catalog(transitions: [Samples.AgentToSenior, Samples.SeniorToLead]))),

        EqualityCase.Of(
            new CatalogProblem(CatalogProblemKind.UnknownReference, "role 'cs-senior'", "Requirement skill 'crm-admin' is not in the catalog."),
            // The part at fault and its member are not part of equality.
            new CatalogProblem(CatalogProblemKind.UnknownReference, "role 'cs-senior'", "Requirement skill 'crm-admin' is not in the catalog.", Samples.Senior, nameof(Role.Requirements)),
            ("Kind", new CatalogProblem(CatalogProblemKind.LevelOutOfScale, "role 'cs-senior'", "Requirement skill 'crm-admin' is not in the catalog.")),
            ("Location", new CatalogProblem(CatalogProblemKind.UnknownReference, "role 'cs-agent'", "Requirement skill 'crm-admin' is not in the catalog.")),
            ("Message", new CatalogProblem(CatalogProblemKind.UnknownReference, "role 'cs-senior'", "Requirement skill 'crm-admin' is not a skill of the catalog."))),

        EqualityCase.Of(
            ExperienceRange.Years(5, 8),
            // Periods are normalised: 60 months are 5 years.
            new ExperienceRange(Period.FromMonths(60), Period.FromMonths(96)),
            ("Minimum", ExperienceRange.Years(4, 8)),
            ("Maximum", ExperienceRange.Years(5, 9)),
            ("Maximum (open-ended)", ExperienceRange.Years(5))),

        EqualityCase.Of(
            Outlook(),
            Outlook(growthRate: 0.050m),
            ("GrowthRate", Outlook(growthRate: -0.05m)),
            ("AnnualOpenings", Outlook(annualOpenings: 341_000)),
            ("AnnualOpenings (none)", Outlook(annualOpenings: null)),
            ("TopIndustries (order)", Outlook(topIndustries: ["Finance and insurance", "Retail trade"])),
            ("TopIndustries (one more)", Outlook(topIndustries: ["Retail trade", "Finance and insurance", "Administrative and support services"])),
            ("MedianPay", Outlook(medianPay: Usd(43_000))),
            ("MedianPay (none)", new Outlook(0.05m, 340_000, ["Retail trade", "Finance and insurance"], null, Projections())),
            ("Provenance", Outlook(provenance: new Provenance("BLS Employment Projections", new(2024, 9, 1), "2022–32"))),
            ("Provenance (none)", new Outlook(0.05m, 340_000, ["Retail trade", "Finance and insurance"], Usd(42_830)))),

        EqualityCase.Of(
            Lead(),
            // The title is trimmed, and the bands may come in any dictionary.
            Lead(title: " Customer Service Team Lead ", payBands: new SortedDictionary<string, SalaryBand>(StringComparer.Ordinal) { ["US"] = UsBand(), ["berlin"] = BerlinBand() }),
            ("Id", Lead(id: "cs-supervisor")),
            ("Title", Lead(title: "Customer Service Supervisor")),
            ("Family", Lead(family: "contact-centre")),
            ("Track", Lead(track: CareerTrack.IndividualContributor)),
            ("Rank", Lead(rank: 4)),
            ("TypicalExperience", Lead().WithTypicalExperience(ExperienceRange.Years(4, 6))),
            ("TypicalExperience (none)", Lead().WithTypicalExperience(null)),
            ("Requirements (one requirement)", Lead().WithRequirements([SkillRequirement.Required("coaching", 3, 2), SkillRequirement.Required("empathy", 3.5)])),
            ("Requirements (order)", Lead().WithRequirements([SkillRequirement.Required("empathy", 3), SkillRequirement.Required("coaching", 3, 2)])),
            ("Requirements (one more)", Lead().WithRequirements([SkillRequirement.Required("coaching", 3, 2), SkillRequirement.Required("empathy", 3), SkillRequirement.Preferred("crm", 2)])),
            ("PayBands (one band)", Lead(payBands: new Dictionary<string, SalaryBand> { ["berlin"] = BerlinBand(), ["US"] = SalaryBand.FromRange(Usd(40_000), Usd(62_000)) })),
            ("PayBands (one region)", Lead(payBands: new Dictionary<string, SalaryBand> { ["berlin"] = BerlinBand(), ["US-CA"] = UsBand() })),
            ("PayBands (one more)", Lead(payBands: new Dictionary<string, SalaryBand> { ["berlin"] = BerlinBand(), ["US"] = UsBand(), ["US-CA"] = UsBand() })),
            ("PayBands (one fewer)", Lead(payBands: new Dictionary<string, SalaryBand> { ["berlin"] = BerlinBand() })),
            ("Outlook", Lead().WithOutlook(new Outlook(0.03m, 340_000))),
            ("Outlook (none)", Lead().WithOutlook(null)),
            ("RemoteWork", Lead().WithRemoteWork(RemoteWork.Remote)),
            ("Education", Lead().WithEducation(new EducationRequirement(EducationLevel.Associate, EducationLevel.Bachelor))),
            ("Education (none)", Lead().WithEducation(null)),
            ("Description", Lead().WithDescription("Leads a team of eight agents.")),
            ("Description (none)", Lead().WithDescription(null)),
            ("AlternativeTitles (order)", Lead().WithAlternativeTitles(["Support Team Lead", "Contact Centre Team Leader"])),
            ("AlternativeTitles (one fewer)", Lead().WithAlternativeTitles(["Contact Centre Team Leader"]))),

        EqualityCase.Of(
            new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(30), 0.8),
            // Periods are normalised: 30 months are 2 years and 6 months.
            new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromYears(2) + Period.FromMonths(6), 0.8),
            ("FromRoleId", new Transition("cs-agent", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(30), 0.8)),
            ("ToRoleId", new Transition("cs-senior", "cs-supervisor", TransitionKind.Promotion, Period.FromMonths(30), 0.8)),
            ("Kind", new Transition("cs-senior", "cs-team-lead", TransitionKind.TrackSwitch, Period.FromMonths(30), 0.8)),
            ("TypicalTime", new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(36), 0.8)),
            ("TypicalTime (none)", new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, null, 0.8)),
            ("Strength", new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(30), 0.75)),
            ("Strength (default)", new Transition("cs-senior", "cs-team-lead", TransitionKind.Promotion, Period.FromMonths(30)))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static SalaryBand UsBand() => SalaryBand.FromRange(Usd(40_000), Usd(60_000));

    private static SalaryBand BerlinBand() => SalaryBand.FromRange(new Money(45_000m, Currency.EUR), new Money(55_000m, Currency.EUR));

    /// <summary>The sample catalog with one kind of part replaced.</summary>
    private static CareerCatalog Catalog(
        ProficiencyScale? scale = null, IEnumerable<Role>? roles = null, IEnumerable<Skill>? skills = null,
        IEnumerable<Region>? regions = null, IEnumerable<Transition>? transitions = null) =>
        CareerCatalog.CreateBuilder()
            .UseProficiencyScale(scale ?? ProficiencyScale.Standard)
            .AddRegions(regions ?? Samples.Regions)
            .AddSkills(skills ?? Samples.Skills)
            .AddRoles(roles ?? Samples.Roles)
            .AddTransitions(transitions ?? Samples.Transitions)
            .Build();

    /// <summary>The market outlook of a customer-service representative, as BLS projects it.</summary>
    private static Outlook Outlook(
        decimal growthRate = 0.05m,
        int? annualOpenings = 340_000,
        string[]? topIndustries = null,
        Money? medianPay = null,
        Provenance? provenance = null) =>
        new(growthRate, annualOpenings, topIndustries ?? ["Retail trade", "Finance and insurance"], medianPay ?? Usd(42_830), provenance ?? Projections());

    private static Provenance Projections() => new("BLS Employment Projections", new(2024, 9, 1), "2023–33");

    /// <summary>A customer-service team lead with every part given.</summary>
    private static Role Lead(
        string id = "cs-team-lead",
        string title = "Customer Service Team Lead",
        string family = "customer-service",
        CareerTrack track = CareerTrack.Management,
        int rank = 3,
        IReadOnlyDictionary<string, SalaryBand>? payBands = null) =>
        new Role(id, title, family, track, rank)
            .WithTypicalExperience(ExperienceRange.Years(4))
            .WithRequirements([SkillRequirement.Required("coaching", 3, 2), SkillRequirement.Required("empathy", 3)])
            .WithPayBands(payBands ?? new Dictionary<string, SalaryBand> { ["berlin"] = BerlinBand(), ["US"] = UsBand() })
            .WithOutlook(new Outlook(0.05m, 340_000))
            .WithRemoteWork(RemoteWork.Hybrid)
            .WithEducation(new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Bachelor))
            .WithDescription("Leads a team of agents.")
            .WithAlternativeTitles(["Contact Centre Team Leader", "Support Team Lead"]);
}
