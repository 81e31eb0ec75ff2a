using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The search's own rules: the order of its queue, and its safety valve — a search that runs out
/// of expansions stops, keeps what it found and says so.
/// </summary>
public class PathSearchTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    /// <summary>start → x: one move, found by expanding the start alone when paths are one step long.</summary>
    private static readonly CareerCatalog OneMove = CareerCatalog.CreateBuilder()
        .AddRole(new Role("start", "Start", "family", CareerTrack.IndividualContributor, 1))
        .AddRole(new Role("x", "X", "family", CareerTrack.IndividualContributor, 2))
        .AddTransition(new Transition("start", "x", TransitionKind.Promotion))
        .Build();

    private static readonly RecommendationOptions OneStep = new() { MaxSteps = 1 };

    [Fact]
    public void A_search_allowed_the_expansions_it_needs_is_complete_and_warns_of_nothing()
    {
        var engine = Recommender.Create(OneMove, Clock);
        engine.MaxExpansions = 1;

        var result = engine.Recommend(new Profile("start"), OneStep);

        Assert.Equal(["start", "x"], result.Paths.Single().RoleIds);
        Assert.DoesNotContain(result.Warnings, w => w.Kind == RecommendationWarningKind.SearchTruncated);
    }

    [Fact]
    public void A_search_out_of_expansions_keeps_what_it_found_and_says_it_was_cut_short()
    {
        var engine = Recommender.Create(OneMove, Clock);
        engine.MaxExpansions = 0;

        var result = engine.Recommend(new Profile("start"), OneStep);

        Assert.Empty(result.Paths);
        var warning = Assert.Single(result.Warnings, w => w.Kind == RecommendationWarningKind.SearchTruncated);
        Assert.Empty(warning.Ids);
        Assert.Equal("The search met its size limit; results are the best among the paths explored.", warning.Message);
    }

    [Fact]
    public void The_default_valve_is_two_million_expansions()
    {
        Assert.Equal(2_000_000, Recommender.Create(OneMove, Clock).MaxExpansions);
    }

    [Fact]
    public void The_queue_takes_higher_keys_first_then_partial_paths_before_complete_ones_then_lower_role_indices()
    {
        var order = PathSearch.QueueOrder.Instance;
        var a = PartialPath.Start(0);
        var b = PartialPath.Start(1);

        Assert.True(order.Compare(new(2, IsPartial: false, b), new(1, IsPartial: true, a)) < 0);
        Assert.True(order.Compare(new(1, IsPartial: true, b), new(1, IsPartial: false, a)) < 0);
        Assert.True(order.Compare(new(1, IsPartial: false, a), new(1, IsPartial: true, b)) > 0);
        Assert.True(order.Compare(new(1, IsPartial: true, a), new(1, IsPartial: true, b)) < 0);
        Assert.Equal(0, order.Compare(new(1, IsPartial: false, a), new(1, IsPartial: false, a)));
    }
}
