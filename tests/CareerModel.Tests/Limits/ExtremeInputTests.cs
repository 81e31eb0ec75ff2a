using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using CareerModel.Tests.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Limits;

/// <summary>
/// Values at the edge of what a document can say: a level of 1e-39, a period of 9,000 years, a
/// band of 10²⁷ dollars, a clock near the calendar's end. A reader either refuses the value at its
/// path with the rule, or every engine answers for it: an assessment of every role and a
/// recommendation with no NaN and no exception from deep inside.
/// </summary>
public class ExtremeInputTests
{
    private static readonly string ExampleCatalog = CareerCatalogJson.ToJson(BuiltInCatalogs.CustomerService);
    private static readonly string ExampleProfile = File.ReadAllText(RepoFiles.ExampleProfile);

    /// <summary>The example person with no skills or certifications, so that every requirement is a gap (level 0 against the need).</summary>
    private static readonly string NoSkillsProfile = Edit(ExampleProfile, p =>
    {
        p["skills"] = new JsonArray();
        p["certifications"] = new JsonArray();
    });

    private static string Edit(string json, Action<JsonNode> edit)
    {
        var node = JsonNode.Parse(json)!;
        edit(node);
        return node.ToJsonString();
    }

    private static JsonNode Role(JsonNode catalog, string id) => catalog["roles"]!.AsArray().First(r => (string?)r!["id"] == id)!;

    /// <summary>Reads the edited catalog; when it is accepted, assesses and recommends on it from the example profile.</summary>
    private static void AnswersOrRefusesAt(string catalogJson, [StringSyntax(StringSyntaxAttribute.Regex)] string path, string rule, LocalDate? today = null)
    {
        CareerCatalog catalog;
        try
        {
            catalog = CareerCatalogJson.Read(catalogJson);
        }
        catch (CareerJsonException refusal)
        {
            var problem = Assert.Single(refusal.Problems);
            Assert.Matches(path, problem.Path);
            Assert.Contains(rule, problem.Message, StringComparison.Ordinal);
            return;
        }
        foreach (var profile in new[] { ExampleProfile, NoSkillsProfile })
            EveryEngineAnswers(catalog, ProfileJson.Read(profile, catalog), today ?? new LocalDate(2026, 11, 25));
    }

