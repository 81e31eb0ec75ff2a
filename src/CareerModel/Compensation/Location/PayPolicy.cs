using System.Collections.Frozen;
using System.Globalization;
using CareerModel.Internal;

namespace CareerModel.Compensation.Location;

/// <summary>
/// The rule a company uses to pay by location: local market pay, the benchmark band everywhere,
/// the benchmark band × a location factor, or pay zones with floors. Apply it with
/// <see cref="RegionalPay"/>.
/// </summary>
public sealed class PayPolicy
{
    private PayPolicy(PayPolicyKind kind, string? benchmarkRegionId, LocationFactors? factors, IReadOnlyList<PayZone> zones, FrozenDictionary<int, decimal> floors)
    {
        Kind = kind;
        BenchmarkRegionId = benchmarkRegionId;
        Factors = factors;
        Zones = zones;
        MinimumFactorByLevel = floors;
    }

    /// <summary>Gets the policy's kind.</summary>
    public PayPolicyKind Kind { get; }

    /// <summary>Gets the benchmark region whose band is adjusted, or <see langword="null"/> for local market pay.</summary>
    public string? BenchmarkRegionId { get; }

    /// <summary>Gets the location factors, for <see cref="PayPolicyKind.BenchmarkTimesFactor"/> and <see cref="PayPolicyKind.PayZones"/>.</summary>
    public LocationFactors? Factors { get; }

    /// <summary>Gets the pay zones, highest first; empty unless <see cref="PayPolicyKind.PayZones"/>.</summary>
    public IReadOnlyList<PayZone> Zones { get; }

    /// <summary>Gets the lowest factor paid at each level (rank), for <see cref="PayPolicyKind.PayZones"/>.</summary>
    public IReadOnlyDictionary<int, decimal> MinimumFactorByLevel { get; }

    /// <summary>Gets the policy that pays each region's local market band.</summary>
    public static PayPolicy LocalMarket { get; } = new(PayPolicyKind.LocalMarket, null, null, [], FrozenDictionary<int, decimal>.Empty);

    /// <summary>Creates the policy that pays the benchmark band everywhere, in local currency.</summary>
    /// <param name="benchmarkRegionId">The benchmark region, such as <c>US</c>.</param>
    /// <returns>The policy.</returns>
    public static PayPolicy NoAdjustment(string benchmarkRegionId) =>
        new(PayPolicyKind.NoAdjustment, Check.Id(benchmarkRegionId, nameof(benchmarkRegionId)), null, [], FrozenDictionary<int, decimal>.Empty);

    /// <summary>Creates the policy that pays the benchmark band × the region's location factor.</summary>
    /// <param name="factors">The location factors; their benchmark region is the policy's.</param>
    /// <returns>The policy.</returns>
    public static PayPolicy BenchmarkTimesFactor(LocationFactors factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        return new(PayPolicyKind.BenchmarkTimesFactor, factors.BenchmarkRegionId, factors, [], FrozenDictionary<int, decimal>.Empty);
    }

    /// <summary>
    /// Creates the policy that pays the benchmark band × the factor of the zone the region's
    /// location factor falls in, never below the level's floor.
    /// </summary>
    /// <param name="factors">The location factors; their benchmark region is the policy's.</param>
    /// <param name="zones">The zones; distinct names and thresholds, one starting at 0 so that every factor has a zone.</param>
    /// <param name="minimumFactorByLevel">The lowest factor paid at a level (rank ≥ 1), such as 0.75 for level 5 and up; none by default.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentException">The zones leave factors below their lowest threshold without a zone, repeat a name or threshold, or a floor is out of range.</exception>
    public static PayPolicy PayZones(LocationFactors factors, IEnumerable<PayZone> zones, IReadOnlyDictionary<int, decimal>? minimumFactorByLevel = null)
    {
        ArgumentNullException.ThrowIfNull(factors);
        ArgumentNullException.ThrowIfNull(zones);
        var list = ReadOnly.Copy(zones, nameof(zones)).OrderByDescending(z => z.MinimumLocationFactor).ToArray();
        if (list.Length == 0 || list[^1].MinimumLocationFactor != 0m)
            throw new ArgumentException("Pay zones must cover every location factor: the lowest zone must start at 0.", nameof(zones));
        if (list.GroupBy(z => z.MinimumLocationFactor).Any(g => g.Count() > 1) || list.GroupBy(z => z.Name, StringComparer.Ordinal).Any(g => g.Count() > 1))
            throw new ArgumentException("Each pay zone needs its own name and its own minimum location factor.", nameof(zones));
        var floors = (minimumFactorByLevel ?? new Dictionary<int, decimal>()).ToFrozenDictionary();
        foreach (var (level, floor) in floors)
        {
            if (level < 1 || floor <= 0 || floor > LocationFactor.MaxFactor)
                throw new ArgumentException($"The floor {Check.Format(floor)} for level {level} must be for a level of at least 1 and be greater than 0 and at most {Check.Format(LocationFactor.MaxFactor)}.", nameof(minimumFactorByLevel));
        }
        return new(PayPolicyKind.PayZones, factors.BenchmarkRegionId, factors, Array.AsReadOnly(list), floors);
    }

    /// <summary>Gets the factor this policy applies to the benchmark band in a region, and why.</summary>
    internal (decimal Factor, string Reason) FactorFor(string regionId, int? level)
    {
        if (Factors is null)
            return (1m, "");
        var location = Factors.FactorFor(regionId);
        var from = location.RegionId == regionId ? "" : $" (from {location.RegionId})";
        if (Kind == PayPolicyKind.BenchmarkTimesFactor)
            return (location.Factor, $"location factor {Format(location.Factor)}{from}");
        var zone = Zones.First(z => location.Factor >= z.MinimumLocationFactor);
        var reason = $"zone '{zone.Name}' factor {Format(zone.ZoneFactor)} for location factor {Format(location.Factor)}{from}";
        if (level is { } l && MinimumFactorByLevel.TryGetValue(l, out var floor) && floor > zone.ZoneFactor)
            return (floor, $"{reason}, raised to the level {l} floor {Format(floor)}");
        return (zone.ZoneFactor, reason);
    }

    /// <summary>Describes the policy, such as <c>benchmark US × location factor</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Kind switch
    {
        PayPolicyKind.LocalMarket => "local market pay",
        PayPolicyKind.NoAdjustment => $"benchmark {BenchmarkRegionId} everywhere",
        PayPolicyKind.BenchmarkTimesFactor => $"benchmark {BenchmarkRegionId} × location factor",
        _ => $"benchmark {BenchmarkRegionId} × pay zone ({string.Join(", ", Zones.Select(z => z.Name))})",
    };

    private static string Format(decimal value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
