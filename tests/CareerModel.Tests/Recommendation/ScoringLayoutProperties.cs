using CareerModel.Careers;
using CareerModel.Recommendation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The dense and the sparse layouts against each other and against the assessor, on catalogs of
/// every density (1% to 100% of the cells required), multi-step worlds and requirements with
/// intervals: the same fits and months to the bit, the same paths, gaps and explanations.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringLayoutArbitraries), typeof(RecommendationArbitraries)], MaxTest = 200)]
public class ScoringLayoutProperties
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    [Property]
    public Property Both_layouts_score_every_role_to_the_same_bits(AnyDensityWorld world)
    {
        var (dense, sparse) = Both(world.World.Catalog);
        var (denseFit, denseMonths) = ScoreAllProperties.Score(dense, world.World.Profile);
        var (sparseFit, sparseMonths) = ScoreAllProperties.Score(sparse, world.World.Profile);
        var wrong = Enumerable.Range(0, denseFit.Length)
            .Where(r => BitConverter.SingleToInt32Bits(denseFit[r]) != BitConverter.SingleToInt32Bits(sparseFit[r])
                || BitConverter.SingleToInt32Bits(denseMonths[r]) != BitConverter.SingleToInt32Bits(sparseMonths[r]))
            .Select(r => $"{dense.Scorer.RoleIdAt(r)}: fit {denseFit[r]:R} / {sparseFit[r]:R}, months {denseMonths[r]:R} / {sparseMonths[r]:R}")
            .ToList();
        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [Property]
    public Property The_sparse_layouts_fits_are_the_assessors(AnyDensityWorld world) =>
        ScoreAllProperties.FitsAgreeWithTheAssessor(Recommender.Create(world.World.Catalog, Clock, layout: ScoringLayout.Sparse), world.World.Profile);

    [Property]
    public Property Both_layouts_recommend_the_same_next_moves_with_the_same_gaps_and_explanations(AnyDensityWorld world)
    {
        var (dense, sparse) = Both(world.World.Catalog);
        var options = new RecommendationOptions { Count = 50, MaxSteps = 1 };
        var expected = RecommendationText.Render(dense.Recommend(world.World.Profile, options));
        var actual = RecommendationText.Render(sparse.Recommend(world.World.Profile, options));
        return (expected == actual).Label($"dense:\n{expected}\nsparse:\n{actual}");
    }

    [Property]
    public Property Both_layouts_find_the_same_multi_step_paths_anywhere_and_to_a_target(SmallWorld world)
    {
        var (dense, sparse) = Both(world.Catalog);
        var options = new RecommendationOptions { Weights = world.Weights, Count = 20, MaxSteps = 3 };
        var target = world.Catalog.Roles[^1].Id;
        var expected = RecommendationText.Render(dense.Recommend(world.Profile, options)) + RecommendationText.Render(dense.RecommendPathsTo(world.Profile, target, options));
        var actual = RecommendationText.Render(sparse.Recommend(world.Profile, options)) + RecommendationText.Render(sparse.RecommendPathsTo(world.Profile, target, options));
        return (expected == actual).Label($"dense:\n{expected}\nsparse:\n{actual}");
    }

    [Property]
    public Property Both_layouts_give_the_same_fit_intervals_and_pessimistic_rankings(UncertainWorld world)
    {
        var (dense, sparse) = Both(world.World.Catalog);
        var options = new RecommendationOptions { Weights = world.World.Weights, Count = 20, MaxSteps = 2, RankByPessimisticFit = true };
        var expected = RecommendationText.Render(dense.Recommend(world.World.Profile, options));
        var actual = RecommendationText.Render(sparse.Recommend(world.World.Profile, options));
        return (expected == actual).Label($"dense:\n{expected}\nsparse:\n{actual}");
    }

    [Property]
    public Property The_automatic_layout_is_dense_from_one_cell_in_five(AnyDensityWorld world)
    {
        var catalog = world.World.Catalog;
        var required = catalog.Roles.Sum(r => r.Requirements.Count(q => q.IsRequired));
        var expected = required >= catalog.Roles.Count * catalog.Skills.Count / 5.0 ? ScoringLayout.Dense : ScoringLayout.Sparse;
        return (Recommender.Create(catalog, Clock).Layout == expected).Label($"{required} required of {catalog.Roles.Count} × {catalog.Skills.Count}");
    }

    private static (Recommender Dense, Recommender Sparse) Both(CareerCatalog catalog) =>
        (Recommender.Create(catalog, Clock, layout: ScoringLayout.Dense), Recommender.Create(catalog, Clock, layout: ScoringLayout.Sparse));
}

/// <summary>A <see cref="WideWorld"/> whose roles ask for anything from 1% to all of its skills.</summary>
public sealed class AnyDensityWorld(WideWorld world, int density)
{
    public WideWorld World { get; } = world;

    public int Density { get; } = density;

    public override string ToString() => $"density {Density}%: {World}";
}

public static class ScoringLayoutArbitraries
{
    public static Arbitrary<AnyDensityWorld> AnyDensityWorld() => Arb.From(
        from skillCount in Gen.Choose(1, 70)
        from roleCount in Gen.Choose(1, 12)
        from density in Gen.Choose(1, 100)
        from cells in Gen.ArrayOf(Gen.Choose(0, 99), roleCount * skillCount * 3)
        from levels in Gen.ArrayOf(Gen.Choose(0, 10), skillCount)
        select new AnyDensityWorld(ScoreAllArbitraries.Build(skillCount, roleCount, density, cells, levels), density));
}
