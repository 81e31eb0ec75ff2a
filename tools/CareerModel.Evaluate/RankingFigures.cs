using System.Globalization;
using CareerModel.Evaluation;

namespace CareerModel.Evaluate;

/// <summary>How one ranking did against the judgements: the four figures <c>docs/quality.md</c> records.</summary>
public sealed class RankingFigures
{
    internal RankingFigures(string name, RankingMetrics primary, RankingMetrics primaryShort)
    {
        Name = name;
        Primary = primary;
        PrimaryShort = primaryShort;
    }

    /// <summary>Gets what was ranked, such as <c>inferred transitions, by score</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the metrics at 10 against O*NET's primary list (index 1–10, Primary-Short graded 2).</summary>
    public RankingMetrics Primary { get; }

    /// <summary>Gets the metrics at 5 against the Primary-Short tier alone (index 1–5).</summary>
    public RankingMetrics PrimaryShort { get; }

    /// <summary>Gets recall@10 against the primary list.</summary>
    public double RecallAt10 => Primary.RecallAtK;

    /// <summary>Gets recall@5 against the Primary-Short tier.</summary>
    public double PrimaryShortRecallAt5 => PrimaryShort.RecallAtK;

    /// <summary>Gets the mean reciprocal rank of the first primary relation within the top 10.</summary>
    public double MeanReciprocalRank => Primary.MeanReciprocalRank;

    /// <summary>Gets NDCG@10 against the primary list.</summary>
    public double NdcgAt10 => Primary.NdcgAtK;

    /// <summary>Describes the figures, such as <c>inferred transitions: recall@10 0.444, recall@5 (Primary-Short) 0.37, MRR 0.86, NDCG@10 0.45</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: recall@10 {RecallAt10:0.000}, recall@5 (Primary-Short) {PrimaryShortRecallAt5:0.000}, MRR {MeanReciprocalRank:0.000}, NDCG@10 {NdcgAt10:0.000}");
}
