using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>The search against brute force, and the invariants of scoring, over small random catalogs.</summary>
[Properties(Arbitrary = [typeof(RecommendationArbitraries)], MaxTest = 150)]
public class RecommenderProperties
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    [Property]
    public Property The_search_returns_the_true_top_k_paths(SmallWorld world, byte k, bool toTarget)
    {
        var recommender = Recommender.Create(world.Catalog, Clock);
        var options = new RecommendationOptions { Count = 1 + (k % 12), MaxSteps = 3, Weights = world.Weights };
        var target = toTarget ? world.Catalog.Roles[^1].Id : null;
        var fast = target is null ? recommender.Recommend(world.Profile, options) : recommender.RecommendPathsTo(world.Profile, target, options);
        var slow = recommender.RecommendExhaustively(world.Profile, options, target);

        static string Describe(RecommendationResult r) => string.Join(" | ", r.Paths.Select(p => $"{string.Join(">", p.RoleIds)}={p.Score.Total:R}"));
        return (Describe(fast) == Describe(slow)).Label($"search: {Describe(fast)}\nbrute force: {Describe(slow)}");
    }

    [Property]
    public Property Scores_are_sorted_and_paths_follow_catalog_transitions(SmallWorld world)
    {
        var paths = Recommender.Create(world.Catalog, Clock).Recommend(world.Profile, new RecommendationOptions { Count = 50, Weights = world.Weights }).Paths;
        var sorted = paths.Zip(paths.Skip(1)).All(p => p.First.Score.Total >= p.Second.Score.Total);
        var valid = paths.All(p => p.Steps.All(s => world.Catalog.GetTransitionsFrom(s.Transition.FromRoleId).Contains(s.Transition)))
            && paths.All(p => p.RoleIds.Distinct().Count() == p.RoleIds.Count);
        return (sorted && valid).Label(string.Join(" | ", paths));
    }

    [Property]
    public Property Improving_a_skill_never_lowers_any_roles_fit(SmallWorld world, byte skillIndex, byte raise)
    {
        var recommender = Recommender.Create(world.Catalog, Clock);
        var before = recommender.CreateSkillVector(world.Profile);
        var after = (float[])before.Clone();
        var s = skillIndex % world.Catalog.Skills.Count;
        after[s] = Math.Min(5f, after[s] + (raise % 6));
        var fitBefore = new float[recommender.RoleCount];
        var fitAfter = new float[recommender.RoleCount];
        var months = new float[recommender.RoleCount];
        recommender.ScoreAll(before, fitBefore, months);
        recommender.ScoreAll(after, fitAfter, months);
        return fitBefore.Zip(fitAfter).All(p => p.Second >= p.First - 1e-6f).Label($"{string.Join(",", fitBefore)} → {string.Join(",", fitAfter)}");
    }

    [Property]
    public Property Results_do_not_depend_on_the_order_the_catalog_was_built_in(SmallWorld world, int seed)
    {
        var random = new Random(seed);
        var shuffled = CareerCatalog.CreateBuilder()
            .UseProficiencyScale(world.Catalog.ProficiencyScale)
            .AddSkills(world.Catalog.Skills.OrderBy(_ => random.Next()))
            .AddRegions(world.Catalog.Regions.OrderBy(_ => random.Next()))
            .AddRoles(world.Catalog.Roles.OrderBy(_ => random.Next()))
            .AddTransitions(world.Catalog.Transitions.OrderBy(_ => random.Next()))
            .Build();
        var options = new RecommendationOptions { Count = 20, Weights = world.Weights };
        string Run(CareerCatalog c) => Recommender.Create(c, Clock).Recommend(world.Profile, options).ToString();
        return (Run(world.Catalog) == Run(shuffled)).Label(Run(world.Catalog));
    }
}

/// <summary>A small random catalog (2–7 roles, 4 skills, random moves and US pay) and a person in its first role.</summary>
public sealed class SmallWorld(CareerCatalog catalog, Profile profile, ScoreWeights weights)
{
    public CareerCatalog Catalog { get; } = catalog;

    public Profile Profile { get; } = profile;

    public ScoreWeights Weights { get; } = weights;

    public override string ToString() =>
        $"{Catalog}; moves {string.Join(", ", Catalog.Transitions)}; skills {string.Join(", ", Profile.Skills)}; weights {Weights}";
}

public static class RecommendationArbitraries
{
    private static readonly string[] SkillIds = ["s0", "s1", "s2", "s3"];

    public static Arbitrary<SmallWorld> SmallWorld() => Arb.From(
        from roleCount in Gen.Choose(2, 7)
        from ranks in Gen.ArrayOf(Gen.Choose(1, 3), roleCount)
        from needs in Gen.ArrayOf(Gen.Choose(0, 4), roleCount * SkillIds.Length)
        from pays in Gen.ArrayOf(Gen.Choose(0, 9), roleCount)
        from edges in Gen.ListOf(Gen.Zip(Gen.Choose(0, roleCount - 1), Gen.Zip(Gen.Choose(0, roleCount - 1), Gen.Choose(0, 30))))
        from levels in Gen.ArrayOf(Gen.Choose(0, 5), SkillIds.Length)
        from weights in Gen.ArrayOf(Gen.Choose(0, 3), 5).Where(w => w.Sum() > 0)
        select Build(roleCount, ranks, needs, pays, [.. edges.Select(e => (e.Item1, e.Item2.Item1, e.Item2.Item2))], levels, weights));

    private static SmallWorld Build(int roleCount, int[] ranks, int[] needs, int[] pays, (int From, int To, int Months)[] edges, int[] levels, int[] weights)
    {
        var builder = CareerCatalog.CreateBuilder()
            .AddSkills(SkillIds.Select(id => new Skill(id, id.ToUpperInvariant(), SkillCategory.Technical)))
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("US", "United States", RegionKind.Country, Currency.USD, "world")]);
        for (var r = 0; r < roleCount; r++)
        {
            var requirements = SkillIds.Select((s, i) => (s, need: needs[(r * SkillIds.Length) + i]))
                .Where(x => x.need > 0).Select(x => new SkillRequirement(x.s, x.need, 1 + (x.need % 3)));
            var bands = pays[r] == 0 ? null : new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(new Money(20_000 + (pays[r] * 10_000), Currency.USD)) };
            builder.AddRole(new Role($"r{r}", $"Role {r}", "family", r % 2 == 0 ? CareerTrack.IndividualContributor : CareerTrack.Management,
                ranks[r], ExperienceRange.Years(ranks[r] - 1), requirements, bands));
        }
        foreach (var (from, to, months) in edges.Where(e => e.From != e.To).DistinctBy(e => (e.From, e.To)))
            builder.AddTransition(new Transition($"r{from}", $"r{to}", TransitionKind.Lateral, Period.FromMonths(months)));
        var profile = new Profile("r0", "US", SkillIds.Select((s, i) => new SkillLevel(s, levels[i])).Where(x => x.Level > 0));
        return new SmallWorld(builder.Build(), profile, ScoreWeights.Create(weights[0], weights[1], weights[2], weights[3], weights[4]));
    }
}
