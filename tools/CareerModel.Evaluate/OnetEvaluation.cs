using CareerModel.Evaluation;
using CareerModel.Onet;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.Evaluate;

/// <summary>
/// Measures an O*NET import against O*NET's expert Related Occupations: the importer's inferred
/// transitions, the recommender's next moves and its default paths, each ranked for a person who
/// holds the source occupation.
/// </summary>
/// <remarks>
/// <para>
/// The person for a source occupation is in region US, has held it for three years up to today,
/// and has every skill, knowledge and ability the occupation rates above level 0 at the level O*NET
/// rates it: someone who is what the occupation asks for. A source the catalog does not hold ranks
/// nothing (and so scores 0).
/// </para>
/// <para>
/// Each ranking is scored with <see cref="RankingEvaluation"/>: recall@10, MRR and NDCG@10 against
/// the judgements given (O*NET's primary list, Primary-Short graded
/// <see cref="OnetRelatedOccupations.PrimaryShortGrade"/>), and recall@5 against the Primary-Short
/// judgements alone.
/// </para>
/// </remarks>
public static class OnetEvaluation
{
    /// <summary>The region of every profile: the import's pay bands are for the US.</summary>
    public const string Region = "US";

    /// <summary>The years each person has held the source occupation.</summary>
    public const int YearsInRole = 3;

    /// <summary>Measures the three rankings.</summary>
    /// <param name="import">The O*NET import (with wages, so that pay counts as it would for a user).</param>
    /// <param name="judgements">The judgements, as <see cref="OnetRelatedOccupations.Load(string)"/> reads them.</param>
    /// <param name="clock">The clock that says what day it is.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentException">There are no judgements, or none of the Primary-Short grade.</exception>
    public static EvaluationReport Run(OnetImportResult import, IReadOnlyList<RelevanceJudgement> judgements, IClock clock)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(judgements);
        ArgumentNullException.ThrowIfNull(clock);
        var primaryShort = judgements.Where(j => j.Grade >= OnetRelatedOccupations.PrimaryShortGrade).ToArray();
        if (primaryShort.Length == 0)
            throw new ArgumentException($"No judgement has the Primary-Short grade {OnetRelatedOccupations.PrimaryShortGrade}, so recall@5 on that tier cannot be measured.", nameof(judgements));
        var today = clock.GetCurrentInstant().InUtc().Date;
        var catalog = import.Catalog;
        var inferred = import.InferredTransitions
            .GroupBy(t => t.Transition.FromRoleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.OrderByDescending(t => t.Score).ThenBy(t => t.Transition.ToRoleId, StringComparer.Ordinal).Select(t => t.Transition.ToRoleId)], StringComparer.Ordinal);
        var recommender = Recommender.Create(catalog, clock);
        var nextMoves = new RecommendationOptions { MaxSteps = 1, Count = 10 };
        var paths = new RecommendationOptions();

        IReadOnlyList<string> Recommended(string source, RecommendationOptions options)
        {
            if (!catalog.TryGetRole(source, out _))
                return [];
            var result = recommender.Recommend(ProfileFor(import, source, today), options);
            return [.. result.Paths.Select(p => p.Final.Target.Id)];
        }

        var sources = judgements.Select(j => j.SourceId).Distinct(StringComparer.Ordinal).Count();
        return new EvaluationReport(
            today,
            sources,
            Measure("the importer's inferred transitions, by score", judgements, primaryShort, source => inferred.GetValueOrDefault(source) ?? []),
            Measure("Recommend with MaxSteps = 1, Count = 10, in the recommender's order", judgements, primaryShort, source => Recommended(source, nextMoves)),
            Measure("Recommend with the default options: the distinct final roles of the top 10 paths", judgements, primaryShort, source => Recommended(source, paths)));
    }

    /// <summary>
    /// The person who holds an occupation: in the US, in it for <see cref="YearsInRole"/> years up
    /// to <paramref name="today"/>, with its own rated levels (those above 0) as skills.
    /// </summary>
    /// <param name="import">The import.</param>
    /// <param name="occupationCode">The occupation's O*NET-SOC code, a role of the import's catalog.</param>
    /// <param name="today">The day the profile is for.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="Careers.UnknownRoleException">The catalog has no such role.</exception>
    public static Profile ProfileFor(OnetImportResult import, string occupationCode, LocalDate today)
    {
        ArgumentNullException.ThrowIfNull(import);
        var role = import.Catalog.GetRole(occupationCode);
        return new Profile(occupationCode, Region)
            .WithSkills(role.Requirements.Where(q => q.MinimumLevel > 0).Select(q => new SkillLevel(q.SkillId, q.MinimumLevel)))
            .WithWorkHistory(new WorkHistory([new Employment(occupationCode, today.PlusYears(-YearsInRole))]));
    }

    private static RankingFigures Measure(string name, IReadOnlyList<RelevanceJudgement> primary, RelevanceJudgement[] primaryShort, Func<string, IReadOnlyList<string>> rank)
    {
        // Each ranking is asked for once per source; both cut-offs read the same answer.
        var cache = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        IReadOnlyList<string> Cached(string source)
        {
            if (!cache.TryGetValue(source, out var ranking))
                cache[source] = ranking = rank(source);
            return ranking;
        }
        return new RankingFigures(name, RankingEvaluation.Evaluate(primary, Cached, 10), RankingEvaluation.Evaluate(primaryShort, Cached, 5));
    }
}
