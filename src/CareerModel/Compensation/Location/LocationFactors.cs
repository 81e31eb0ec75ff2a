using System.Collections.Frozen;
using CareerModel.Geography;
using CareerModel.Internal;

namespace CareerModel.Compensation.Location;

/// <summary>
/// Location factors relative to one benchmark region, inherited down the region hierarchy: a
/// metro without its own factor takes its country's, a country its region group's, and so on up
/// to the world. The benchmark region's factor is 1.
/// </summary>
public sealed class LocationFactors
{
    private readonly RegionHierarchy regions;
    private readonly FrozenDictionary<string, LocationFactor> factors;

    private LocationFactors(string benchmarkRegionId, RegionHierarchy regions, FrozenDictionary<string, LocationFactor> factors)
    {
        BenchmarkRegionId = benchmarkRegionId;
        this.regions = regions;
        this.factors = factors;
    }

    /// <summary>Gets the benchmark region, whose factor is 1.</summary>
    public string BenchmarkRegionId { get; }

    /// <summary>Gets the factors given, ordered by region id.</summary>
    public IReadOnlyList<LocationFactor> Factors => factors.Values.OrderBy(f => f.RegionId, StringComparer.Ordinal).ToArray();

    /// <summary>Creates the table.</summary>
    /// <param name="regions">The region hierarchy the factors are inherited through, such as <c>catalog.Regions</c>.</param>
    /// <param name="benchmarkRegionId">The benchmark region, such as <c>US</c>.</param>
    /// <param name="factors">The factors; at most one per region; the benchmark's, if given, must be 1.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">
    /// Lists every problem found: a region hierarchy with a loop or two different regions under
    /// one id, an unknown benchmark or factor region, a repeated region, a benchmark factor other than 1.
    /// </exception>
    public static LocationFactors Create(IEnumerable<Region> regions, string benchmarkRegionId, IEnumerable<LocationFactor> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var byId = RegionHierarchy.Create(regions, nameof(regions));
        Check.Id(benchmarkRegionId, nameof(benchmarkRegionId));
        var problems = new List<string>();
        if (!byId.Contains(benchmarkRegionId))
            problems.Add($"the benchmark region '{benchmarkRegionId}' is not among the regions");
        var table = new Dictionary<string, LocationFactor>(StringComparer.Ordinal);
        foreach (var factor in factors)
        {
            ArgumentNullException.ThrowIfNull(factor, nameof(factors));
            if (!byId.Contains(factor.RegionId))
                problems.Add($"the factor for region '{factor.RegionId}' names a region that is not among the regions");
            if (!table.TryAdd(factor.RegionId, factor))
                problems.Add($"region '{factor.RegionId}' has more than one factor");
            if (factor.RegionId == benchmarkRegionId && factor.Factor != 1m)
                problems.Add($"the benchmark region '{benchmarkRegionId}' must have factor 1, not {Check.Format(factor.Factor)}");
        }
        if (problems.Count > 0)
            throw new ArgumentException($"The location factors have {problems.Count} problem(s): {string.Join("; ", problems)}.", nameof(factors));
        table.TryAdd(benchmarkRegionId, new LocationFactor(benchmarkRegionId, 1m));
        return new LocationFactors(benchmarkRegionId, byId, table.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gets the factor for a region: its own, or the nearest enclosing region's.</summary>
    /// <param name="regionId">The region.</param>
    /// <returns>The factor, and the region it was set for.</returns>
    /// <exception cref="KeyNotFoundException">The region is unknown, or neither it nor any region enclosing it has a factor.</exception>
    public LocationFactor FactorFor(string regionId)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        if (!regions.TryGet(regionId, out var region))
            throw new KeyNotFoundException($"Region '{regionId}' is not among the location factors' regions.");
        for (var current = region; current is not null; current = regions.ParentOf(current))
        {
            if (factors.TryGetValue(current.Id, out var factor))
                return factor;
        }
        throw new KeyNotFoundException($"Neither region '{regionId}' nor any region enclosing it has a location factor.");
    }
}
