using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Onet;

/// <summary>
/// The equality kit of the O*NET import's values (Equals, ==, !=, GetHashCode): each equals a
/// value built apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class OnetValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new ImportNote(ImportNoteKind.WageJoin, "43-4051.03", "Wages joined through 43-4051."),
            // The code and the message are trimmed.
            new ImportNote(ImportNoteKind.WageJoin, " 43-4051.03 ", "Wages joined through 43-4051. "),
            ("Kind", new ImportNote(ImportNoteKind.PayBandOmitted, "43-4051.03", "Wages joined through 43-4051.")),
            ("OccupationCode", new ImportNote(ImportNoteKind.WageJoin, "43-4051.00", "Wages joined through 43-4051.")),
            ("OccupationCode (none)", new ImportNote(ImportNoteKind.WageJoin, null, "Wages joined through 43-4051.")),
            ("Message", new ImportNote(ImportNoteKind.WageJoin, "43-4051.03", "Wages joined through 43-4000."))),

        EqualityCase.Of(
            Inferred(),
            Inferred(),
            ("Transition", Inferred(transition: new Transition("43-4051.00", "43-1011.00", TransitionKind.Promotion, Period.FromYears(2), 0.65))),
            ("Score", Inferred(score: 2.34)),
            ("SkillSimilarity", Inferred(skills: 0.82)),
            ("SkillSimilarity (none)", Inferred(skills: null)),
            ("KnowledgeSimilarity", Inferred(knowledge: 0.75)),
            ("AbilitySimilarity", Inferred(abilities: 0.69)),
            ("EducationSimilarity", Inferred(education: 0.92)),
            ("DescriptionSimilarity", Inferred(description: 0.32)),
            ("SocProximity", Inferred(socProximity: 0.5)),
            ("JobZoneStep", Inferred(jobZoneStep: 2))),

        EqualityCase.Of(
            Wages(),
            Wages(occupationCode: " 43-4051.00 "),
            ("OccupationCode", Wages(occupationCode: "43-4051.03")),
            ("SocCode", Wages(socCode: "43-4000")),
            ("SocTitle", Wages(socTitle: "Customer Service Representatives, All")),
            ("Employment", Wages(employment: 2_858_711)),
            ("Employment (unpublished)", new OccupationWages("43-4051.00", "43-4051", "Customer Service Representatives", null, Annual(), Hourly())),
            ("Annual", Wages(annual: Annual(median: Figure(42_840)))),
            ("Hourly", Wages(hourly: WageDistribution.None))),

        EqualityCase.Of(
            Annual(),
            Annual(),
            ("Mean", Annual(mean: Figure(46_000))),
            ("P10", Annual(p10: Figure(31_260))),
            ("P25", Annual(p25: Figure(36_000))),
            ("Median", Annual(median: Figure(42_840))),
            ("P75", Annual(p75: Figure(50_000))),
            ("P90", Annual(p90: WageFigure.TopCoded(Usd(239_200))))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static WageFigure Figure(decimal amount) => WageFigure.Exact(Usd(amount));

    /// <summary>The annual wages of customer service representatives (OEWS, May 2024).</summary>
    private static WageDistribution Annual(
        WageFigure? mean = null, WageFigure? p10 = null, WageFigure? p25 = null, WageFigure? median = null, WageFigure? p75 = null, WageFigure? p90 = null) =>
        new(mean ?? Figure(45_800), p10 ?? Figure(31_250), p25 ?? Figure(35_990), median ?? Figure(42_830), p75 ?? Figure(49_990), p90 ?? Figure(60_850));

    private static WageDistribution Hourly() =>
        new(Figure(22.02m), Figure(15.02m), Figure(17.30m), Figure(20.59m), Figure(24.03m), Figure(29.26m));

    private static OccupationWages Wages(
        string occupationCode = "43-4051.00",
        string socCode = "43-4051",
        string socTitle = "Customer Service Representatives",
        long? employment = 2_858_710,
        WageDistribution? annual = null,
        WageDistribution? hourly = null) =>
        new(occupationCode, socCode, socTitle, employment, annual ?? Annual(), hourly ?? Hourly());

    /// <summary>A customer service representative's inferred move up to first-line supervisor.</summary>
    private static InferredTransition Inferred(
        Transition? transition = null,
        double score = 2.33,
        double? skills = 0.81,
        double? knowledge = 0.74,
        double? abilities = 0.68,
        double? education = 0.91,
        double description = 0.31,
        double socProximity = 0.25,
        int jobZoneStep = 1) =>
        new(transition ?? new Transition("43-4051.00", "43-1011.00", TransitionKind.Promotion, Period.FromYears(2), 0.66),
            score, skills, knowledge, abilities, education, description, socProximity, jobZoneStep);
}
