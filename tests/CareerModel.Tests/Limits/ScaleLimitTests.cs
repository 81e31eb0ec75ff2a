using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Limits;

/// <summary>
/// The largest inputs the engines take, and the clear refusal past each: a catalog's size for the
/// recommender's dense layout, the number of paths and the number of steps a request asks for.
/// </summary>
public class ScaleLimitTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 0, 0));

    /// <summary>A catalog of <paramref name="roles"/> roles over <paramref name="skills"/> skills, each role asking for one.</summary>
    private static CareerCatalog Catalog(int roles, int skills) => new CareerCatalogBuilder()
        .AddSkills(Enumerable.Range(0, skills).Select(s => new Skill($"s{s}", $"Skill {s}", SkillCategory.Technical)))
        .AddRoles(Enumerable.Range(0, roles).Select(r => new Role($"r{r}", $"Role {r}", "f", CareerTrack.IndividualContributor, 1)
            .WithRequirements([SkillRequirement.Required($"s{r % skills}", 2, 1)])))
        .Build();

    [Fact]
    public void A_catalog_past_the_dense_layouts_cells_is_refused_before_anything_is_allocated()
    {
        // 2,100 roles × 8,000 skills: 16.8 million cells, just past 2²⁴.
        var catalog = Catalog(2_100, 8_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var ex = Assert.Throws<ArgumentException>(() => Recommender.Create(catalog, Clock, layout: ScoringLayout.Dense));

        Assert.Equal("layout", ex.ParamName);
        Assert.StartsWith("The catalog's 2,100 roles × 8,000 skills make 16,800,000 requirement cells, more than the 16,777,216", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("(MaxCatalogCells); the sparse layout holds it. (Parameter 'layout')", ex.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "The refusal allocated the matrices first.");
    }

    [Fact]
    public void A_catalog_past_the_dense_layouts_cells_compiles_sparse_by_default_in_a_few_megabytes()
    {
        var catalog = Catalog(2_100, 8_000);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var recommender = Recommender.Create(catalog, Clock);

        Assert.Equal(ScoringLayout.Sparse, recommender.Layout);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16 * 1024 * 1024, "The sparse layout allocated as much as a dense matrix.");
        Assert.Empty(recommender.Recommend(new Profile("r0")).Paths);
    }

    [Fact]
    public void A_catalog_just_inside_the_limit_compiles_dense_when_asked_and_recommends()
    {
        // 2,000 roles × 8,000 skills: 16 million cells, under 2²⁴.
        var catalog = Catalog(2_000, 8_000);
        var recommender = Recommender.Create(catalog, Clock, layout: ScoringLayout.Dense);

        var result = recommender.Recommend(new Profile("r0"));

        Assert.Empty(result.Paths);
        Assert.Equal(2_000, recommender.Scorer.RoleCount);
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(1_001, 3)]
    [InlineData(10, 0)]
    [InlineData(10, 9)]
    public void A_request_past_the_count_or_step_limits_is_refused_naming_the_limit(int count, int steps)
    {
        var recommender = Recommender.Create(Catalog(3, 3), Clock);

        var ex = Assert.Throws<ArgumentException>(() => recommender.Recommend(new Profile("r0"), new RecommendationOptions { Count = count, MaxSteps = steps }));

        Assert.Matches(@"^(Count -?\d+ must be from 1 to 1000\.|MaxSteps -?\d+ must be from 1 to 8\.)", ex.Message);
    }
}
