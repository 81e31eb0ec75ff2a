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
    public Property The_search_returns_the_true_top_k_paths(SmallWorld world, byte k, bool toTarget) =>
        SearchAgreesWithBruteForce(world, k, toTarget, rankByPessimisticFit: false);

    [Property]
    public Property The_search_returns_the_true_top_k_paths_of_any_length_within_any_horizon(SmallWorld world, byte k, bool toTarget, byte steps, byte horizonMonths) =>
        SearchAgreesWithBruteForce(world, k, toTarget, rankByPessimisticFit: false, maxSteps: 1 + (steps % 4), horizon: Period.FromMonths(1 + (horizonMonths % 60)))
            .Classify(horizonMonths % 60 < 20, "short horizon");

    [Property]
    public Property The_search_returns_the_true_top_k_paths_when_ranking_by_the_pessimistic_fit(UncertainWorld world, byte k, bool toTarget) =>
        SearchAgreesWithBruteForce(world.World, k, toTarget, rankByPessimisticFit: true)
            .Classify(world.World.Catalog.Roles.Any(r => r.Requirements.Any(q => q.UpperBound is not null || q.StandardError is not null)), "some interval");

    private static Property SearchAgreesWithBruteForce(SmallWorld world, byte k, bool toTarget, bool rankByPessimisticFit, int maxSteps = 3, Period? horizon = null)
    {
        var recommender = Recommender.Create(world.Catalog, Clock);
        var options = new RecommendationOptions { Count = 1 + (k % 12), MaxSteps = maxSteps, Horizon = horizon ?? Period.FromYears(10), Weights = world.Weights, RankByPessimisticFit = rankByPessimisticFit };
        var target = toTarget ? world.Catalog.Roles[^1].Id : null;
        var fast = target is null ? recommender.Recommend(world.Profile, options) : recommender.RecommendPathsTo(world.Profile, target, options);
        var slow = BruteForceSearch.Recommend(recommender, world.Profile, options, target);
        return (Describe(fast) == Describe(slow)).Label($"search: {Describe(fast)}\nbrute force: {Describe(slow)}");
    }

    private static string Describe(RecommendationResult r) => string.Join(" | ", r.Paths.Select(p => $"{string.Join(">", p.RoleIds)}={p.Score.Total:R}"));

    [Property]
    public Property No_score_nor_any_part_of_one_is_ever_NaN_or_infinite(UncertainWorld world, bool pessimistic)
    {
        var recommender = Recommender.Create(world.World.Catalog, Clock);
        var options = new RecommendationOptions { Count = 100, MaxSteps = 3, Weights = world.World.Weights, RankByPessimisticFit = pessimistic };
        var paths = recommender.Recommend(world.World.Profile, options).Paths
            .Concat(recommender.RecommendPathsTo(world.World.Profile, world.World.Catalog.Roles[^1].Id, options).Paths).ToArray();
        var bad = paths.Where(p => !double.IsFinite(p.Score.Total) || p.Score.Parts.Any(part => !double.IsFinite(part.Value))
            || p.Steps.Any(s => !double.IsFinite(s.Fit) || !double.IsFinite(s.Similarity))).ToArray();
        return (bad.Length == 0).Label(string.Join("\n", bad.Select(p => $"{p}: {p.Score}"))).Classify(paths.Length == 0, "no path");
    }

    [Property]
    public Property Each_fit_interval_runs_from_the_fit_at_the_upper_ends_to_the_fit_at_the_lower_ends_and_holds_the_fit(UncertainWorld world)
    {
        var recommender = Recommender.Create(world.World.Catalog, Clock);
        var atUpperEnds = FitsOf(world.AtUpperEnds, world.World.Profile);
        var atLowerEnds = FitsOf(world.AtLowerEnds, world.World.Profile);
        var steps = recommender.Recommend(world.World.Profile, new RecommendationOptions { Count = 100, Weights = world.World.Weights })
            .Paths.SelectMany(p => p.Steps).ToArray();
        var failures = steps.Where(step =>
        {
            var hasInterval = step.Target.Requirements.Any(q => q.IsRequired && (q.LowerBound ?? q.UpperBound ?? q.StandardError) is not null);
            if (step.FitInterval is not { } interval)
                return hasInterval;
            var pessimistic = atUpperEnds[step.Target.Id];
            var optimistic = atLowerEnds[step.Target.Id];
            return !hasInterval
                || !(interval.Pessimistic <= step.Fit && step.Fit <= interval.Optimistic)
                || Math.Abs(interval.Pessimistic - pessimistic) > 1e-5 || Math.Abs(interval.Optimistic - optimistic) > 1e-5
                || pessimistic > step.Fit + 1e-6 || optimistic < step.Fit - 1e-6;
        }).Select(step => $"{step.Target.Id}: fit {step.Fit:R} in {step.FitInterval?.Pessimistic:R}..{step.FitInterval?.Optimistic:R}, "
            + $"at the ends {atUpperEnds[step.Target.Id]:R}..{atLowerEnds[step.Target.Id]:R}").ToArray();
        return (failures.Length == 0).Label(string.Join("\n", failures)).Classify(steps.Any(s => s.FitInterval is not null), "some interval");
    }

    /// <summary>Each role's fit as the recommender reports it (1 exactly when nothing is missing), from <see cref="Recommender.ScoreAll"/>.</summary>
    private static Dictionary<string, double> FitsOf(CareerCatalog catalog, Profile profile)
    {
        var recommender = Recommender.Create(catalog, Clock);
        var fit = new float[recommender.Scorer.RoleCount];
        var months = new float[recommender.Scorer.RoleCount];
        recommender.Scorer.ScoreAll(recommender.Scorer.CreateSkillVector(profile), fit, months);
        return Enumerable.Range(0, fit.Length).ToDictionary(
            recommender.Scorer.RoleIdAt,
            r => months[r] == 0 ? 1 : Math.Min(Math.Clamp(fit[r], 0, 1), Math.BitDecrement(1.0)));
    }

    [Property]
    public Property Without_the_option_intervals_change_no_score(UncertainWorld world)
    {
        var options = new RecommendationOptions { Count = 20, Weights = world.World.Weights };
        var withIntervals = Recommender.Create(world.World.Catalog, Clock).Recommend(world.World.Profile, options);
        var without = Recommender.Create(world.WithoutIntervals, Clock).Recommend(world.World.Profile, options);
        return (Describe(withIntervals) == Describe(without) && without.Paths.All(p => p.Steps.All(s => s.FitInterval is null)))
            .Label($"{Describe(withIntervals)}\n{Describe(without)}");
    }

    [Property]
    public Property Ranking_by_the_pessimistic_fit_changes_nothing_where_no_requirement_carries_an_interval(SmallWorld world)
    {
        var recommender = Recommender.Create(world.Catalog, Clock);
        var plain = recommender.Recommend(world.Profile, new RecommendationOptions { Count = 20, Weights = world.Weights });
        var pessimistic = recommender.Recommend(world.Profile, new RecommendationOptions { Count = 20, Weights = world.Weights, RankByPessimisticFit = true });
        return (plain.ToString() == pessimistic.ToString() && pessimistic.Paths.All(p => !p.Score.IsSkillFitPessimistic))
            .Label($"{plain}\n{pessimistic}");
    }

    [Property]
    public Property Ranking_by_the_pessimistic_fit_scores_the_mean_pessimistic_fit(UncertainWorld world)
    {
        var weights = new ScoreWeights(0, 1, 0, 0, 0, 0, 0);
        var paths = Recommender.Create(world.World.Catalog, Clock)
            .Recommend(world.World.Profile, new RecommendationOptions { Count = 20, Weights = weights, RankByPessimisticFit = true }).Paths;
        // A role with no requirements counts the unknown-fit estimate (0.5 by default), whatever its interval.
        var wrong = paths.Where(p => Math.Abs(p.Score.SkillFit - p.Steps.Average(s => s.Target.Requirements.Count == 0 ? 0.5 : s.FitInterval?.Pessimistic ?? s.Fit)) > 1e-12).ToArray();
        return (wrong.Length == 0).Label(string.Join(" | ", wrong.Select(p => p.ToString())));
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
        var before = recommender.Scorer.CreateSkillVector(world.Profile);
        var after = (float[])before.Clone();
        var s = skillIndex % world.Catalog.Skills.Count;
        after[s] = Math.Min(5f, after[s] + (raise % 6));
        var fitBefore = new float[recommender.Scorer.RoleCount];
        var fitAfter = new float[recommender.Scorer.RoleCount];
        var months = new float[recommender.Scorer.RoleCount];
        recommender.Scorer.ScoreAll(before, fitBefore, months);
        recommender.Scorer.ScoreAll(after, fitAfter, months);
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
    /// <summary>Gets what the world was built from, for the shrinker.</summary>
    internal object? Source { get; init; }

    public CareerCatalog Catalog { get; } = catalog;

    public Profile Profile { get; } = profile;

    public ScoreWeights Weights { get; } = weights;

    public override string ToString() =>
        $"{Catalog}; moves {string.Join(", ", Catalog.Transitions)}; skills {string.Join(", ", Profile.Skills)}; weights {Weights}";
}

