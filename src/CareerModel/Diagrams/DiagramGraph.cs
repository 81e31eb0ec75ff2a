using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.Recommendation;

namespace CareerModel.Diagrams;

/// <summary>
/// What both diagram languages draw, decided once: the groups of roles (family and track, in
/// order), the nodes in each (by rank, then id), the edges with their labels, and which of them
/// a highlighted path takes.
/// </summary>
internal sealed class DiagramGraph
{
    private DiagramGraph(IReadOnlyList<DiagramGroup> groups, IReadOnlyList<DiagramEdge> edges)
    {
        Groups = groups;
        Edges = edges;
    }

    public IReadOnlyList<DiagramGroup> Groups { get; }

    public IReadOnlyList<DiagramEdge> Edges { get; }

    public static DiagramGraph Of(CareerCatalog catalog, PathRecommendation? path)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var onPath = new HashSet<string>(StringComparer.Ordinal);
        var pathMoves = new Dictionary<(string From, string To), PathStep>();
        if (path is not null)
        {
            foreach (var id in path.RoleIds)
                onPath.Add(catalog.GetRole(id).Id);
            foreach (var step in path.Steps)
                pathMoves[(step.Transition.FromRoleId, step.Transition.ToRoleId)] = step;
        }
        var index = 0;
        var nodes = new Dictionary<string, DiagramNode>(StringComparer.Ordinal);
        var groups = new List<DiagramGroup>();
        foreach (var group in catalog.Roles.GroupBy(r => (r.Family, r.Track)).OrderBy(g => g.Key.Family, StringComparer.Ordinal).ThenBy(g => g.Key.Track))
        {
            var members = new List<DiagramNode>();
            foreach (var role in group.OrderBy(r => r.Rank).ThenBy(r => r.Id, StringComparer.Ordinal))
            {
                var node = new DiagramNode(index++, role.Id, $"{role.Title} (rank {role.Rank})", onPath.Contains(role.Id));
                nodes.Add(role.Id, node);
                members.Add(node);
            }
            groups.Add(new DiagramGroup($"{group.Key.Family} · {TrackName(group.Key.Track)}", members));
        }
        var edges = catalog.Transitions
            .OrderBy(t => nodes[t.FromRoleId].Index)
            .ThenBy(t => nodes[t.ToRoleId].Index)
            .Select(t => pathMoves.TryGetValue((t.FromRoleId, t.ToRoleId), out var step)
                ? new DiagramEdge(nodes[t.FromRoleId], nodes[t.ToRoleId], StepLabel(step), OnPath: true)
                : new DiagramEdge(nodes[t.FromRoleId], nodes[t.ToRoleId], MoveLabel(t), OnPath: false))
            .ToArray();
        return new DiagramGraph(groups, edges);
    }

    private static string TrackName(CareerTrack track) => track == CareerTrack.Management ? "management" : "individual contributor";

    private static string KindName(TransitionKind kind) => kind.ToString().ToLowerInvariant();

    private static string MoveLabel(Transition move) =>
        move.TypicalTime is { } time ? $"{KindName(move.Kind)}, {Periods.Describe(time)}" : KindName(move.Kind);

    /// <summary>A path's move: its kind, the time until the person is ready for it, and the pay on arrival when known.</summary>
    private static string StepLabel(PathStep step)
    {
        var label = $"{KindName(step.Kind)}, {Periods.Describe(step.TimeToReady)}";
        return step.ProjectedPay is { } pay ? $"{label}, {pay}" : label;
    }
}
