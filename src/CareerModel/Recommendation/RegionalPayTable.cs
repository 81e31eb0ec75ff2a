using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// Each role's pay by region and day, worked out on first use and kept for the next requests of
/// the same region and day, up to <see cref="Capacity"/> of them (the least recently used goes):
/// a recommender that serves for years must not keep a table for every day it has seen.
/// Safe to share between threads.
/// </summary>
/// <remarks>
/// A role's pay in a region is the midpoint of the band published for the region or the nearest
/// region enclosing it, converted to the region's currency at the day's rate. Where a role has no
/// such band, its pay relative to another role can still be told from the reference region: the
/// region where the most roles publish a band (ties to the lower id), the one a catalog's
/// authors priced the whole ladder in.
/// </remarks>
internal sealed class RegionalPayTable
{
    /// <summary>The most (region, day) tables kept.</summary>
    public const int Capacity = 16;

    private readonly Role[] roles;
    private readonly CareerCatalog catalog;
    private readonly ExchangeRateTable? exchangeRates;
    private readonly Money?[] reference;
    private readonly Dictionary<(string Region, LocalDate Day), LinkedListNode<(string Region, LocalDate Day, RegionPay Pay)>> entries = [];
    private readonly LinkedList<(string Region, LocalDate Day, RegionPay Pay)> byUse = new();
    private readonly Lock gate = new();

    public RegionalPayTable(CareerCatalog catalog, Role[] roles, ExchangeRateTable? exchangeRates)
    {
        this.catalog = catalog;
        this.roles = roles;
        this.exchangeRates = exchangeRates;
        // The region where the most roles publish a band (ties to the lower id).
        var referenceRegion = catalog.Regions
            .Select(region => (region.Id, Count: roles.Count(role => role.PayBands.ContainsKey(region.Id))))
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id)
            .FirstOrDefault();
        reference = [.. roles.Select(role => referenceRegion is { } id && role.PayBands.TryGetValue(id, out var band) ? band.Midpoint : (Money?)null)];
    }

    /// <summary>Gets every role's pay for a region the catalog holds, as of a day.</summary>
    public RegionPay For(Region region, LocalDate day)
    {
        var key = (region.Id, day);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var hit))
            {
                byUse.Remove(hit);
                byUse.AddFirst(hit);
                return hit.Value.Pay;
            }
        }
        // Worked out outside the lock: two threads asking at once may both compute the same table,
        // which is cheaper than making every other region wait.
        var pay = Compute(region, day);
        lock (gate)
        {
            if (entries.TryGetValue(key, out var raced))
                return raced.Value.Pay;
            entries[key] = byUse.AddFirst((region.Id, day, pay));
            if (entries.Count > Capacity)
            {
                var oldest = byUse.Last!;
                byUse.RemoveLast();
                entries.Remove((oldest.Value.Region, oldest.Value.Day));
            }
        }
        return pay;
    }

    /// <summary>Gets the number of tables kept now, for tests.</summary>
    internal int Count
    {
        get
        {
            lock (gate)
                return entries.Count;
        }
    }

    private RegionPay Compute(Region region, LocalDate day)
    {
        var path = catalog.GetRegionPath(region.Id);
        var currency = region.Currency;
        var local = new Money?[roles.Length];
        for (var r = 0; r < local.Length; r++)
        {
            var bands = roles[r].PayBands;
            SalaryBand? band = null;
            foreach (var enclosing in path)
            {
                if (bands.TryGetValue(enclosing.Id, out band))
                    break;
            }
            if (band is null)
                continue;
            if (band.Currency.Equals(currency))
                local[r] = band.Midpoint;
            else if (exchangeRates is not null && exchangeRates.TryGetRate(band.Currency, currency, day, out _))
                local[r] = exchangeRates.Convert(band.Midpoint, currency, day);
        }
        return new RegionPay(currency, local, reference);
    }
}
