using CareerModel.Internal;
namespace CareerModel.Evaluation;

/// <summary>
/// Measures a recommender against relevance judgements, so catalogs, weights and inference
/// settings can be compared on one's own data.
/// </summary>
/// <remarks>
/// For each source role with judgements, the ranking is asked for, the source itself and
/// repeated ids are dropped, and the top <c>k</c> are scored: recall@k, the reciprocal rank of the
/// first related role (0 when none is in the top k) and NDCG@k with gain 2^grade − 1 and discount
/// log2(rank + 1). The metrics are the means over those sources.
/// </remarks>
public static class RankingEvaluation
{
    /// <summary>Evaluates a ranking function.</summary>
    /// <param name="judgements">The judgements; at most one per (source, related) pair.</param>
    /// <param name="rank">Returns a ranking of role ids for a source role id, best first.</param>
    /// <param name="k">The cut-off, at least 1.</param>
    /// <returns>The metrics.</returns>
    /// <exception cref="ArgumentException">No judgements, or one pair judged twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    public static RankingMetrics Evaluate(IEnumerable<RelevanceJudgement> judgements, Func<string, IReadOnlyList<string>> rank, int k)
    {
        ArgumentNullException.ThrowIfNull(judgements);
        ArgumentNullException.ThrowIfNull(rank);
        if (k < 1)
            throw InvariantArgument.OutOfRange(nameof(k), k, $"The cut-off k {k} must be at least 1.");
        var bySource = new SortedDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var judgement in judgements)
        {
            ArgumentNullException.ThrowIfNull(judgement, nameof(judgements));
            if (!bySource.TryGetValue(judgement.SourceId, out var related))
                bySource[judgement.SourceId] = related = new Dictionary<string, int>(StringComparer.Ordinal);
            if (!related.TryAdd(judgement.RelatedId, judgement.Grade))
                throw new ArgumentException($"The pair {judgement.SourceId} → {judgement.RelatedId} is judged more than once.", nameof(judgements));
        }
        if (bySource.Count == 0)
            throw new ArgumentException("At least one relevance judgement is needed.", nameof(judgements));
        var queries = bySource.Select(pair => Score(pair.Key, pair.Value, rank(pair.Key) ?? [], k)).ToArray();
        return new RankingMetrics(k, Array.AsReadOnly(queries));
    }

    private static QueryMetrics Score(string sourceId, Dictionary<string, int> grades, IReadOnlyList<string> ranking, int k)
    {
        var top = ranking.Where(id => id != sourceId).Distinct(StringComparer.Ordinal).Take(k).ToArray();
        var found = 0;
        int? first = null;
        var dcg = 0.0;
        for (var i = 0; i < top.Length; i++)
        {
            if (!grades.TryGetValue(top[i], out var grade))
                continue;
            found++;
            first ??= i + 1;
            dcg += Gain(grade) / Math.Log2(i + 2);
        }
        var ideal = grades.Values.OrderDescending().Take(k).Select((grade, i) => Gain(grade) / Math.Log2(i + 2)).Sum();
        return new QueryMetrics(sourceId, grades.Count, found, first, (double)found / grades.Count, first is { } r ? 1.0 / r : 0, dcg / ideal);
    }

    private static double Gain(int grade) => Math.Pow(2, grade) - 1;
}
