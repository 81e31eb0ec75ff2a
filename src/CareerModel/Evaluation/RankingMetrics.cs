namespace CareerModel.Evaluation;

/// <summary>
/// How well a recommender ranks related roles, averaged over every source role that has
/// judgements: recall@k, mean reciprocal rank (MRR) and NDCG@k, each from 0 (worst) to 1 (best).
/// </summary>
public sealed class RankingMetrics
{
    internal RankingMetrics(int k, IReadOnlyList<QueryMetrics> queries)
    {
        K = k;
        Queries = queries;
        RecallAtK = Mean(q => q.Recall);
        MeanReciprocalRank = Mean(q => q.ReciprocalRank);
        NdcgAtK = Mean(q => q.Ndcg);
    }

    /// <summary>Gets the cut-off: only the top k of each ranking count.</summary>
    public int K { get; }

    /// <summary>Gets the metrics of each source role, ordered by its id.</summary>
    public IReadOnlyList<QueryMetrics> Queries { get; }

    /// <summary>Gets the mean recall at k.</summary>
    public double RecallAtK { get; }

    /// <summary>Gets the mean reciprocal rank of the first related role within the top k.</summary>
    public double MeanReciprocalRank { get; }

    /// <summary>Gets the mean NDCG at k, with gain 2^grade − 1 and discount log2(rank + 1).</summary>
    public double NdcgAtK { get; }

    /// <summary>Describes the metrics, such as <c>recall@10 0.41, MRR 0.52, NDCG@10 0.38 over 120 roles</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"recall@{K} {RecallAtK:0.###}, MRR {MeanReciprocalRank:0.###}, NDCG@{K} {NdcgAtK:0.###} over {Queries.Count} roles");

    private double Mean(Func<QueryMetrics, double> metric) => Queries.Count == 0 ? 0 : Queries.Average(metric);
}
