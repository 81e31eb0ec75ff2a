namespace CareerModel.Evaluation;

/// <summary>How well one ranking did for one source role.</summary>
public sealed class QueryMetrics
{
    internal QueryMetrics(string sourceId, int relevantCount, int relevantFound, int? firstRelevantRank, double recall, double reciprocalRank, double ndcg)
    {
        SourceId = sourceId;
        RelevantCount = relevantCount;
        RelevantFound = relevantFound;
        FirstRelevantRank = firstRelevantRank;
        Recall = recall;
        ReciprocalRank = reciprocalRank;
        Ndcg = ndcg;
    }

    /// <summary>Gets the source role.</summary>
    public string SourceId { get; }

    /// <summary>Gets how many roles are judged related to the source.</summary>
    public int RelevantCount { get; }

    /// <summary>Gets how many of them appear in the top k.</summary>
    public int RelevantFound { get; }

    /// <summary>Gets the 1-based rank of the first related role in the top k, or <see langword="null"/> when none appears.</summary>
    public int? FirstRelevantRank { get; }

    /// <summary>Gets recall at k: related roles in the top k ÷ related roles.</summary>
    public double Recall { get; }

    /// <summary>Gets the reciprocal rank: 1 ÷ <see cref="FirstRelevantRank"/>, or 0 when none appears in the top k.</summary>
    public double ReciprocalRank { get; }

    /// <summary>Gets NDCG at k: the discounted cumulative gain of the top k ÷ that of the ideal ranking.</summary>
    public double Ndcg { get; }

    /// <summary>Describes the metrics, such as <c>43-4051.00: recall 0.5, RR 1, NDCG 0.613</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{SourceId}: recall {Recall:0.###}, RR {ReciprocalRank:0.###}, NDCG {Ndcg:0.###}");
}
