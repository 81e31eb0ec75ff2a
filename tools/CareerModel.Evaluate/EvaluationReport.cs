using System.Globalization;
using System.Text;
using NodaTime;

namespace CareerModel.Evaluate;

/// <summary>The figures of the three rankings <see cref="OnetEvaluation"/> measures, on one day.</summary>
public sealed class EvaluationReport
{
    internal EvaluationReport(LocalDate date, int sources, RankingFigures inferred, RankingFigures nextMoves, RankingFigures paths)
    {
        Date = date;
        Sources = sources;
        InferredTransitions = inferred;
        NextMoves = nextMoves;
        DefaultPaths = paths;
    }

    /// <summary>Gets the day the profiles were made for (their three years in the occupation end on it).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets how many source occupations were judged.</summary>
    public int Sources { get; }

    /// <summary>Gets ranking (a): the importer's inferred transitions from the source, by their score.</summary>
    public RankingFigures InferredTransitions { get; }

    /// <summary>Gets ranking (b): <c>Recommend</c> with <c>MaxSteps = 1</c> and <c>Count = 10</c>, in the recommender's order.</summary>
    public RankingFigures NextMoves { get; }

    /// <summary>Gets ranking (c): <c>Recommend</c> with the default options, the distinct final roles of the top 10 paths.</summary>
    public RankingFigures DefaultPaths { get; }

    /// <summary>Gets the three rankings in order (a), (b), (c).</summary>
    public IReadOnlyList<RankingFigures> Rankings => [InferredTransitions, NextMoves, DefaultPaths];

    /// <summary>Writes the figures as Markdown tables, one per ranking, as <c>docs/quality.md</c> records them.</summary>
    /// <returns>The tables.</returns>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.Append(invariant, $"Recommendation quality on O*NET, {Date:yyyy-MM-dd}: {Sources} source occupations\n");
        var letter = 'a';
        foreach (var ranking in Rankings)
        {
            text.Append(invariant, $"\n({letter++}) {ranking.Name}\n\n");
            text.Append("| recall@10 | recall@5 (Primary-Short) | MRR | NDCG@10 |\n");
            text.Append("|---:|---:|---:|---:|\n");
            text.Append(invariant, $"| {ranking.RecallAt10:0.000} | {ranking.PrimaryShortRecallAt5:0.000} | {ranking.MeanReciprocalRank:0.000} | {ranking.NdcgAt10:0.000} |\n");
        }
        return text.ToString();
    }

    /// <summary>Describes the report, one ranking a line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Rankings);
}