    private static void EveryEngineAnswers(CareerCatalog catalog, Profile profile, LocalDate today)
    {
        var clock = new FakeClock(today.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
        var assessor = CareerAssessor.Create(catalog, clock, DateTimeZone.Utc);
        foreach (var role in catalog.Roles)
        {
            var readiness = assessor.AssessReadiness(profile, role.Id);
            Assert.False(double.IsNaN(readiness.Score), $"{role.Id}: score NaN");
        }
        var result = Recommender.Create(catalog, clock).Recommend(profile, new RecommendationOptions { MaxSteps = 3 });
        Assert.All(result.Paths, p => Assert.False(double.IsNaN(p.Score.Total), $"{p}: score NaN"));
    }

    [Theory]
    [InlineData(1e-39)]
    [InlineData(1e-300)]
    [InlineData(double.Epsilon)]
    public void A_minimum_level_too_small_for_the_engines_is_refused_at_its_path(double level)
    {
        var json = Edit(ExampleCatalog, c => Role(c, "cs-specialist")["requirements"]![0]!["minimumLevel"] = level);

        AnswersOrRefusesAt(json, @"^\$\.roles\[\d+\]\.requirements\[0\]\.minimumLevel$", "minimumLevel");
    }

    [Theory]
    [InlineData("P9000Y")]
    [InlineData("P1000000M")]
    [InlineData("P2147483647Y")]
    public void A_typical_time_in_role_of_thousands_of_years_is_refused_or_answered_for(string period)
    {
        var json = Edit(ExampleCatalog, c => c["transitions"]![0]!["typicalTime"] = period);

        AnswersOrRefusesAt(json, @"^\$\.transitions\[0\]\.typicalTime$", "years");
    }

    [Theory]
    [InlineData("P9000Y")]
    [InlineData("P2147483647Y")]
    public void A_typical_experience_of_thousands_of_years_is_refused_or_answered_for(string period)
    {
        var json = Edit(ExampleCatalog, c => Role(c, "cs-team-lead")["typicalExperience"] = new JsonObject { ["minimum"] = period });

        AnswersOrRefusesAt(json, @"^\$\.roles\[\d+\]\.typicalExperience\.minimum$", "years");
    }

    [Theory]
    [InlineData("1e27")]
    [InlineData("79228162514264337593543950335")]
    public void A_band_too_large_for_the_engines_to_scale_and_divide_is_refused_at_its_path(string amount)
    {
        var json = Edit(ExampleCatalog, c => Role(c, "cs-manager")["payBands"]!["US"]!["maximum"] = JsonNode.Parse(amount));

        AnswersOrRefusesAt(json, @"^\$\.roles\[\d+\]\.payBands\.US\.maximum$", "at most USD 1,000,000,000,000,000.00");
    }

    [Fact]
    public void A_band_of_a_cent_next_to_the_largest_band_gives_a_capped_gain_not_an_overflow()
    {
        var json = Edit(ExampleCatalog, c =>
        {
            var junior = Role(c, "cs-junior-specialist")["payBands"]!["US"]!;
            junior["minimum"] = 0.01m;
            junior["midpoint"] = 0.01m;
            junior["maximum"] = 0.01m;
            junior.AsObject().Remove("percentiles");
            junior.AsObject().Remove("mean");
            var specialist = Role(c, "cs-specialist")["payBands"]!["US"]!;
            specialist["minimum"] = 1e15m;
            specialist["midpoint"] = 1e15m;
            specialist["maximum"] = 1e15m;
            specialist.AsObject().Remove("percentiles");
            specialist.AsObject().Remove("mean");
        });

        AnswersOrRefusesAt(json, "^$", "never refused");
        var catalog = CareerCatalogJson.Read(json);
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 0, 0));
        var move = Recommender.Create(catalog, clock).Recommend(ProfileJson.Read(ExampleProfile, catalog), new RecommendationOptions { MaxSteps = 1, Count = 50 })
            .Paths.Single(p => p.Steps.Count == 1 && p.Steps[0].Target.Id == "cs-specialist");
        Assert.Equal(RecommendationOptions.MaxSalaryGain, move.Score.SalaryGain);
    }

    [Fact]
    public void A_recommendation_whose_horizon_ends_past_the_calendar_is_refused_up_front_naming_the_horizon()
    {
        var clock = new FakeClock(Instant.FromUtc(9995, 1, 1, 0, 0));
        var catalog = BuiltInCatalogs.CustomerService;
        var profile = ProfileJson.Read(ExampleProfile, catalog);

        var ex = Assert.Throws<OverflowException>(() => Recommender.Create(catalog, clock).Recommend(profile));

        Assert.Equal("The horizon's end (Horizon P10Y) lies 10 years after 9995-01-01, past the calendar's last day, 9999-12-31.", ex.Message);
    }

    [Fact]
    public void A_readiness_date_past_the_calendar_is_refused_with_the_role_and_the_dates()
    {
        var clock = new FakeClock(Instant.FromUtc(9999, 6, 1, 0, 0));
        var catalog = BuiltInCatalogs.CustomerService;
        var profile = ProfileJson.Read(NoSkillsProfile, catalog);

        var ex = Assert.Throws<OverflowException>(() => CareerAssessor.Create(catalog, clock, DateTimeZone.Utc).AssessReadiness(profile, "cs-manager"));

        Assert.StartsWith("Readiness for role 'cs-manager' lies ", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith(" after 9999-06-01, past the calendar's last day, 9999-12-31.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_work_history_in_the_julian_calendar_is_measured_as_the_same_days_in_iso()
    {
        var julian = CalendarSystem.Julian;
        var iso = new Employment("cs-specialist", new LocalDate(2020, 1, 14), new LocalDate(2024, 1, 14));
        var converted = new Employment("cs-specialist", new LocalDate(2020, 1, 1, julian), new LocalDate(2024, 1, 1, julian));
        var today = new LocalDate(2026, 11, 25);

        Assert.Equal(iso, converted);
        Assert.Equal(
            new WorkHistory([iso]).ExperienceOn(today).Total.CalendarDays,
            new WorkHistory([converted]).ExperienceOn(today.WithCalendar(julian)).Total.CalendarDays);
    }
}