/// <summary>
/// A small world whose requirements carry intervals, with the same catalog without them and with
/// every requirement moved to the upper and to the lower end of its interval.
/// </summary>
public sealed class UncertainWorld(SmallWorld world, CareerCatalog withoutIntervals, CareerCatalog atUpperEnds, CareerCatalog atLowerEnds)
{
    /// <summary>Gets what the world was built from, for the shrinker.</summary>
    internal object? Source { get; init; }

    public SmallWorld World { get; } = world;

    public CareerCatalog WithoutIntervals { get; } = withoutIntervals;

    public CareerCatalog AtUpperEnds { get; } = atUpperEnds;

    public CareerCatalog AtLowerEnds { get; } = atLowerEnds;

    public override string ToString() => $"{World}; requirements {string.Join(", ", World.Catalog.Roles.SelectMany(r => r.Requirements.Select(q => $"{r.Id}: {q}")))}";
}

public static class RecommendationArbitraries
{
    private static readonly string[] SkillIds = ["s0", "s1", "s2", "s3"];

    /// <summary>
    /// Small worlds, shrunk by dropping moves and roles and by zeroing needs and levels, so a
    /// failure is reported on the smallest catalog that still shows it.
    /// </summary>
    public static Arbitrary<SmallWorld> SmallWorld() => Arb.From(
        from raw in RawWorld
        select Build(raw, intervals: null, RequirementEnd.Estimate),
        world => Shrink((Raw)world.Source!).Select(raw => Build(raw, intervals: null, RequirementEnd.Estimate)));

