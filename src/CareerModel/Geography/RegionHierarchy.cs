using System.Collections.Frozen;
using CareerModel.Internal;

namespace CareerModel.Geography;

/// <summary>
/// Regions by id, checked to form a tree: the walk up from any region ends. The pay calculators
/// take their regions from a caller, not only from a validated catalog, and a loop there would
/// make every walk up the hierarchy run forever.
/// </summary>
internal sealed class RegionHierarchy
{
    private readonly FrozenDictionary<string, Region> regions;

    private RegionHierarchy(FrozenDictionary<string, Region> regions) => this.regions = regions;

    /// <summary>Indexes the regions and refuses a hierarchy with a loop or two different regions under one id.</summary>
    /// <exception cref="ArgumentException">Names every region on a loop and every id given twice with different contents.</exception>
    public static RegionHierarchy Create(IEnumerable<Region> regions, string paramName)
    {
        ArgumentNullException.ThrowIfNull(regions, paramName);
        var byId = new Dictionary<string, Region>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var region in regions)
        {
            ArgumentNullException.ThrowIfNull(region, paramName);
            if (!byId.TryAdd(region.Id, region) && !byId[region.Id].Equals(region))
                problems.Add($"two different regions have the id '{region.Id}'");
        }
        var onLoops = RegionsOnLoops(byId);
        if (onLoops.Count > 0)
            problems.Add($"the regions {string.Join(", ", onLoops.Order(StringComparer.Ordinal).Select(id => $"'{id}'"))} are their own ancestors; the hierarchy must not loop");
        if (problems.Count > 0)
            throw new ArgumentException($"The regions have {problems.Count} problem(s): {string.Join("; ", problems)}.", paramName);
        return new RegionHierarchy(byId.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gets whether a region is known.</summary>
    public bool Contains(string id) => regions.ContainsKey(id);

    /// <summary>Looks a region up.</summary>
    public bool TryGet(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Region? region) => regions.TryGetValue(id, out region);

    /// <summary>Gets the region's parent, when the hierarchy holds it.</summary>
    public Region? ParentOf(Region region) =>
        region.ParentId is { } parentId && regions.TryGetValue(parentId, out var parent) ? parent : null;

    /// <summary>
    /// The ids of the regions that are their own ancestors, found in one pass over the parent
    /// links (each region has at most one parent), so that a long chain of nested region groups
    /// costs linear time rather than a walk to the root from every region.
    /// </summary>
    internal static HashSet<string> RegionsOnLoops(Dictionary<string, Region> byId)
    {
        var onLoops = new HashSet<string>(StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var walk = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var start in byId.Values)
        {
            walk.Clear();
            order.Clear();
            for (Region? current = start; current is not null && !done.Contains(current.Id);)
            {
                if (walk.TryGetValue(current.Id, out var at))
                {
                    // Back to a region of this walk: it and the ones after it form a loop.
                    onLoops.UnionWith(order.Skip(at));
                    break;
                }
                walk[current.Id] = order.Count;
                order.Add(current.Id);
                current = current.ParentId is { } parentId && byId.TryGetValue(parentId, out var parent) ? parent : null;
            }
            done.UnionWith(order);
        }
        return onLoops;
    }
}
