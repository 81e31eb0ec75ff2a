using CareerModel.Assessment;
using CareerModel.Esco;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Esco;

/// <summary>The recommender on the real ESCO release: the sparse layout it picks, and what it recommends to a call centre agent.</summary>
[Collection(EscoReleaseGroup.Name)]
public class EscoRecommendationTests(EscoReleaseFixture release)
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 12, 4, 12, 0));

    private EscoImportResult Result => release.Result;

    private Recommender Recommender => release.Recommender;

    [Fact]
    public void The_recommender_compiles_the_release_in_the_sparse_layout()
    {
        Assert.Equal(ScoringLayout.Sparse, Recommender.Layout);
        Assert.Equal(ScoringLayout.Sparse, Recommender.Scorer.Layout);
        Assert.Equal(3_007, Recommender.Scorer.RoleCount);
    }

    [Fact]
    public void The_sparse_layout_holds_the_release_in_a_few_megabytes()
    {
        // The dense matrices would hold 3,007 × 13,896 cells each: 167 MB a matrix.
        Assert.InRange(Recommender.Compiled.ScoringSizeInBytes, 1, 8L * 1024 * 1024);
    }

    [Fact]
    public void The_dense_layout_refuses_the_release_before_allocating_naming_the_limit()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Assert.Throws<ArgumentException>(() => Recommender.Create(Result.Catalog, Clock, layout: ScoringLayout.Dense));

        Assert.StartsWith("The catalog's 3,007 roles × 13,896 skills make ", e.Message, StringComparison.Ordinal);
        Assert.Contains("(MaxCatalogCells)", e.Message, StringComparison.Ordinal);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 1024 * 1024, "The refusal allocated the matrices first.");
    }

    [Fact]
    public void A_call_centre_agent_s_next_moves_are_customer_facing_and_service_roles()
    {
        var agent = Occupation("call centre agent");
        var result = Recommender.Recommend(HolderOf(agent), new RecommendationOptions { MaxSteps = 1, Count = 10 });

        var next = result.Paths.Select(p => Result.Occupations[p.Final.Target.Id].PreferredLabel).ToList();
        Assert.Equal(10, next.Count);
        Assert.Contains("live chat operator", next);
        Assert.Contains("ICT help desk agent", next);
        // Service and sales work (ISCO 5) as the agent's own 5244, clerical support (4), or a step
        // up to technician (3: the help desk is 3512); each one asks for some of what the agent holds.
        Assert.All(result.Paths, p => Assert.Contains(Result.Occupations[p.Final.Target.Id].IscoGroup[0], "345"));
        Assert.All(result.Paths, p => Assert.True(p.Final.Fit > 0, $"{p.Final.Target.Title} fits {p.Final.Fit}"));
    }

    [Fact]
    public void The_recommender_s_fits_on_the_release_are_the_assessor_s()
    {
        var agent = Occupation("call centre agent");
        var person = HolderOf(agent);
        var assessor = CareerAssessor.Create(Result.Catalog, Clock);

        var result = Recommender.Recommend(person, new RecommendationOptions { MaxSteps = 2, Count = 20 });

        Assert.NotEmpty(result.Paths);
        foreach (var step in result.Paths.SelectMany(p => p.Steps))
            Assert.Equal(assessor.AnalyzeGaps(person, step.Target.Id).Fit, step.Fit, 5);
    }

    [Fact]
    public void The_scorer_reads_a_person_against_every_occupation_in_one_pass()
    {
        var agent = Occupation("call centre agent");
        var scorer = Recommender.Scorer;
        var skills = scorer.CreateSkillVector(HolderOf(agent));
        var fit = new float[scorer.RoleCount];
        var months = new float[scorer.RoleCount];

        scorer.ScoreAll(skills, fit, months);

        var own = Enumerable.Range(0, scorer.RoleCount).Single(i => scorer.RoleIdAt(i) == agent.Id);
        Assert.Equal(1f, fit[own]);
        Assert.Equal(0f, months[own]);
        Assert.All(fit, f => Assert.InRange(f, 0f, 1.0001f));
    }

    private EscoOccupation Occupation(string label) => Result.Occupations.Values.Single(o => o.PreferredLabel == label);

    /// <summary>A person three years in an occupation who holds its essential skills.</summary>
    private Profile HolderOf(EscoOccupation occupation) =>
        new Profile(occupation.Id)
            .WithSkills(Result.Catalog.GetRole(occupation.Id).Requirements.Where(r => r.IsRequired).Select(r => new SkillLevel(r.SkillId, 1)))
            .WithWorkHistory(new WorkHistory([new Employment(occupation.Id, new LocalDate(2023, 12, 1))]));
}
