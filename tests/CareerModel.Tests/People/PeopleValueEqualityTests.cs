using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Skills;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.People;

/// <summary>
/// The equality kit of the people values (Equals, ==, !=, GetHashCode): each equals a value built
/// apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class PeopleValueEqualityTests : IValueEqualityCases
{
    /// <summary>
    /// An amount of experience and, for each of its six parts, an amount that differs from it in
    /// that part alone. The parts are worked out from an anchor date, the calendar days and the
    /// full-time equivalent days, so each differing amount has its own anchor (found by search,
    /// and checked below to differ in its part alone).
    /// </summary>
    private static readonly (string Part, LocalDate Anchor, int CalendarDays, decimal FullTimeEquivalentDays)[] Amounts =
    [
        ("(base)", new(2027, 11, 30), 106, 45.5m),
        ("CalendarDays", new(2024, 5, 31), 107, 45.5m),
        ("Calendar", new(2024, 10, 31), 106, 45.5m),
        ("CalendarYears", new(2024, 3, 31), 106, 45.5m),
        ("FullTimeEquivalentDays", new(2024, 1, 30), 106, 45m),
        ("FullTimeEquivalent", new(2024, 1, 1), 106, 45.5m),
        ("FullTimeEquivalentYears", new(2024, 1, 30), 106, 45.5m),
    ];

    private static readonly (string Part, WorkHistory Value)[] DifferingHistories =
    [
        ("Employments (one employment)", new WorkHistory([Agent(), Senior(start: new(2023, 7, 1))])),
        ("Employments (one more)", new WorkHistory([Agent(), Senior(), new Employment("cs-mentor", new(2024, 1, 1), new(2024, 7, 1), 0.2m)])),
        ("Employments (one fewer)", new WorkHistory([Agent()])),
        ("Employments (none)", WorkHistory.Empty),
    ];

    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            Agent(),
            // A start in another calendar is kept in the ISO calendar.
            Agent(start: new LocalDate(2021, 3, 1).WithCalendar(CalendarSystem.Julian), fullTimeEquivalent: 0.80m),
            ("RoleId", Agent(roleId: "cs-senior")),
            ("Start", Agent(start: new(2021, 4, 1))),
            ("End", Agent(end: new(2023, 7, 1))),
            ("End (ongoing)", new Employment("cs-agent", new(2021, 3, 1), null, 0.8m, "customer-service", CareerTrack.IndividualContributor)),
            ("FullTimeEquivalent", Agent(fullTimeEquivalent: 1m)),
            ("Family", Agent(family: "sales")),
            ("Family (none)", Agent(family: null)),
            ("Track", Agent(track: CareerTrack.Management)),
            ("Track (none)", Agent(track: null))),

        EqualityCase.Of(
            new EmploymentGap(new(2023, 6, 1), new(2023, 9, 4)),
            new EmploymentGap(new(2023, 6, 1), new(2023, 9, 4)),
            ("Start", new EmploymentGap(new(2023, 6, 2), new(2023, 9, 4))),
            ("End", new EmploymentGap(new(2023, 6, 1), new(2023, 9, 5)))),

        EqualityCase.Of(
            Amount(Amounts[0]),
            Amount(Amounts[0]),
            [.. Amounts.Skip(1).Select(a => (a.Part, Amount(a)))]),

        EqualityCase.Of(
            Summary(),
            Summary(),
            ("AsOf", Summary(asOf: new(2026, 1, 16))),
            ("Total", Summary(total: new ExperienceAmount(new(2019, 3, 1), 2_512, 2_200m))),
            ("ByFamily (one amount)", Summary(families: [("customer-service", Years(4)), ("sales", Years(2))])),
            ("ByFamily (one family)", Summary(families: [("customer-service", Years(5)), ("retail", Years(2))])),
            ("ByFamily (one more)", Summary(families: [("customer-service", Years(5)), ("retail", Years(1)), ("sales", Years(2))])),
            ("ByFamily (one fewer)", Summary(families: [("customer-service", Years(5))])),
            ("ByTrack (one amount)", Summary(tracks: [(CareerTrack.IndividualContributor, Years(4))])),
            ("ByTrack (one track)", Summary(tracks: [(CareerTrack.Management, Years(5))])),
            ("ByTrack (one more)", Summary(tracks: [(CareerTrack.IndividualContributor, Years(5)), (CareerTrack.Management, Years(2))])),
            ("ByTrack (none)", Summary(tracks: [])),
            ("Gaps (one gap)", Summary(gaps: [new(new(2021, 6, 1), new(2021, 9, 1))])),
            ("Gaps (one more)", Summary(gaps: [new(new(2021, 6, 1), new(2021, 8, 1)), new(new(2024, 1, 1), new(2024, 2, 1))])),
            ("Gaps (none)", Summary(gaps: []))),

        EqualityCase.Of(
            new Preferences([CareerTrack.IndividualContributor], ["customer-service", "sales"], RemoteWork.Hybrid, ["DE", "US"]),
            // Kept sorted and distinct, so order and repeats do not matter.
            new Preferences([CareerTrack.IndividualContributor, CareerTrack.IndividualContributor], ["sales", "customer-service", "sales"], RemoteWork.Hybrid, ["US", "DE"]),
            ("Tracks", new Preferences([CareerTrack.IndividualContributor, CareerTrack.Management], ["customer-service", "sales"], RemoteWork.Hybrid, ["DE", "US"])),
            ("Tracks (none)", new Preferences([], ["customer-service", "sales"], RemoteWork.Hybrid, ["DE", "US"])),
            ("Families", new Preferences([CareerTrack.IndividualContributor], ["customer-service"], RemoteWork.Hybrid, ["DE", "US"])),
            ("MinimumRemoteWork", new Preferences([CareerTrack.IndividualContributor], ["customer-service", "sales"], RemoteWork.Remote, ["DE", "US"])),
            ("MinimumRemoteWork (none)", new Preferences([CareerTrack.IndividualContributor], ["customer-service", "sales"], null, ["DE", "US"])),
            ("RegionIds", new Preferences([CareerTrack.IndividualContributor], ["customer-service", "sales"], RemoteWork.Hybrid, ["DE", "IN"]))),

        EqualityCase.Of(
            Person(),
            // Skills and certifications are kept in order of id, so the order they come in does not matter.
            Person(skills: [new("empathy", 3), new("crm", 2.5, new(2025, 11, 28))], certifications: ["hdi-sca", "cx-foundations"]),
            ("CurrentRoleId", Person(currentRoleId: "cs-senior")),
            ("RegionId", Person(regionId: "US")),
            ("Skills", Person(skills: [new("crm", 2.5, new(2025, 11, 28)), new("empathy", 3.5)])),
            ("Skills (one more)", Person(skills: [new("crm", 2.5, new(2025, 11, 28)), new("empathy", 3), new("coaching", 1)])),
            ("Certifications", Person(certifications: ["cx-foundations"])),
            ("Education", Person(education: EducationLevel.Associate)),
            ("WorkHistory", Person(workHistory: WorkHistory.Empty)),
            ("Preferences", Person(preferences: Preferences.None))),

        EqualityCase.Of(
            new SkillLevel("crm", 2.5, new(2025, 11, 28)),
            new SkillLevel("crm", 2.5, new LocalDate(2025, 11, 28).WithCalendar(CalendarSystem.Julian)),
            ("SkillId", new SkillLevel("empathy", 2.5, new(2025, 11, 28))),
            ("Level", new SkillLevel("crm", 3, new(2025, 11, 28))),
            ("LastUsed", new SkillLevel("crm", 2.5, new(2025, 11, 29))),
            ("LastUsed (none)", new SkillLevel("crm", 2.5))),

        EqualityCase.Of(
            History(),
            // Kept in order of start, so the order employments come in does not matter.
            new WorkHistory([Senior(), Agent()]),
            DifferingHistories),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    [Fact]
    public void A_work_history_differing_in_its_employments_hashes_differently() =>
        EqualityLaws.HashesTellApart(History(), DifferingHistories);

    [Fact]
    public void Each_differing_amount_of_experience_differs_from_the_first_in_its_own_part_alone()
    {
        var first = Parts(Amount(Amounts[0]));

        Assert.All(Amounts.Skip(1), a =>
        {
            var parts = Parts(Amount(a));
            var differ = first.Keys.Where(k => !Equals(first[k], parts[k])).ToList();
            Assert.Equal([a.Part], differ);
        });
    }

    private static ExperienceAmount Amount((string Part, LocalDate Anchor, int CalendarDays, decimal FullTimeEquivalentDays) a) =>
        new(a.Anchor, a.CalendarDays, a.FullTimeEquivalentDays);

    private static Dictionary<string, object> Parts(ExperienceAmount amount) => new()
    {
        [nameof(amount.CalendarDays)] = amount.CalendarDays,
        [nameof(amount.Calendar)] = amount.Calendar,
        [nameof(amount.CalendarYears)] = amount.CalendarYears,
        [nameof(amount.FullTimeEquivalentDays)] = amount.FullTimeEquivalentDays,
        [nameof(amount.FullTimeEquivalent)] = amount.FullTimeEquivalent,
        [nameof(amount.FullTimeEquivalentYears)] = amount.FullTimeEquivalentYears,
    };

    /// <summary>A part-time customer-service agent from March 2021 to June 2023.</summary>
    private static Employment Agent(
        string roleId = "cs-agent", LocalDate? start = null, LocalDate? end = null, decimal fullTimeEquivalent = 0.8m,
        string? family = "customer-service", CareerTrack? track = CareerTrack.IndividualContributor) =>
        new(roleId, start ?? new(2021, 3, 1), end ?? new(2023, 6, 1), fullTimeEquivalent, family, track);

    private static Employment Senior(LocalDate? start = null) =>
        new("cs-senior", start ?? new(2023, 6, 1), null, 1m, "customer-service", CareerTrack.IndividualContributor);

    private static WorkHistory History() => new([Agent(), Senior()]);

    /// <summary>Experience of whole years from March 2021, full time.</summary>
    private static ExperienceAmount Years(int years)
    {
        var start = new LocalDate(2021, 3, 1);
        var days = Period.DaysBetween(start, start.PlusYears(years));
        return new ExperienceAmount(start, days, days);
    }

    private static ExperienceSummary Summary(
        LocalDate? asOf = null,
        ExperienceAmount? total = null,
        (string Family, ExperienceAmount Amount)[]? families = null,
        (CareerTrack Track, ExperienceAmount Amount)[]? tracks = null,
        EmploymentGap[]? gaps = null)
    {
        var byFamily = new SortedDictionary<string, ExperienceAmount>(StringComparer.Ordinal);
        foreach (var (family, amount) in families ?? [("customer-service", Years(5)), ("sales", Years(2))])
            byFamily.Add(family, amount);
        var byTrack = new SortedDictionary<CareerTrack, ExperienceAmount>();
        foreach (var (track, amount) in tracks ?? [(CareerTrack.IndividualContributor, Years(5))])
            byTrack.Add(track, amount);
        return new ExperienceSummary(
            asOf ?? new(2026, 1, 15),
            total ?? new ExperienceAmount(new(2019, 3, 1), 2_511, 2_200m),
            byFamily,
            byTrack,
            gaps ?? [new(new(2021, 6, 1), new(2021, 8, 1))]);
    }

    private static Profile Person(
        string currentRoleId = "cs-agent",
        string regionId = "DE",
        SkillLevel[]? skills = null,
        string[]? certifications = null,
        EducationLevel education = EducationLevel.HighSchool,
        WorkHistory? workHistory = null,
        Preferences? preferences = null) =>
        new Profile(currentRoleId, regionId)
            .WithSkills(skills ?? [new("crm", 2.5, new(2025, 11, 28)), new("empathy", 3)])
            .WithCertifications(certifications ?? ["cx-foundations", "hdi-sca"])
            .WithEducation(education)
            .WithWorkHistory(workHistory ?? History())
            .WithPreferences(preferences ?? new Preferences([CareerTrack.Management], ["customer-service"]));
}
