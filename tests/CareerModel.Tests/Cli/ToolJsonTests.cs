using System.Text.Json;
using CareerModel.Catalogs;
using CareerModel.Serialization;
using static CareerModel.Tests.Cli.CareerModelTool;

namespace CareerModel.Tests.Cli;

/// <summary>Each command's <c>--json</c> output parsed back: the documented shape (docs/cli.md) with the seed facts' numbers.</summary>
public class ToolJsonTests
{
    private static JsonElement Json(params string[] args)
    {
        var run = Run([.. args, "--json", "--date", Day]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement;
    }

    private static (decimal Amount, string Currency) Money(JsonElement money) =>
        (money.GetProperty("amount").GetDecimal(), money.GetProperty("currency").GetString()!);

    [Fact]
    public void The_ladder_gives_the_seven_levels_with_the_us_medians()
    {
        var ladder = Json("ladder");

        Assert.Equal("customer-service", ladder.GetProperty("family").GetString());
        Assert.Equal("US", ladder.GetProperty("regionId").GetString());
        var levels = ladder.GetProperty("levels").EnumerateArray().ToList();
        var specialist = levels.Single(l => l.GetProperty("roleId").GetString() == "cs-specialist");
        Assert.Equal((42_000m, "USD"), Money(specialist.GetProperty("band").GetProperty("midpoint")));
        Assert.Equal("individualContributor", specialist.GetProperty("track").GetString());
        var vp = levels.Single(l => l.GetProperty("roleId").GetString() == "cs-vp-customer-experience");
        Assert.Equal((150_000m, "USD"), Money(vp.GetProperty("band").GetProperty("midpoint")));
    }

    [Fact]
    public void The_bands_of_a_role_in_germany_converted_to_dollars_come_at_the_day_rate()
    {
        var bands = Json("bands", "--role", "cs-specialist", "--region", "DE", "--currency", "USD");

        var germany = bands.GetProperty("regions").EnumerateArray().Single();
        Assert.Equal("DE", germany.GetProperty("regionId").GetString());
        // EUR 35,000–45,000 at 1.08 USD a euro.
        Assert.Equal((37_800m, "USD"), Money(germany.GetProperty("band").GetProperty("minimum")));
        Assert.Equal((48_600m, "USD"), Money(germany.GetProperty("band").GetProperty("maximum")));
        Assert.Contains("converted EUR→USD at 1.08", germany.GetProperty("bandSource").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_and_ready_give_the_fit_the_plan_and_iso_periods()
    {
        var gap = Json("gap", "--profile", Profile, "--role", "cs-specialist");
        var ready = Json("ready", "--profile", Profile, "--role", "cs-specialist");

        Assert.Equal(gap.GetProperty("fit").GetDouble(), ready.GetProperty("fit").GetDouble());
        var deEscalation = gap.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("skillId").GetString() == "de-escalation");
        Assert.Equal(2, deEscalation.GetProperty("need").GetDouble());
        Assert.True(deEscalation.GetProperty("required").GetBoolean());
        Assert.Equal("P3Y", ready.GetProperty("timeToReady").GetString());
        Assert.Equal("2029-12-03", ready.GetProperty("readyDate").GetString());
        Assert.NotEmpty(ready.GetProperty("plan").GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public void Recommend_gives_ranked_paths_with_score_parts_and_the_why()
    {
        var result = Json("recommend", "--profile", Profile, "--top", "3", "--why", "1,2");

        var paths = result.GetProperty("paths").EnumerateArray().ToList();
        Assert.Equal([1, 2, 3], paths.Select(p => p.GetProperty("rank").GetInt32()));
        Assert.Equal(["cs-junior-specialist", "cs-specialist"], paths[0].GetProperty("roleIds").EnumerateArray().Select(id => id.GetString()));
        var score = paths[0].GetProperty("score");
        Assert.True(score.GetProperty("total").GetDouble() > paths[1].GetProperty("score").GetProperty("total").GetDouble());
        Assert.Equal("promotion", paths[0].GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.Equal((42_000m, "USD"), Money(paths[0].GetProperty("steps")[0].GetProperty("projectedPay")));
        var why = result.GetProperty("why");
        Assert.Equal(1, why.GetProperty("first").GetInt32());
        Assert.True(why.GetProperty("totalDifference").GetDouble() > 0);
    }

    [Fact]
    public void Project_gives_the_timeline_from_the_band_midpoint_with_promotions_to_the_band_minimum()
    {
        var projection = Json("project", "--profile", Profile, "--path", "cs-junior-specialist,cs-specialist,cs-senior-specialist");

        Assert.Equal((35_000m, "USD"), Money(projection.GetProperty("startingPay")));
        var entries = projection.GetProperty("entries").EnumerateArray().ToList();
        var promotions = entries.Where(e => e.GetProperty("kind").GetString() == "promotion").ToList();
        Assert.Equal([(42_000m, "USD"), (52_000m, "USD")], promotions.Select(p => Money(p.GetProperty("pay"))));
        // Two 3% merits on USD 35,000 (rounded to cents each time) before the first promotion.
        Assert.Equal((37_131.50m, "USD"), Money(entries[2].GetProperty("pay")));
    }

    [Fact]
    public void Export_as_json_is_the_built_in_catalog_in_the_documented_format()
    {
        var run = Run("export", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(BuiltInCatalogs.CustomerService, CareerCatalogJson.Read(run.Stdout));
    }

    [Fact]
    public void Validate_with_json_lists_every_problem_with_its_line_and_column_and_still_fails()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("careermodel-validate-").FullName, "bad.json");
        File.WriteAllText(file, "{\n  \"schemaVersion\": 1,\n  \"roles\": [{ \"id\": 3 }],\n  \"colour\": 1\n}\n");

        var run = Run("validate", file, "--json");

        Assert.Equal(5, run.ExitCode);
        var result = JsonDocument.Parse(run.Stdout).RootElement;
        Assert.False(result.GetProperty("valid").GetBoolean());
        var problems = result.GetProperty("problems").EnumerateArray().ToList();
        Assert.Equal(6, problems.Count);
        var unknown = problems.Single(p => p.GetProperty("kind").GetString() == "unknownProperty");
        Assert.Equal((4, 3), (unknown.GetProperty("line").GetInt32(), unknown.GetProperty("column").GetInt32()));
    }
}
