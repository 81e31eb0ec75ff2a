using System.Globalization;
using CareerModel.Careers;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;
using Xunit.Abstractions;

namespace CareerModel.Tests.Onet;

/// <summary>
/// Recommendations on the imported O*NET release for a customer service representative: plausible
/// related occupations, with the pay BLS OEWS publishes for them.
/// </summary>
[Collection(OnetReleaseGroup.Name)]
public class OnetRecommendationTests(OnetReleaseFixture fixture, ITestOutputHelper output)
{
    private const string CustomerService = "43-4051.00";
    private const string OfficeSupervisors = "43-1011.00";   // First-Line Supervisors of Office and Administrative Support Workers

    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    /// <summary>The recommender over the release, compiled once for the class.</summary>
    private static Recommender? engine;

    private Recommender Engine => LazyInitializer.EnsureInitialized(ref engine, () => Recommender.Create(fixture.Result.Catalog, Clock));

    /// <summary>The annual median wage by SOC code, read straight from the OEWS file, exact figures only.</summary>
    private static readonly Lazy<Dictionary<string, decimal>> OewsMedians = new(ReadOewsMedians);

    /// <summary>
    /// A representative of three years in the US with the skills and knowledge the occupation
    /// itself asks for, each at the level O*NET rates it.
    /// </summary>
    private Profile Representative()
    {
        var role = fixture.Result.Catalog.GetRole(CustomerService);
        return new Profile(CustomerService, "US")
            .WithSkills(role.Requirements.Where(q => q.MinimumLevel > 0).Select(q => new SkillLevel(q.SkillId, q.MinimumLevel)))
            .WithWorkHistory(new WorkHistory([new Employment(CustomerService, new LocalDate(2023, 11, 1))]));
    }

    [Fact]
    public void The_import_gives_one_US_region_in_dollars_for_the_profile()
    {
        var catalog = fixture.Result.Catalog;

        Assert.True(catalog.TryGetRegion("US", out var us));
        Assert.Equal(Currency.USD, us.Currency);
        Assert.Equal(Currency.USD, catalog.GetRole(CustomerService).PayBands["US"].Currency);
    }

    [Fact]
    public void A_customer_service_representatives_next_roles_are_office_and_sales_work()
    {
        var result = Engine.Recommend(Representative(), new RecommendationOptions { Count = 10, MaxSteps = 1 });
        Log(result);

        // The only notes are about the data: occupations O*NET has not rated list no skills.
        Assert.All(result.Warnings, w => Assert.Contains("no skill requirements", w.Message, StringComparison.Ordinal));
        Assert.Equal(10, result.Paths.Count);
        var targets = result.Paths.Select(p => p.Final.Target.Id).ToList();
        Assert.Equal(targets.Count, targets.Distinct().Count());
        Assert.True(targets.Count(id => id.StartsWith("43-", StringComparison.Ordinal) || id.StartsWith("41-", StringComparison.Ordinal)) >= 7, string.Join(", ", targets));
        Assert.Contains("43-4171.00", targets);   // Receptionists and Information Clerks
        Assert.Contains(OfficeSupervisors, targets);
    }

    [Fact]
    public void A_customer_service_representatives_default_paths_lead_to_related_work_not_to_whatever_pays_most()
    {
        var result = Engine.Recommend(Representative());
        Log(result);

        var finals = result.Paths.Select(p => p.Final.Target.Id).ToList();
        // What the score once put first, on pay alone: Compensation and Benefits Managers, Solar
        // Sales Representatives and Models.
        Assert.DoesNotContain("11-3111.00", finals);
        Assert.DoesNotContain("41-4011.07", finals);
        Assert.DoesNotContain("41-9012.00", finals);
        Assert.True(finals.Count(id => id.StartsWith("43-", StringComparison.Ordinal) || id.StartsWith("41-", StringComparison.Ordinal)) >= 8, string.Join(", ", finals));
        Assert.All(result.Paths, p => Assert.Equal(
            ScoreWeights.Default.Relatedness * p.Steps.Aggregate(1.0, (product, step) => product * step.Strength), p.Score.Relatedness, 12));
    }

