using CareerModel.Careers;

namespace CareerModel.Recommendation;

/// <summary>
/// Exact top-k search over loopless paths under the scoring model, best first with an admissible
/// bound: a partial path is keyed by the best score any extension of it could reach, a complete
/// path by its exact score, so complete paths leave the queue in score order.
/// </summary>
/// <remarks>
/// Ties in score are broken by the role indices along the path (the catalog orders roles by id,
/// so this is by role id). Partial paths leave the queue before complete ones of equal key, so a
/// tie is never emitted while a path that could equal it is still unexplored.
/// </remarks>
/// <param name="scorer">Scores the request's paths.</param>
/// <param name="maxExpansions">The most partial paths expanded before the search gives up; tests lower it.</param>
internal sealed class PathSearch(RequestScorer scorer, int maxExpansions = PathSearch.MaxExpansions)
{
    /// <summary>A safety valve for pathological graphs: the search stops after this many expansions.</summary>
    public const int MaxExpansions = 2_000_000;

    /// <summary>Bounds computed in floating point get this much slack so rounding never makes a bound too tight.</summary>
    private const double Slack = 1e-9;

    /// <summary>The most queue entries reserved up front (128 KB).</summary>
    private const int InitialQueueCapacityLimit = 4_096;

    private readonly List<PartialPath> children = [];

    public bool Truncated { get; private set; }

    /// <summary>Finds the best <paramref name="count"/> paths, ending anywhere or, with a target, at that role.</summary>
    public List<PartialPath> TopPaths(int count, int? target)
    {
        var reach = target is { } t ? scorer.ReachTo(t) : null;
        var results = new List<PartialPath>(count);
        // Sized once: the paths left queued grow with the catalog, and growing the queue by
        // doubling would allocate about as much again as the queue itself. Capped, so a huge
        // catalog does not reserve room it may never use; past the cap the queue grows.
        var queue = new PriorityQueue<PartialPath, QueueKey>(Math.Min(scorer.RoleCount, InitialQueueCapacityLimit), QueueOrder.Instance);
        var start = PartialPath.Start(scorer.Current);
        queue.Enqueue(start, new QueueKey(double.PositiveInfinity, IsPartial: true, start));
        var expansions = 0;
        while (results.Count < count && queue.TryDequeue(out var node, out var key))
        {
            if (!key.IsPartial)
            {
                results.Add(node);
                continue;
            }
            if (++expansions > maxExpansions)
            {
                Truncated = true;
                break;
            }
            Expand(node, reach, queue);
        }
        return results;
    }

    /// <summary>Every loopless path the constraints allow (ending at the target, if any), up to a cap, for the trade-off front.</summary>
    public List<PartialPath> AllPaths(int? target, int cap)
    {
        var all = new List<PartialPath>();
        var stack = new Stack<PartialPath>();
        stack.Push(PartialPath.Start(scorer.Current));
        while (stack.TryPop(out var node) && all.Count < cap)
        {
            if (node.Steps > 0 && scorer.MayEndPath(node.Last) && (target is null || node.Last == target))
                all.Add(node);
            if (node.Steps >= scorer.MaxSteps || node.Last == target)
                continue;
            scorer.Children(node, children);
            foreach (var child in children)
                stack.Push(child);
        }
        if (all.Count >= cap)
            Truncated = true;
        return all;
    }

    /// <summary>
    /// Queues a path's children: complete where they may end (anywhere, or at the target), and
    /// partial where they may go on — towards a target only while it can still be reached within
    /// the steps and the horizon.
    /// </summary>
    private void Expand(PartialPath node, TargetReach? reach, PriorityQueue<PartialPath, QueueKey> queue)
    {
        scorer.Children(node, children, reach);
        foreach (var child in children)
        {
            var reachedTarget = reach is not null && child.Last == reach.Target;
            if ((reach is null || reachedTarget) && scorer.MayEndPath(child.Last))
                queue.Enqueue(child, new QueueKey(scorer.Exact(child), IsPartial: false, child));
            if (reachedTarget || child.Steps >= scorer.MaxSteps)
                continue;
            // With a target, Children kept only the partial paths that can still reach it.
            var bound = reach is null ? scorer.Bound(child) : scorer.Bound(child, reach);
            queue.Enqueue(child, new QueueKey(bound + Slack, IsPartial: true, child));
        }
    }

    /// <summary>A path's place in the queue: its key (exact score, or bound), whether it is partial, and the path for ties.</summary>
    internal readonly record struct QueueKey(double Key, bool IsPartial, PartialPath Path);

    /// <summary>Higher keys first; partial before complete on equal keys; then the path's role indices in order.</summary>
    internal sealed class QueueOrder : IComparer<QueueKey>
    {
        public static QueueOrder Instance { get; } = new();

        public int Compare(QueueKey x, QueueKey y)
        {
            var byKey = y.Key.CompareTo(x.Key);
            if (byKey != 0)
                return byKey;
            if (x.IsPartial != y.IsPartial)
                return x.IsPartial ? -1 : 1;
            return PartialPath.ComparePaths(x.Path, y.Path);
        }
    }
}
