using CareerModel.People;
using CareerModel.Recommendation;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The reference the recommender's best-first search is tested against: every loopless path the
/// request allows, scored by the same scoring model and sorted (no bound, no queue), with ties
/// broken by the roles along the paths.
/// </summary>
internal static class BruteForceSearch
{
    public static RecommendationResult Recommend(Recommender recommender, Profile profile, RecommendationOptions options, string? targetRoleId)
    {
        var target = targetRoleId is null ? (int?)null : recommender.Compiled.RoleIndex[targetRoleId];
        var (request, scorer, materializer) = recommender.Prepare(profile, options, target);
        // Every path, by the enumeration the trade-off front uses, with no cap.
        var all = new PathSearch(scorer).AllPaths(target, int.MaxValue);
        var best = all.OrderByDescending(scorer.Exact).ThenBy(c => c, Comparer<PartialPath>.Create(PartialPath.ComparePaths)).Take(options.Count).ToList();
        return new RecommendationResult(Array.AsReadOnly(materializer.MaterializeAll(best)), request.Warnings.AsReadOnly(), null);
    }
}
