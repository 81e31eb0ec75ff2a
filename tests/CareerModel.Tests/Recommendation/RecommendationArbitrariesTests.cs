using FsCheck.Fluent;

namespace CareerModel.Tests.Recommendation;

/// <summary>The recommender's generators shrink: a failing world is reported at its smallest.</summary>
public sealed class RecommendationArbitrariesTests
{
    [Fact]
    public void A_world_that_fails_whenever_it_has_a_move_shrinks_to_two_roles_and_one_move()
    {
        var arbitrary = RecommendationArbitraries.SmallWorld();
        var world = Gen.Sample(arbitrary.Generator, 200, 50).First(w => w.Catalog.Roles.Count > 3 && w.Catalog.Transitions.Count > 2);

        // The "failure" stands in for a broken property: shrink greedily, as FsCheck does, while it still fails.
        static bool Fails(SmallWorld w) => w.Catalog.Transitions.Count > 0;
        while (arbitrary.Shrinker(world).FirstOrDefault(Fails) is { } smaller)
            world = smaller;

        Assert.Equal(2, world.Catalog.Roles.Count);
        Assert.Single(world.Catalog.Transitions);
        Assert.All(world.Catalog.Roles, r => Assert.Empty(r.Requirements));
        Assert.Empty(world.Profile.Skills);
    }

    [Fact]
    public void An_uncertain_world_shrinks_its_moves_needs_and_intervals_but_keeps_its_roles()
    {
        var arbitrary = RecommendationArbitraries.UncertainWorld();
        var world = Gen.Sample(arbitrary.Generator, 200, 50).First(w => w.World.Catalog.Transitions.Count > 1);
        var roles = world.World.Catalog.Roles.Count;

        static bool Fails(UncertainWorld w) => w.World.Catalog.Transitions.Count > 0;
        while (arbitrary.Shrinker(world).FirstOrDefault(Fails) is { } smaller)
            world = smaller;

        Assert.Equal(roles, world.World.Catalog.Roles.Count);
        Assert.Single(world.World.Catalog.Transitions);
        Assert.All(world.World.Catalog.Roles, r => Assert.Empty(r.Requirements));
    }
}
