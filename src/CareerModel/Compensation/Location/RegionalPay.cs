using CareerModel.Geography;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Compensation.Location;

/// <summary>
/// Applies a <see cref="PayPolicy"/> to the published bands of a role: the band for any region,
/// in that region's currency, with an explanation of how it was derived. Immutable and safe to
/// share between threads.
/// </summary>
public sealed class RegionalPay
{
    private readonly RegionHierarchy regions;

    private RegionalPay(RegionHierarchy regions, PayPolicy policy, ExchangeRateTable? exchangeRates, RoundingPolicy rounding)
    {
        this.regions = regions;
        Policy = policy;
        ExchangeRates = exchangeRates;
        Rounding = rounding;
    }

    /// <summary>Gets the pay policy.</summary>
    public PayPolicy Policy { get; }

    /// <summary>Gets the exchange rates used to convert to local currency, if any.</summary>
    public ExchangeRateTable? ExchangeRates { get; }

    /// <summary>Gets the rounding policy: <see cref="RoundingMoment.EachStep"/> rounds after the factor and after the conversion, <see cref="RoundingMoment.AtEnd"/> only the result.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Creates the calculator.</summary>
    /// <param name="regions">The region hierarchy, such as <c>catalog.Regions</c>: it gives each region's currency and parents.</param>
    /// <param name="policy">The pay policy.</param>
    /// <param name="exchangeRates">Dated exchange rates, needed whenever a band must change currency.</param>
    /// <param name="rounding">How and when to round; <see cref="RoundingPolicy.None"/> by default.</param>
    /// <returns>The calculator.</returns>
    /// <exception cref="ArgumentException">The regions loop or give two different regions one id, or the policy's benchmark region is not among them.</exception>
    public static RegionalPay Create(IEnumerable<Region> regions, PayPolicy policy, ExchangeRateTable? exchangeRates = null, RoundingPolicy? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var byId = RegionHierarchy.Create(regions, nameof(regions));
        if (policy.BenchmarkRegionId is { } benchmark && !byId.Contains(benchmark))
            throw new ArgumentException($"The pay policy's benchmark region '{benchmark}' is not among the regions.", nameof(policy));
        return new RegionalPay(byId, policy, exchangeRates, rounding ?? RoundingPolicy.None);
    }

    /// <summary>Gets a role's band for a region under the policy, in the region's currency.</summary>
    /// <param name="bands">The role's published bands by region id, such as <c>role.PayBands</c>.</param>
    /// <param name="regionId">The region to pay for.</param>
    /// <param name="asOf">The date whose exchange rates apply.</param>
    /// <param name="level">The role's level (rank), for a pay-zone policy's floors.</param>
    /// <returns>The band and how it was derived.</returns>
    /// <exception cref="KeyNotFoundException">The region is unknown, or the band the policy needs is not published.</exception>
    /// <exception cref="InvalidOperationException">The band must change currency but no exchange rates were given.</exception>
    /// <exception cref="ExchangeRateNotFoundException">No exchange rate applies as of <paramref name="asOf"/>.</exception>
    public RegionalBand BandFor(IReadOnlyDictionary<string, SalaryBand> bands, string regionId, LocalDate asOf, int? level = null)
    {
        ArgumentNullException.ThrowIfNull(bands);
        ArgumentNullException.ThrowIfNull(regionId);
        if (!regions.TryGet(regionId, out var region))
            throw new KeyNotFoundException($"Region '{regionId}' is not among the regions this calculator knows.");
        var (sourceId, source) = Policy.BenchmarkRegionId is { } benchmark
            ? (benchmark, bands.TryGetValue(benchmark, out var b) ? b : throw new KeyNotFoundException($"The role has no band for the benchmark region '{benchmark}'."))
            : NearestPublished(bands, region);
        var (factor, reason) = Policy.FactorFor(regionId, level);
        var explanation = new List<string> { $"{sourceId} band" };
        if (reason.Length > 0)
            explanation.Add(reason);
        var band = factor == 1m ? source : source.Scale(factor, StepRounding);
        if (!band.Currency.Equals(region.Currency))
        {
            var rates = ExchangeRates ?? throw new InvalidOperationException($"The {sourceId} band is in {band.Currency.Code} but region '{regionId}' pays in {region.Currency.Code}, and no exchange rates were given.");
            explanation.Add($"converted {band.Currency.Code}→{region.Currency.Code} at {rates.GetRate(band.Currency, region.Currency, asOf).ToString("0.######", System.Globalization.CultureInfo.InvariantCulture)} as of {asOf:uuuu-MM-dd}");
            band = band.Convert(rates, region.Currency, asOf, StepRounding);
        }
        if (Rounding != RoundingPolicy.None)
        {
            band = band.Map(Rounding.Round);
            explanation.Add($"rounded {Rounding}");
        }
        return new RegionalBand(regionId, band, sourceId, factor, string.Join(", ", explanation));
    }

    private RoundingPolicy? StepRounding => Rounding.Moment == RoundingMoment.EachStep ? Rounding : null;

    private (string RegionId, SalaryBand Band) NearestPublished(IReadOnlyDictionary<string, SalaryBand> bands, Region region)
    {
        for (Region? current = region; current is not null; current = regions.ParentOf(current))
        {
            if (bands.TryGetValue(current.Id, out var band))
                return (current.Id, band);
        }
        throw new KeyNotFoundException($"The role has no band for region '{region.Id}' or any region enclosing it.");
    }
}