    [Fact]
    public void Roles_the_representative_covers_in_full_are_told_apart_by_more_than_their_ids()
    {
        var paths = Engine.Recommend(Representative(), new RecommendationOptions { MaxSteps = 1, Count = 10 }).Paths;

        // Equal totals would be settled by id; similarity and strength make every one differ.
        Assert.Equal(paths.Count, paths.Select(p => p.Score.Total).Distinct().Count());
        Assert.Equal(paths.Count, paths.Select(p => p.Final.Similarity).Distinct().Count());
    }

    [Fact]
    public void Every_step_is_paid_the_OEWS_annual_median_of_its_occupation()
    {
        var result = Engine.Recommend(Representative(), new RecommendationOptions { Count = 10 });

        Assert.NotEmpty(result.Paths);
        Assert.Equal(Usd(OewsMedians.Value["43-4051"]), result.Paths[0].CurrentPay);
        Assert.Equal(new Money(42_830, Currency.USD), result.Paths[0].CurrentPay);   // OEWS 43-4051 A_MEDIAN
        foreach (var step in result.Paths.SelectMany(p => p.Steps))
        {
            var soc = step.Target.Id[..7];
            Assert.True(OewsMedians.Value.TryGetValue(soc, out var median), $"OEWS has no exact median for {soc} ({step.Target.Title}).");
            Assert.Equal(Usd(median), step.ProjectedPay);
            Assert.Equal(fixture.Result.Wages[step.Target.Id].AnnualMedian.GetExact(), step.ProjectedPay);
        }
        Assert.All(result.Paths, p => Assert.Equal(p.Final.ProjectedPay - p.CurrentPay, p.PayGain));
    }

    [Fact]
    public void Fit_intervals_when_given_bracket_the_fit()
    {
        var result = Engine.Recommend(Representative(), new RecommendationOptions { Count = 10 });

        foreach (var step in result.Paths.SelectMany(p => p.Steps))
        {
            Assert.InRange(step.Fit, 0, 1);
            if (step.FitInterval is { } interval)
            {
                Assert.InRange(interval.Pessimistic, 0, step.Fit + 1e-6);
                Assert.InRange(interval.Optimistic, step.Fit - 1e-6, 1);
            }
        }
    }

    [Fact]
    public void Target_mode_finds_the_way_to_office_supervisor()
    {
        var result = Engine.RecommendPathsTo(Representative(), OfficeSupervisors, new RecommendationOptions { Count = 5 });
        Log(result);

        Assert.NotEmpty(result.Paths);
        Assert.All(result.Paths, p => Assert.Equal(OfficeSupervisors, p.Final.Target.Id));
        Assert.All(result.Paths, p => Assert.Equal(CustomerService, p.FromRoleId));
        Assert.Contains(result.Paths, p => p.RoleIds.SequenceEqual([CustomerService, OfficeSupervisors]));
        Assert.Equal(TransitionKind.Promotion, result.Paths.Single(p => p.Steps.Count == 1).Final.Kind);
        Assert.Equal(Usd(OewsMedians.Value["43-1011"]), result.Paths[0].Final.ProjectedPay);   // 66,140
    }

    private void Log(RecommendationResult result)
    {
        foreach (var path in result.Paths)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"#{path.Rank} {string.Join(" → ", path.Steps.Select(s => $"{s.Target.Id} {s.Target.Title} ({s.ProjectedPay?.ToString() ?? "pay unknown"}, fit {s.Fit:0.00}{(s.FitInterval is { } i ? " " + i : "")})"))}; score {path.Score.Total:0.000}"));
        }
    }

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static Dictionary<string, decimal> ReadOewsMedians()
    {
        using var reader = new StreamReader(OnetDataFolders.OewsFile);
        var header = reader.ReadLine()!.Split('\t');
        var code = Array.IndexOf(header, "OCC_CODE");
        var median = Array.IndexOf(header, "A_MEDIAN");
        var medians = new Dictionary<string, decimal>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            if (decimal.TryParse(fields[median].Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
                medians.TryAdd(fields[code], value);
        }
        return medians;
    }
}
