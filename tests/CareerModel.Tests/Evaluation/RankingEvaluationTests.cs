using CareerModel.Evaluation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Evaluation;

/// <summary>Recall@k, MRR and NDCG@k on hand-made judgements with answers worked out by hand.</summary>
public class RankingEvaluationTests
{
    private static readonly RelevanceJudgement[] Judgements = [new("a", "b", 2), new("a", "c"), new("d", "e")];

    private static IReadOnlyList<string> Rank(string source) => source switch
    {
        "a" => ["a", "x", "b", "c"],
        "d" => ["e", "e", "y"],
        _ => [],
    };

    [Fact]
    public void Metrics_match_the_hand_computed_values()
    {
        var metrics = RankingEvaluation.Evaluate(Judgements, Rank, k: 2);

        // a: top 2 after dropping itself = [x, b]: recall 1/2, first hit at rank 2, DCG 3/log2(3), ideal 3 + 1/log2(3).
        var a = metrics.Queries[0];
        Assert.Equal(("a", 0.5, 2, 0.5), (a.SourceId, a.Recall, a.FirstRelevantRank!.Value, a.ReciprocalRank));
        Assert.Equal(3 / Math.Log2(3) / (3 + (1 / Math.Log2(3))), a.Ndcg, 12);
        // d: [e, y] once the repeat is dropped: everything perfect.
        Assert.Equal((1.0, 1.0, 1.0), (metrics.Queries[1].Recall, metrics.Queries[1].ReciprocalRank, metrics.Queries[1].Ndcg));
        Assert.Equal(0.75, metrics.RecallAtK);
        Assert.Equal(0.75, metrics.MeanReciprocalRank);
        Assert.Equal((a.Ndcg + 1) / 2, metrics.NdcgAtK, 12);
        Assert.Equal("recall@2 0.75, MRR 0.75, NDCG@2 0.761 over 2 roles", metrics.ToString());
    }

    [Fact]
    public void A_ranking_that_finds_nothing_scores_zero()
    {
        var metrics = RankingEvaluation.Evaluate(Judgements, _ => ["z"], k: 10);

        Assert.Equal((0.0, 0.0, 0.0), (metrics.RecallAtK, metrics.MeanReciprocalRank, metrics.NdcgAtK));
        Assert.All(metrics.Queries, q => Assert.Null(q.FirstRelevantRank));
    }

    [Fact]
    public void Each_query_counts_the_related_roles_and_those_found_and_describes_itself()
    {
        var metrics = RankingEvaluation.Evaluate(Judgements, Rank, k: 2);

        var a = metrics.Queries[0];
        Assert.Equal((2, 1), (a.RelevantCount, a.RelevantFound));
        Assert.Equal((1, 1), (metrics.Queries[1].RelevantCount, metrics.Queries[1].RelevantFound));
        Assert.Equal("a: recall 0.5, RR 0.5, NDCG 0.521", a.ToString());
        Assert.Equal("d: recall 1, RR 1, NDCG 1", metrics.Queries[1].ToString());
    }

    [Fact]
    public void A_ranking_function_that_returns_null_is_taken_as_an_empty_ranking()
    {
        var metrics = RankingEvaluation.Evaluate(Judgements, _ => null!, k: 3);

        Assert.Equal(2, metrics.Queries.Count);
        Assert.All(metrics.Queries, q => Assert.Equal((0, 0.0, 0.0), (q.RelevantFound, q.Recall, q.Ndcg)));
        Assert.Equal("recall@3 0, MRR 0, NDCG@3 0 over 2 roles", metrics.ToString());
    }

    [Fact]
    public void A_judgement_describes_the_pair_and_its_grade()
    {
        Assert.Equal("a → b (grade 2)", new RelevanceJudgement("a", "b", 2).ToString());
        Assert.Equal("a → c (grade 1)", Judgements[1].ToString());
    }

    [Fact]
    public void Bad_judgements_and_cut_offs_are_rejected()
    {
        Assert.Contains("at least 1", Assert.Throws<ArgumentOutOfRangeException>(() => RankingEvaluation.Evaluate(Judgements, Rank, 0)).Message);
        Assert.Contains("At least one", Assert.Throws<ArgumentException>(() => RankingEvaluation.Evaluate([], Rank, 5)).Message);
        Assert.Contains("a → b is judged more than once", Assert.Throws<ArgumentException>(() => RankingEvaluation.Evaluate([new("a", "b"), new("a", "b", 2)], Rank, 5)).Message);
        Assert.Contains("itself", Assert.Throws<ArgumentException>(() => new RelevanceJudgement("a", "a")).Message);
        Assert.Equal("grade", Assert.Throws<ArgumentOutOfRangeException>(() => new RelevanceJudgement("a", "b", 0)).ParamName);
    }

    [Property(MaxTest = 200)]
    public Property The_ideal_ranking_scores_one_and_any_ranking_scores_between_zero_and_one(byte[] grades, int seed)
    {
        var judgements = grades.Take(20).Select((g, i) => new RelevanceJudgement("s", $"r{i}", 1 + (g % 5))).ToArray();
        var ideal = judgements.OrderByDescending(j => j.Grade).ThenBy(j => j.RelatedId, StringComparer.Ordinal).Select(j => j.RelatedId).ToArray();
        var shuffled = judgements.Select(j => j.RelatedId).Append("noise").OrderBy(id => HashCode.Combine(id, seed)).ToArray();
        return Prop.When(judgements.Length > 0, () =>
        {
            var best = RankingEvaluation.Evaluate(judgements, _ => ideal, ideal.Length);
            var any = RankingEvaluation.Evaluate(judgements, _ => shuffled, 5);
            bool InRange(double v) => v is >= 0 and <= 1;
            return (Math.Abs(best.NdcgAtK - 1) < 1e-12 && best.RecallAtK == 1 && best.MeanReciprocalRank == 1
                    && InRange(any.NdcgAtK) && InRange(any.RecallAtK) && InRange(any.MeanReciprocalRank))
                .Label($"ideal {best}, shuffled {any}");
        });
    }
}
