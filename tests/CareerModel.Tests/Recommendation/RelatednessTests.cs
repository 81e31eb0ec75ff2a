using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>The relatedness part: the product of the strengths of a path's moves.</summary>
public class RelatednessTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly ScoreWeights RelatednessOnly = new ScoreWeights(0, 0, 0, 0, 0, 1, 0);

    private static CareerCatalog Chain() => CareerCatalog.CreateBuilder()
        .AddRole(Role("a"))
        .AddRole(Role("b"))
        .AddRole(Role("c"))
        .AddRole(Role("d"))
        .AddTransition(new Transition("a", "b", TransitionKind.Lateral, strength: 0.8))
        .AddTransition(new Transition("b", "c", TransitionKind.Lateral, strength: 0.8))
        .AddTransition(new Transition("a", "d", TransitionKind.Lateral, strength: 0.7))
        .Build();

    private static Role Role(string id) => new(id, id, "family", CareerTrack.IndividualContributor, 1);

    [Fact]
    public void A_chain_of_moves_is_as_related_as_the_product_of_their_strengths()
    {
        var paths = Recommender.Create(Chain(), Clock).Recommend(new Profile("a"), new RecommendationOptions { Weights = RelatednessOnly }).Paths;

        Assert.Equal(["a>b", "a>d", "a>b>c"], paths.Select(p => string.Join(">", p.RoleIds)));
        Assert.Equal(0.8 * 0.8, paths[2].Score.Relatedness, 12);
        Assert.Equal([0.8, 0.8], paths[2].Steps.Select(s => s.Strength));
    }

    [Fact]
    public void A_long_chain_of_strong_moves_scores_below_one_slightly_weaker_move()
    {
        var paths = Recommender.Create(Chain(), Clock).Recommend(new Profile("a"), new RecommendationOptions { Weights = RelatednessOnly }).Paths;

        var twoStrong = paths.Single(p => p.Final.Target.Id == "c");
        var oneWeaker = paths.Single(p => p.Final.Target.Id == "d");
        Assert.True(oneWeaker.Score.Total > twoStrong.Score.Total);
        Assert.Equal("d ranks above c by 0.06: relatedness +0.06", oneWeaker.CompareWith(twoStrong).ToString());
    }

    [Fact]
    public void Hand_written_moves_are_fully_plausible_by_default()
    {
        Assert.Equal(1, new Transition("a", "b", TransitionKind.Lateral).Strength);
        Assert.Equal(Transition.DefaultStrength, new Transition("a", "b", TransitionKind.Lateral).Strength);
    }
}
