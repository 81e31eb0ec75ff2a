using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Samples;

/// <summary>The README's recommendation example, with the output it promises.</summary>
public class ReadmeRecommendationExampleTests
{
    [Fact]
    public void The_recommendation_example_runs_as_the_readme_says()
    {
        var catalog = BuiltInCatalogs.CustomerService;
        var recommender = Recommender.Create(catalog, new FakeClock(Instant.FromUtc(2026, 11, 25, 0, 0)), exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);
        var me = new Profile("cs-junior-specialist", "US", [new SkillLevel("empathy", 2), new SkillLevel("crm-software", 1)]);

        var best = recommender.Recommend(me).Paths[0];
        var toLead = recommender.RecommendPathsTo(me, "cs-team-lead");

        Assert.StartsWith("#1 cs-junior-specialist → cs-specialist (score ", best.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"^[-0-9.]+ = salary \+0\.200, fit \+[0-9.]+, time -[0-9.]+, outlook \+0\.050, preference \+0\.000$", best.Score.ToString());
        Assert.NotEmpty(best.TopGaps);
        Assert.All(toLead.Paths, p => Assert.Equal("cs-team-lead", p.Final.Target.Id));
    }
}
