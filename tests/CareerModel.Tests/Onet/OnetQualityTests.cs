using CareerModel.Evaluate;
using CareerModel.Onet;
using NodaTime;
using NodaTime.Testing;
using Xunit.Abstractions;

namespace CareerModel.Tests.Onet;

/// <summary>
/// Guards the figures docs/quality.md records on the development half of O*NET's Related
/// Occupations: each floor is a little under what the code reaches, so a change that makes a
/// ranking worse fails here. Raise a floor when a change makes its ranking better.
/// </summary>
[Collection(OnetReleaseGroup.Name)]
public class OnetQualityTests(OnetReleaseFixture fixture, ITestOutputHelper output)
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 12, 3, 12, 0));

    private static EvaluationReport? report;

    private EvaluationReport Report => LazyInitializer.EnsureInitialized(ref report, () =>
        OnetEvaluation.Run(fixture.Result, OnetRelatedOccupations.Load(OnetRelatedOccupationsTests.DevelopmentHalf), Clock));

    [Fact]
    public void The_inferred_transitions_find_the_experts_related_occupations()
    {
        var figures = Report.InferredTransitions;
        output.WriteLine(figures.ToString());

        AssertFloors(figures, recallAt10: 0.48, primaryShortRecallAt5: 0.43, mrr: 0.87, ndcgAt10: 0.56);
    }

    [Fact]
    public void The_next_moves_recommended_find_the_experts_related_occupations()
    {
        var figures = Report.NextMoves;
        output.WriteLine(figures.ToString());

        AssertFloors(figures, recallAt10: 0.465, primaryShortRecallAt5: 0.40, mrr: 0.84, ndcgAt10: 0.535);
    }

    [Fact]
    public void The_default_paths_end_at_related_occupations()
    {
        var figures = Report.DefaultPaths;
        output.WriteLine(figures.ToString());

        AssertFloors(figures, recallAt10: 0.35, primaryShortRecallAt5: 0.37, mrr: 0.83, ndcgAt10: 0.46);
    }

    [Fact]
    public void Every_source_of_the_development_half_is_measured_for_a_day_three_years_into_the_job()
    {
        Assert.Equal(476, Report.Sources);
        Assert.Equal(new LocalDate(2026, 12, 3), Report.Date);
        Assert.All(Report.Rankings, r => Assert.Equal(476, r.Primary.Queries.Count));
        var profile = OnetEvaluation.ProfileFor(fixture.Result, "43-4051.00", Report.Date);
        Assert.Equal("US", profile.RegionId);
        Assert.Equal(new LocalDate(2023, 12, 3), Assert.Single(profile.WorkHistory!.Employments).Start);
    }

    private static void AssertFloors(RankingFigures figures, double recallAt10, double primaryShortRecallAt5, double mrr, double ndcgAt10)
    {
        Assert.True(figures.RecallAt10 >= recallAt10, $"recall@10 {figures.RecallAt10:0.000} fell below {recallAt10}");
        Assert.True(figures.PrimaryShortRecallAt5 >= primaryShortRecallAt5, $"recall@5 (Primary-Short) {figures.PrimaryShortRecallAt5:0.000} fell below {primaryShortRecallAt5}");
        Assert.True(figures.MeanReciprocalRank >= mrr, $"MRR {figures.MeanReciprocalRank:0.000} fell below {mrr}");
        Assert.True(figures.NdcgAt10 >= ndcgAt10, $"NDCG@10 {figures.NdcgAt10:0.000} fell below {ndcgAt10}");
    }
}