    /// <summary>
    /// A small world whose requirements carry intervals of every kind — both bounds, a standard
    /// error alone, one bound alone, or none — some reaching past the scale's ends.
    /// </summary>
    public static Arbitrary<UncertainWorld> UncertainWorld() => Arb.From(
        from raw in RawWorld
        from intervals in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 4), Gen.Zip(Gen.Choose(0, 30), Gen.Choose(0, 30))), raw.Needs.Length)
        select Uncertain(raw, [.. intervals.Select(x => (Kind: x.Item1, Below: x.Item2.Item1 / 10.0, Above: x.Item2.Item2 / 10.0))]),
        world => ShrinkKeepingRoles(((Raw Raw, (int, double, double)[] Spreads))world.Source!));

    private static UncertainWorld Uncertain(Raw raw, (int Kind, double Below, double Above)[] spreads) =>
        new(Build(raw, spreads, RequirementEnd.Estimate), Build(raw, null, RequirementEnd.Estimate).Catalog, Build(raw, spreads, RequirementEnd.Upper).Catalog, Build(raw, spreads, RequirementEnd.Lower).Catalog)
        {
            Source = (raw, spreads),
        };

    /// <summary>Smaller worlds: one role dropped (with its moves; the person sits in whichever role is first), one move fewer, or one need or level zeroed.</summary>
    private static IEnumerable<Raw> Shrink(Raw raw)
    {
        for (var k = 0; raw.RoleCount > 2 && k < raw.RoleCount; k++)
        {
            var drop = k;
            int Renumber(int role) => role > drop ? role - 1 : role;
            yield return raw with
            {
                RoleCount = raw.RoleCount - 1,
                Ranks = [.. raw.Ranks[..drop], .. raw.Ranks[(drop + 1)..]],
                Needs = [.. raw.Needs[..(drop * SkillIds.Length)], .. raw.Needs[((drop + 1) * SkillIds.Length)..]],
                Pays = [.. raw.Pays[..drop], .. raw.Pays[(drop + 1)..]],
                Growths = raw.Growths.Length == raw.RoleCount ? [.. raw.Growths[..drop], .. raw.Growths[(drop + 1)..]] : raw.Growths,
                Edges = [.. raw.Edges.Where(e => e.From != drop && e.To != drop).Select(e => (Renumber(e.From), Renumber(e.To), e.Months, e.Strength))],
            };
        }
        foreach (var smaller in ShrinkSameShape(raw))
            yield return smaller;
    }

    /// <summary>Smaller worlds with the same roles (the intervals are per requirement cell): one move fewer, or one need or level zeroed.</summary>
    private static IEnumerable<Raw> ShrinkSameShape(Raw raw)
    {
        if (raw.PreferredTrack != 0)
            yield return raw with { PreferredTrack = 0 };
        for (var g = 0; g < raw.Growths.Length; g++)
        {
            if (raw.Growths[g] != 0)
                yield return raw with { Growths = [.. raw.Growths[..g], 0, .. raw.Growths[(g + 1)..]] };
        }
        for (var e = 0; e < raw.Edges.Length; e++)
            yield return raw with { Edges = [.. raw.Edges[..e], .. raw.Edges[(e + 1)..]] };
        for (var n = 0; n < raw.Needs.Length; n++)
        {
            if (raw.Needs[n] > 0)
                yield return raw with { Needs = [.. raw.Needs[..n], 0, .. raw.Needs[(n + 1)..]] };
        }
        for (var l = 0; l < raw.Levels.Length; l++)
        {
            if (raw.Levels[l] > 0)
                yield return raw with { Levels = [.. raw.Levels[..l], 0, .. raw.Levels[(l + 1)..]] };
        }
    }

    private static IEnumerable<UncertainWorld> ShrinkKeepingRoles((Raw Raw, (int Kind, double Below, double Above)[] Spreads) source)
    {
        foreach (var raw in ShrinkSameShape(source.Raw))
            yield return Uncertain(raw, source.Spreads);
        for (var i = 0; i < source.Spreads.Length; i++)
        {
            if (source.Spreads[i].Kind != 0)
                yield return Uncertain(source.Raw, [.. source.Spreads[..i], (0, 0, 0), .. source.Spreads[(i + 1)..]]);
        }
    }

    private enum RequirementEnd
    {
        Estimate,
        Upper,
        Lower,
    }

    private sealed record Raw(int RoleCount, int[] Ranks, int[] Needs, int[] Pays, (int From, int To, int Months, int Strength)[] Edges, int[] Levels, int[] Weights)
    {
        /// <summary>Each role's outlook growth in percent (0: no outlook), so the outlook part of the score and its bound vary.</summary>
        public int[] Growths { get; init; } = [];

        /// <summary>The track the person prefers (0: none, 1: individual contributor, 2: management), so the preference part varies.</summary>
        public int PreferredTrack { get; init; }
    }

    private static Gen<Raw> RawWorld { get; } =
        from roleCount in Gen.Choose(2, 7)
        from ranks in Gen.ArrayOf(Gen.Choose(1, 3), roleCount)
        from needs in Gen.ArrayOf(Gen.Choose(0, 4), roleCount * SkillIds.Length)
        from pays in Gen.ArrayOf(Gen.Choose(0, 9), roleCount)
        from edges in Gen.ListOf(Gen.Zip(Gen.Zip(Gen.Choose(0, roleCount - 1), Gen.Choose(0, roleCount - 1)), Gen.Zip(Gen.Choose(0, 30), Gen.Choose(0, 10))))
        from levels in Gen.ArrayOf(Gen.Choose(0, 5), SkillIds.Length)
        from weights in Gen.ArrayOf(Gen.Choose(0, 3), 7).Where(w => w.Sum() > 0)
        from growths in Gen.ArrayOf(Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(-4, 9))), roleCount)
        from preferred in Gen.Choose(0, 2)
        select new Raw(roleCount, ranks, needs, pays, [.. edges.Select(e => (e.Item1.Item1, e.Item1.Item2, e.Item2.Item1, e.Item2.Item2))], levels, weights)
        {
            Growths = growths,
            PreferredTrack = preferred,
        };

    /// <summary>
    /// Builds the world; with intervals, each requirement carries its kind of interval (at the
    /// estimate), or is moved to the upper or lower end of that interval as the recommender should
    /// read it: the bound, else the level ± 1.96 standard errors, else the level, clamped onto 0–5.
    /// </summary>
    private static SmallWorld Build(Raw raw, (int Kind, double Below, double Above)[]? intervals, RequirementEnd end)
    {
        var (roleCount, ranks, needs, pays, edges, levels, weights) = (raw.RoleCount, raw.Ranks, raw.Needs, raw.Pays, raw.Edges, raw.Levels, raw.Weights);
        SkillRequirement Requirement(string skill, int need, int cell)
        {
            var importance = 1 + (need % 3);
            if (intervals is null)
                return SkillRequirement.Required(skill, need, importance);
            var (kind, below, above) = intervals[cell];
            double? lower = kind is 1 or 4 ? need - below : null;
            double? upper = kind is 1 or 3 ? need + above : null;
            double? error = kind == 2 ? below / 2 : null;
            return end switch
            {
                RequirementEnd.Upper => SkillRequirement.Required(skill, Math.Min(5, upper ?? need + (1.959963984540054 * (error ?? 0))), importance),
                RequirementEnd.Lower => SkillRequirement.Required(skill, Math.Max(0, lower ?? need - (1.959963984540054 * (error ?? 0))), importance),
                _ => SkillRequirement.Required(skill, need, importance).WithUncertainty(standardError: error, lowerBound: lower, upperBound: upper),
            };
        }

        var builder = CareerCatalog.CreateBuilder()
            .AddSkills(SkillIds.Select(id => new Skill(id, id.ToUpperInvariant(), SkillCategory.Technical)))
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("US", "United States", RegionKind.Country, Currency.USD, "world")]);
        for (var r = 0; r < roleCount; r++)
        {
            var requirements = SkillIds.Select((s, i) => (s, need: needs[(r * SkillIds.Length) + i], cell: (r * SkillIds.Length) + i))
                .Where(x => x.need > 0).Select(x => Requirement(x.s, x.need, x.cell)).ToArray();
            var bands = pays[r] == 0 ? null : new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(new Money(20_000 + (pays[r] * 10_000), Currency.USD)) };
            builder.AddRole(new Role($"r{r}", $"Role {r}", "family", r % 2 == 0 ? CareerTrack.IndividualContributor : CareerTrack.Management, ranks[r])
                .WithTypicalExperience(ExperienceRange.Years(ranks[r] - 1))
                .WithRequirements(requirements)
                .WithPayBands(bands)
                .WithOutlook(r < raw.Growths.Length && raw.Growths[r] != 0 ? new Outlook(raw.Growths[r] / 100m) : null));
        }
        foreach (var (from, to, months, strength) in edges.Where(e => e.From != e.To).DistinctBy(e => (e.From, e.To)))
            builder.AddTransition(new Transition($"r{from}", $"r{to}", TransitionKind.Lateral, Period.FromMonths(months), strength / 10.0));
        var profile = new Profile("r0", "US").WithSkills(SkillIds.Select((s, i) => new SkillLevel(s, levels[i])).Where(x => x.Level > 0))
            .WithPreferences(raw.PreferredTrack switch
            {
                1 => new Preferences([CareerTrack.IndividualContributor]),
                2 => new Preferences([CareerTrack.Management]),
                _ => null,
            });
        return new SmallWorld(builder.Build(), profile, new ScoreWeights(weights[0], weights[1], weights[2], weights[3], weights[4], weights[5], weights[6])) { Source = raw };
    }
}
