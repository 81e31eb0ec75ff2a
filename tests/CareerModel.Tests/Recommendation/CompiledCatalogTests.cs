using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;

namespace CareerModel.Tests.Recommendation;

/// <summary>What the recommender compiles a catalog into: the layout it picks, the skill vector it fills, the memory it takes.</summary>
public class CompiledCatalogTests
{
    private static CareerCatalog Catalog(int roles, int requiring, params Skill[] skills) => CareerCatalog.CreateBuilder()
        .AddSkills(skills)
        .AddRoles(Enumerable.Range(0, roles).Select(r => new Role($"r{r}", $"Role {r}", "family", CareerTrack.IndividualContributor, 1)
            .WithRequirements(r < requiring ? [SkillRequirement.Required(skills[0].Id, 1)] : [])))
        .Build();

    private static readonly Skill Writing = new("writing", "Writing", SkillCategory.Technical);

    [Theory]
    [InlineData(1, ScoringLayout.Dense)]
    [InlineData(0, ScoringLayout.Sparse)]
    public void The_automatic_layout_is_dense_from_one_required_cell_in_five(int requiring, ScoringLayout expected)
    {
        // Five roles × one skill: one requirement is exactly the density of 1 in 5.
        Assert.Equal(expected, CompiledCatalog.Choose(Catalog(5, requiring, Writing), ScoringLayout.Automatic, long.MaxValue));
    }

    [Fact]
    public void The_automatic_layout_is_sparse_past_the_dense_limit_and_a_requested_layout_is_kept()
    {
        var catalog = Catalog(5, 5, Writing);

        Assert.Equal(ScoringLayout.Sparse, CompiledCatalog.Choose(catalog, ScoringLayout.Automatic, CompiledCatalog.DenseCells(catalog) - 1));
        Assert.Equal(ScoringLayout.Dense, CompiledCatalog.Choose(catalog, ScoringLayout.Automatic, CompiledCatalog.DenseCells(catalog)));
        Assert.Equal(ScoringLayout.Sparse, CompiledCatalog.Choose(catalog, ScoringLayout.Sparse, long.MaxValue));
    }

    [Fact]
    public void A_skill_vector_holds_the_persons_levels_and_nothing_left_from_before()
    {
        var compiled = new CompiledCatalog(Catalog(1, 1, Writing, new Skill("analysis", "Analysis", SkillCategory.Technical)), LearningTimes.Default, ScoringLayout.Dense);
        var vector = Enumerable.Repeat(9f, compiled.Stride).ToArray();

        compiled.FillSkillVector(new Profile().WithSkills([new SkillLevel("writing", 3), new SkillLevel("unknown-skill", 4)]), vector);

        Assert.Equal(3f, vector[compiled.SkillIndex["writing"]]);
        Assert.Equal(0f, vector[compiled.SkillIndex["analysis"]]);
        Assert.Equal(3f, vector.Sum());
    }

    [Fact]
    public void A_certification_counts_one_when_held_and_nothing_when_listed_as_a_skill_level_or_unknown()
    {
        var certified = new Skill("a-certificate", "A certificate", SkillCategory.Certification);
        var compiled = new CompiledCatalog(Catalog(1, 1, certified, Writing), LearningTimes.Default, ScoringLayout.Dense);
        var vector = new float[compiled.Stride];

        compiled.FillSkillVector(new Profile().WithSkills([new SkillLevel("a-certificate", 5)]).WithCertification("unknown-certificate"), vector);
        var unheld = vector.Sum();
        compiled.FillSkillVector(new Profile().WithCertification("a-certificate"), vector);

        Assert.Equal(0f, unheld);
        Assert.Equal(1f, vector[compiled.SkillIndex["a-certificate"]]);
        Assert.Equal(1f, vector.Sum());
    }

    [Theory]
    [InlineData(ScoringLayout.Dense)]
    [InlineData(ScoringLayout.Sparse)]
    public void The_built_in_catalogs_scoring_data_take_the_bytes_of_their_arrays(ScoringLayout layout)
    {
        var compiled = new CompiledCatalog(BuiltInCatalogs.CustomerService, LearningTimes.Default, layout);

        var tables = compiled.Estimate.SizeInBytes + (compiled.Pessimistic?.SizeInBytes ?? 0) + (compiled.Optimistic?.SizeInBytes ?? 0);
        Assert.Equal(tables + compiled.Profiles.SizeInBytes + (sizeof(float) * compiled.MonthsPerLevel.Length), compiled.ScoringSizeInBytes);
        Assert.Equal(layout == ScoringLayout.Dense ? ExpectedDenseBytes : ExpectedSparseBytes, compiled.Estimate.SizeInBytes);
        Assert.Equal(ExpectedProfileBytes, compiled.Profiles.SizeInBytes);
    }

    /// <summary>27 roles × (2 × 64 cells + a constant) × 4 bytes.</summary>
    private const long ExpectedDenseBytes = 27 * ((2 * 64) + 1) * 4;

    /// <summary>(440 lane slots × 4 arrays + 28 row starts + 27 constants) × 4 bytes.</summary>
    private const long ExpectedSparseBytes = ((440 * 4) + 28 + 27) * 4;

    /// <summary>The similarity index: an int and a double per (skill, role) entry, each skill's start, mean and scale, each role's dot mean and norm.</summary>
    private const long ExpectedProfileBytes = 3472;
}
