using CareerModel.People;
using CareerModel.Recommendation;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The reference the recommender's best-first search is tested against: every loopless path the
/// request allows, scored by the same scoring model and sorted, with ties broken by the roles along
/// the paths.
/// </summary>
internal static class BruteForceSearch
{
    public static RecommendationResult Recommend(Recommender recommender, Profile profile, RecommendationOptions options, string? targetRoleId)
    {
        var target = targetRoleId is null ? (int?)null : recommender.Compiled.RoleIndex[targetRoleId];
        var (request, scorer, materializer) = recommender.Prepare(profile, options, target);
        var all = new List<Candidate>();
        var children = new List<Candidate>();
        var stack = new Stack<Candidate>();
        stack.Push(Candidate.Start(request.Current));
        while (stack.TryPop(out var node))
        {
            if (node.Steps > 0 && scorer.IsCandidate(node.Last) && (target is null || node.Last == target))
                all.Add(node);
            if (node.Steps >= options.MaxSteps || node.Last == target)
                continue;
            scorer.Children(node, children);
            foreach (var child in children)
                stack.Push(child);
        }
        var best = all.OrderByDescending(scorer.Exact).ThenBy(c => c, Comparer<Candidate>.Create(Candidate.ComparePaths)).Take(options.Count).ToList();
        return new RecommendationResult(Array.AsReadOnly(materializer.MaterializeAll(best)), request.Warnings.AsReadOnly(), null);
    }
}
