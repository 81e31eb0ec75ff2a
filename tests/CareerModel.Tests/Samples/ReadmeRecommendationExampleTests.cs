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

        var result = recommender.Recommend(me);
        var best = result.Paths[0];
        var toLead = recommender.RecommendPathsTo(me, "cs-team-lead");

        Assert.Equal("#1 cs-junior-specialist → cs-specialist (score 3.842, arrives 2030-05-25)", best.ToString());
        Assert.Equal("3.842 = salary +0.263, fit +0.087, time -0.350, outlook +0.050, preference +0.000, relatedness +4.000, similarity -0.208", best.Score.ToString());
        Assert.Equal(
            "de-escalation: have 0, need 2 (importance 3, required), impact 0.13; problem-solving: have 0, need 3 (importance 3, required), impact 0.13",
            string.Join("; ", best.TopGaps.Take(2)));
        Assert.Equal(
            "cs-specialist ranks above cs-team-lead by 0.105: salary gain -0.63, time +0.617, outlook +0.05, similarity +0.047, skill fit +0.021",
            best.CompareWith(result.Paths[1]).ToString());
        Assert.Equal(
            "#1 cs-junior-specialist → cs-specialist → cx-specialist → cs-team-lead (score 3.737, arrives 2036-07-25)",
            toLead.Paths[0].ToString());
    }
}
