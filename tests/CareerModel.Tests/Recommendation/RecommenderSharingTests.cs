using CareerModel.Catalogs;
using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>What a recommender keeps between requests stays bounded, and what it hands out is checked.</summary>
public class RecommenderSharingTests
{
    [Fact]
    public void The_regional_pay_table_keeps_a_bounded_number_of_days()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0));
        var recommender = Recommender.Create(BuiltInCatalogs.CustomerService, clock, exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);
        var first = recommender.Recommend(RecommenderTests.Junior()).ToString();

        for (var day = 0; day < 3 * RegionalPayTable.Capacity; day++)
        {
            clock.AdvanceDays(1);
            recommender.Recommend(RecommenderTests.Junior(day % 2 == 0 ? "US" : "DE"));
        }
        clock.Reset(Instant.FromUtc(2026, 11, 25, 12, 0));

        Assert.Equal(RegionalPayTable.Capacity, recommender.PayTable.Count);
        Assert.Equal(first, recommender.Recommend(RecommenderTests.Junior()).ToString());
    }

    [Fact]
    public void A_role_index_outside_the_catalog_is_refused()
    {
        var scorer = Recommender.Create(BuiltInCatalogs.CustomerService, new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0))).Scorer;

        Assert.Equal("account-manager", scorer.RoleIdAt(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => scorer.RoleIdAt(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => scorer.RoleIdAt(scorer.RoleCount));
    }

    [Fact]
    public void The_trade_off_front_says_when_there_were_more_paths_than_it_considers()
    {
        // Every role leads to every other: 30 × 29 × 28 × 27 paths of four steps, far past the cap.
        var builder = CareerCatalog.CreateBuilder();
        var ids = Enumerable.Range(0, 30).Select(i => $"r{i:00}").ToArray();
        foreach (var id in ids)
            builder.AddRole(new Role(id, id, "family", CareerTrack.IndividualContributor, 1));
        foreach (var from in ids)
        {
            foreach (var to in ids.Where(to => to != from))
                builder.AddTransition(new Transition(from, to, TransitionKind.Lateral));
        }
        var recommender = Recommender.Create(builder.Build(), new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)));

        var front = recommender.FindTradeOffs(new Profile("r00"), new RecommendationOptions { MaxSteps = 4 });
        var small = recommender.FindTradeOffs(new Profile("r00"), new RecommendationOptions { MaxSteps = 1 });

        Assert.True(front.IsTruncated);
        Assert.Equal(TradeOffFront.MaxPathsConsidered, front.PathsConsidered);
        Assert.False(small.IsTruncated);
        Assert.Equal(29, small.PathsConsidered);
        Assert.Contains("(complete)", small.ToString(), StringComparison.Ordinal);
    }
}
