using System.Globalization;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Location;
using CareerModel.Compensation.Projection;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Search;
using CareerModel.Serialization;
using CareerModel.Skills;
using CareerModel.Tests.Onet;
using CareerModel.Tests.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Culture;

/// <summary>
/// Every message and description the library writes reads the same whatever the current culture:
/// no decimal comma under de-DE, no dotless i under tr-TR, no Arabic minus sign under ar-SA. A
/// corpus of refusals (negative ranks, fractions, enum values, JSON problems) and of results
/// (readiness, recommendations, comparisons, documents) is rendered under each culture and
/// compared with the invariant rendering.
/// </summary>
public class CultureInvarianceTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 0, 0));

    public static TheoryData<string> Cultures => new() { "tr-TR", "de-DE", "ar-SA", "fr-FR" };

    /// <summary>What the library says, one text per case: an exception's message, or a result's description.</summary>
    private static IEnumerable<(string Case, Func<object> Say)> Corpus()
    {
        yield return ("negative rank", () => new Role("lead", "Lead", "cs", CareerTrack.Management, -3));
        yield return ("negative openings", () => new Outlook(0.05m, -5));
        yield return ("undefined enum", () => new Region("x", "X", (RegionKind)(-1), Currency.USD, "world"));
        yield return ("factor out of range", () => new LocationFactor("DE", 10.5m));
        yield return ("negative level", () => SkillRequirement.Required("empathy", -0.5, 1));
        yield return ("tiny level", () => SkillRequirement.Required("empathy", 1e-39, 1));
        yield return ("importance too large", () => SkillRequirement.Required("empathy", 1, 1_500.25));
        yield return ("fraction of full time", () => new Employment("cs-specialist", new LocalDate(2020, 1, 1), null, 1.5m));
        yield return ("promotion increase", () => PromotionPolicy.Percentage(-0.05m));
        yield return ("career span", () => new ExperienceRange(Period.FromYears(150)));
        yield return ("concurrent skills", () => LearningTimes.Default.WithConcurrentSkills(-2));
        yield return ("score weight", () => new ScoreWeights(-1.5, 1, 1, 1, 0.5, 4, 1));
        yield return ("json problems", () => CareerCatalogJson.Read(Refusal.WithRole("""{ "id": "a", "title": "A", "family": "f", "track": "management", "rank": -3, "outlook": { "growthRate": -0.5, "annualOpenings": -7 } }""")));
        yield return ("band too large for a midpoint", () => CareerCatalogJson.Read(Refusal.WithRole("""{ "id": "a", "title": "A", "family": "f", "track": "management", "rank": 1, "payBands": { "US": { "currency": "USD", "minimum": -79228162514264337593543950335, "maximum": -79228162514264337593543950335 } } }""")));
        yield return ("profile problems", () => ProfileJson.Read("""{ "schemaVersion": 1, "skills": [{ "skillId": "empathy", "level": -1.5 }] }"""));
        yield return ("money", () => new Money(-1_234_567.891m, Currency.EUR));
        yield return ("band", () => Catalog.GetRole("cs-manager").PayBands["US"]);
        yield return ("learning times", () => LearningTimes.Default);
        yield return ("readiness", () => Assessor().AssessReadiness(Profile(), "cs-team-lead"));
        yield return ("plan", () => Assessor().PlanDevelopment(Profile(), "cs-manager"));
        yield return ("people ranking", () => string.Join("\n", Assessor().RankPeople("cs-team-lead", [Profile(), Profile().WithEducation(EducationLevel.Bachelor)], 2).People.Select(p => p.ToString())));
        yield return ("ranked person refused", () => Assessor().RankPeople("cs-team-lead", [Profile(), Profile().WithSkill(new SkillLevel("empathy", 7.5))], 2));
        yield return ("ranking count", () => Assessor().RankPeople("cs-team-lead", [Profile()], -2));
        yield return ("recommendation", () => string.Join("\n", Recommendations().Paths.Select(p => $"{p}\n{p.Score}")));
        yield return ("comparison", () => Recommendations().Paths[0].CompareWith(Recommendations().Paths[1]));
        yield return ("O*NET options", () => OnetCatalog.Load(Path.Combine(OnetDataFolders.Repository, "tests", "fuzz", "onet-release"), new OnetImportOptions { TopCodedAnnualWage = -1_500.5m }));
        yield return ("O*NET transition options", () => OnetCatalog.Load(Path.Combine(OnetDataFolders.Repository, "tests", "fuzz", "onet-release"), new OnetImportOptions { Transitions = { BorrowedProfileWeight = -0.25 } }));
        yield return ("title search", () => string.Join("\n", RoleTitleSearch.Create(Catalog).Find("İNTELLİGENCE, Customer Service Specialists", 5)));
        yield return ("title search count", () => RoleTitleSearch.Create(Catalog).Find("agent", -3));
        yield return ("alternative title", () => new Role("lead", "Lead", "cs", CareerTrack.Management, 1).WithAlternativeTitles(["Team Lead", "TEAM LEAD"]));
        yield return ("catalog document", () => CareerCatalogJson.ToJson(Catalog));
        yield return ("profile document", () => ProfileJson.ToJson(Profile()));
    }

    private static Profile Profile() => ProfileJson.Read(File.ReadAllText(RepoFiles.ExampleProfile), Catalog);

    private static CareerAssessor Assessor() => CareerAssessor.Create(Catalog, Clock, DateTimeZone.Utc);

    private static RecommendationResult Recommendations() => Recommender.Create(Catalog, Clock).Recommend(Profile());

    private static string Render(CultureInfo culture)
    {
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return string.Join("\n\n", Corpus().Select(c =>
            {
                try
                {
                    return $"{c.Case}: {c.Say()}";
                }
                catch (Exception e)
                {
                    return $"{c.Case}: {e.GetType().Name}: {e.Message}";
                }
            }));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }

    /// <summary>
    /// The named culture; in invariant-globalization mode (no ICU), where named cultures do not
    /// exist, a hand-made culture with the traits that break messages: a decimal comma, a dot
    /// between thousands, a right-to-left minus sign and day-first dates.
    /// </summary>
    private static CultureInfo CultureNamed(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            var hostile = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            hostile.NumberFormat.NumberDecimalSeparator = ",";
            hostile.NumberFormat.NumberGroupSeparator = ".";
            hostile.NumberFormat.NegativeSign = "\u061C-";
            hostile.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
            return hostile;
        }
    }

    [Theory]
    [MemberData(nameof(Cultures))]
    public void Every_message_and_description_reads_the_same_as_in_the_invariant_culture(string name)
    {
        var invariant = Render(CultureInfo.InvariantCulture);

        var local = Render(CultureNamed(name));

        Assert.Equal(invariant, local);
    }

    [Fact]
    public void The_corpus_holds_the_texts_that_once_depended_on_the_culture()
    {
        var invariant = Render(CultureInfo.InvariantCulture);

        // The cases that read "rank ؜-3" or "1,5" before messages were made culture-invariant.
        Assert.Contains("rank -3 must be from 1 to", invariant, StringComparison.Ordinal);
        Assert.Contains("Annual openings -5 must not be negative.", invariant, StringComparison.Ordinal);
        Assert.Contains("Actual value was 1.5.", invariant, StringComparison.Ordinal);
        Assert.Contains("TopCodedAnnualWage -1500.5 must be greater than zero.", invariant, StringComparison.Ordinal);
        Assert.Contains("Actual value was -0.25.", invariant, StringComparison.Ordinal);
    }
}
