using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The search's measures on a small hand-made catalog, value by value: how near each role is to a
/// target (moves, months, strongest chain), which moves can still reach it, and the bounds the
/// best-first search prunes by. A looser measure only slows the search, so the brute-force
/// properties cannot see it; these pin each one exactly.
/// </summary>
public class RequestScorerTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    /// <summary>
    /// a → b (12 months, strength 0.8), b → t (6, 0.5), a → c (3, 1), c → b (3, 0.9), a → x (1, 1):
    /// every role asks for what the person has, so a move takes its transition's months.
    /// </summary>
    private static readonly CareerCatalog Catalog = CareerCatalog.CreateBuilder()
        .AddSkills([new Skill("s", "S", SkillCategory.Technical)])
        .AddRoles(new[] { ("a", 0m), ("b", 0.02m), ("c", 0m), ("t", 0.05m), ("x", 0m) }.Select(r =>
            new Role(r.Item1, r.Item1.ToUpperInvariant(), "family", CareerTrack.IndividualContributor, 1)
                .WithRequirements([SkillRequirement.Required("s", 1)])
                .WithOutlook(r.Item2 == 0 ? null : new Outlook(r.Item2))))
        .AddTransitions(
        [
            new Transition("a", "b", TransitionKind.Lateral, Period.FromMonths(12), 0.8),
            new Transition("b", "t", TransitionKind.Lateral, Period.FromMonths(6), 0.5),
            new Transition("a", "c", TransitionKind.Lateral, Period.FromMonths(3), 1),
            new Transition("c", "b", TransitionKind.Lateral, Period.FromMonths(3), 0.9),
            new Transition("a", "x", TransitionKind.Lateral, Period.FromMonths(1), 1),
        ])
        .Build();

    private static readonly Recommender Engine = Recommender.Create(Catalog, Clock);
    private static readonly Profile Person = new Profile("a").WithSkills([new SkillLevel("s", 1)]);

    private static readonly string[] Ids = ["a", "b", "c", "t", "x"];

    private static int At(string id) => Engine.Compiled.RoleIndex[id];

    private static RequestScorer Scorer(ScoreWeights? weights = null, int horizonMonths = 120, string? target = "t") =>
        Engine.Prepare(Person, new RecommendationOptions { Weights = weights ?? ScoreWeights.Default, Horizon = Period.FromMonths(horizonMonths) }, target is null ? null : At(target)).Scorer;

    [Fact]
    public void The_fewest_moves_to_the_target_are_counted_for_the_roles_a_path_can_pass_through()
    {
        var reach = Scorer().ReachTo(At("t"));

        // The person's own role a is never passed through again (paths are loopless), and x lies on no path to t.
        Assert.Equal([int.MaxValue, 1, 2, 0, int.MaxValue], Ids.Select(id => reach.Hops[At(id)]));
    }

    [Fact]
    public void The_fewest_months_to_the_target_follow_the_quickest_route()
    {
        var reach = Scorer().ReachTo(At("t"));

        // c → b → t takes 3 + 6 = 9 months; x never reaches t.
        Assert.Equal([int.MaxValue, 6, 9, 0, int.MaxValue], Ids.Select(id => reach.Months[At(id)]));
    }

    [Fact]
    public void The_strongest_chain_to_the_target_is_the_largest_product_of_strengths()
    {
        var chain = Scorer().ReachTo(At("t")).StrongestChain!;

        // From c: c → b → t keeps 0.9 × 0.5 = 0.45.
        Assert.Equal(0, chain[At("a")]);
        Assert.Equal(0.5, chain[At("b")], 9);
        Assert.Equal(0.45, chain[At("c")], 9);
        Assert.Equal(1, chain[At("t")], 9);
        Assert.Equal(0, chain[At("x")]);
        Assert.All(chain, c => Assert.InRange(c, 0, 1));
    }

    [Theory]
    [InlineData(120, new[] { "b", "c", "x" }, new[] { "b", "c" })]
    [InlineData(18, new[] { "b", "c", "x" }, new[] { "b", "c" })]
    [InlineData(17, new[] { "b", "c", "x" }, new[] { "c" })]
    [InlineData(12, new[] { "b", "c", "x" }, new[] { "c" })]
    [InlineData(11, new[] { "c", "x" }, new string[0])]
    public void Towards_a_target_only_the_moves_that_can_still_reach_it_in_time_are_taken(int horizonMonths, string[] anywhere, string[] towardsTarget)
    {
        var scorer = Scorer(horizonMonths: horizonMonths);
        var children = new List<PartialPath>();

        scorer.Children(PartialPath.Start(At("a")), children);
        var free = children.Select(c => Catalog.Roles[c.Last].Id).Order(StringComparer.Ordinal).ToArray();
        scorer.Children(PartialPath.Start(At("a")), children, scorer.ReachTo(At("t")));
        var aimed = children.Select(c => Catalog.Roles[c.Last].Id).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(anywhere, free);
        Assert.Equal(towardsTarget, aimed);
    }

    [Fact]
    public void The_bound_of_a_path_that_may_end_anywhere_takes_the_best_of_every_final_part_and_perfect_fits()
    {
        var scorer = Scorer(new ScoreWeights(0, 1, 1, 1, 0, 1, 0), target: null);
        var start = PartialPath.Start(At("a"));
        var viaB = start.Extend(At("b"), 0.5, 12, 0.8);

        // Fit (0.5 + 2) ÷ 3, time −12 ÷ 120, the best outlook 0.05 (t), relatedness 0.8.
        // Outlook growth is held as a float: to 6 places.
        Assert.Equal(1 + 0.05 + 1, scorer.Bound(start), 6);
        Assert.Equal((2.5 / 3) - 0.1 + 0.05 + 0.8, scorer.Bound(viaB), 6);
    }

    [Fact]
    public void The_bound_of_a_path_towards_the_target_takes_the_targets_parts_the_least_months_and_the_strongest_chain()
    {
        var scorer = Scorer(new ScoreWeights(0, 1, 1, 1, 0, 1, 0));
        var reach = scorer.ReachTo(At("t"));
        var start = PartialPath.Start(At("a"));
        var viaB = start.Extend(At("b"), 0.5, 12, 0.8);
        var viaC = start.Extend(At("c"), 1, 3, 1);

        // Via b: fit (0.5 + 1) ÷ 2 after one more move, or (0.5 + 1 + 1) ÷ 3 after two: 0.833;
        // time −(12 + 6) ÷ 120; t's outlook 0.05; relatedness 0.8 × 0.5.
        Assert.Equal((2.5 / 3) - 0.15 + 0.05 + 0.4, scorer.Bound(viaB, reach), 6);
        // Via c: two more moves at least, fit (1 + 1 + 1) ÷ 3; time −(3 + 9) ÷ 120; relatedness 1 × 0.45.
        Assert.Equal(1 - 0.1 + 0.05 + 0.45, scorer.Bound(viaC, reach), 6);
    }

    [Fact]
    public void Every_bound_is_at_least_the_exact_score_of_each_path_it_covers()
    {
        var scorer = Scorer(new ScoreWeights(1, 1, 1, 1, 1, 1, 1));
        var reach = scorer.ReachTo(At("t"));
        var all = new PathSearch(scorer).AllPaths(At("t"), int.MaxValue);

        Assert.NotEmpty(all);
        foreach (var path in all)
        {
            // The search bounds the paths it queues, never the start.
            for (var prefix = path.Parent; prefix is { Steps: > 0 }; prefix = prefix.Parent)
            {
                Assert.True(scorer.Bound(prefix, reach) >= scorer.Exact(path) - 1e-12);
                Assert.True(scorer.Bound(prefix) >= scorer.Exact(path) - 1e-12);
            }
        }
    }
}
