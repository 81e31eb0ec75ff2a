using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CareerModel.Internal;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Geography;

/// <summary>
/// An immutable set of dated purchasing-power parity factors per region, which compares what money
/// buys in different places: "€30,000 in Lisbon buys more than in Paris". Made by
/// <see cref="Create"/>; safe to share between threads.
/// </summary>
/// <remarks>
/// <para>
/// This is a second, explicit way to compare pay across regions, beside converting at market
/// exchange rates with an <see cref="ExchangeRateTable"/>: exchange rates say what money fetches on
/// the currency market, PPP factors what it buys where it is spent. The factor for a region as of
/// a date is the latest factor effective on or before that date.
/// </para>
/// <para>
/// Two tables are equal when they hold equal factors, whatever the order they were given in.
/// </para>
/// </remarks>
public sealed class PurchasingPowerParityTable : IEquatable<PurchasingPowerParityTable>
{
    private readonly FrozenDictionary<string, DatedSeries<PurchasingPowerParity>> byRegion;

    private PurchasingPowerParityTable(PurchasingPowerParity[] factors)
    {
        Factors = Array.AsReadOnly(factors
            .OrderBy(f => f.RegionId, StringComparer.Ordinal)
            .ThenBy(f => f.EffectiveDate)
            .ToArray());
        byRegion = factors.GroupBy(f => f.RegionId, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => new DatedSeries<PurchasingPowerParity>(g, f => f.EffectiveDate), StringComparer.Ordinal);
    }

    /// <summary>Gets every factor, ordered by region id and effective date.</summary>
    public IReadOnlyList<PurchasingPowerParity> Factors { get; }

    /// <summary>Creates a table from dated factors, checking them all before it fails.</summary>
    /// <param name="factors">The factors, in any order; a region may have at most one factor per effective date.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="factors"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The factors break any rule: a null factor, two factors for one region on one date, or one
    /// currency code used for two different currencies. The message lists every problem found.
    /// </exception>
    public static PurchasingPowerParityTable Create(IEnumerable<PurchasingPowerParity> factors)
    {
        ArgumentNullException.ThrowIfNull(factors);
        var problems = new TableProblems("purchasing-power parity table", nameof(factors));
        var kept = problems.NonNull(factors);
        problems.OneCurrencyPerCode(kept.Select(f => f.Currency));
        var sameRegionAndDate = kept
            .GroupBy(f => (f.RegionId, f.EffectiveDate))
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key.RegionId, StringComparer.Ordinal)
            .ThenBy(g => g.Key.EffectiveDate);
        foreach (var clash in sameRegionAndDate)
        {
            var values = string.Join(", ", clash.Select(f => $"{Check.Format(f.Factor)} {f.Currency.Code}"));
            problems.Add($"Region '{clash.Key.RegionId}' has {clash.Count()} factors effective on {Dates.Format(clash.Key.EffectiveDate)} ({values}); a region may have one factor per date.");
        }
        problems.ThrowIfAny();
        return new PurchasingPowerParityTable(kept);
    }

    /// <summary>Gets the factor for a region as of a date.</summary>
    /// <param name="regionId">The region id, such as <c>PT</c>.</param>
    /// <param name="asOf">The date; the latest factor effective on or before it applies.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> is null.</exception>
    /// <exception cref="PurchasingPowerParityNotFoundException">The region has no factor effective on or before <paramref name="asOf"/>.</exception>
    public PurchasingPowerParity GetFactor(string regionId, LocalDate asOf)
    {
        if (TryGetFactor(regionId, asOf, out var factor))
            return factor;
        var earliest = byRegion.TryGetValue(regionId, out var dated) ? dated.Earliest : (LocalDate?)null;
        throw new PurchasingPowerParityNotFoundException(regionId, Dates.ToIso(asOf), earliest);
    }

    /// <summary>Looks up the factor for a region as of a date.</summary>
    /// <param name="regionId">The region id, such as <c>PT</c>.</param>
    /// <param name="asOf">The date; the latest factor effective on or before it applies.</param>
    /// <param name="factor">The factor, when found.</param>
    /// <returns><see langword="true"/> when the region has a factor effective on or before <paramref name="asOf"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> is null.</exception>
    public bool TryGetFactor(string regionId, LocalDate asOf, [NotNullWhen(true)] out PurchasingPowerParity? factor)
    {
        ArgumentNullException.ThrowIfNull(regionId);
        if (byRegion.TryGetValue(regionId, out var dated) && dated.TryGetAsOf(asOf, out var found, out _))
        {
            factor = found;
            return true;
        }
        factor = null;
        return false;
    }

    /// <summary>Converts a local amount to international dollars: what it buys in the region, priced as in the United States.</summary>
    /// <param name="local">The amount, in the currency of the region's factor.</param>
    /// <param name="regionId">The region the amount is spent in.</param>
    /// <param name="asOf">The date; the latest factor effective on or before it applies.</param>
    /// <returns>The amount divided by the factor, unrounded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> is null.</exception>
    /// <exception cref="PurchasingPowerParityNotFoundException">The region has no factor effective on or before <paramref name="asOf"/>.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="local"/> is not in the currency of the region's factor.</exception>
    public decimal ToInternationalDollars(Money local, string regionId, LocalDate asOf) =>
        GetFactor(regionId, asOf).ToInternationalDollars(local);

    /// <summary>
    /// Gets the amount that buys as much in one region as a given amount buys in another: the
    /// purchasing-power equivalent, in the target region's currency.
    /// </summary>
    /// <param name="amount">The amount, in the currency of the source region's factor.</param>
    /// <param name="fromRegionId">The region the amount is spent in, such as <c>PT</c>.</param>
    /// <param name="toRegionId">The region to find the equivalent for, such as <c>FR</c>.</param>
    /// <param name="asOf">The date; each region's latest factor effective on or before it applies.</param>
    /// <param name="rounding">
    /// How to round the result. None by default: the result is exact. The international-dollar
    /// amount in between is not money in any currency and is never rounded, so a policy rounds the
    /// result only, whatever its <see cref="RoundingPolicy.Moment"/>.
    /// </param>
    /// <returns>
    /// <paramref name="amount"/> × target factor ÷ source factor, in the currency of the target
    /// region's factor. With illustrative factors of 0.58 EUR (Portugal) and 0.78 EUR (France) per
    /// international dollar, EUR 30,000 in Portugal is worth EUR 40,344.83 in France.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="fromRegionId"/> or <paramref name="toRegionId"/> is null.</exception>
    /// <exception cref="PurchasingPowerParityNotFoundException">Either region has no factor effective on or before <paramref name="asOf"/>.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="amount"/> is not in the currency of the source region's factor.</exception>
    public Money Equivalent(Money amount, string fromRegionId, string toRegionId, LocalDate asOf, RoundingPolicy? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(fromRegionId);
        ArgumentNullException.ThrowIfNull(toRegionId);
        var from = GetFactor(fromRegionId, asOf);
        var to = GetFactor(toRegionId, asOf);
        if (!amount.Currency.Equals(from.Currency))
            throw new CurrencyMismatchException("convert by purchasing-power parity", amount.Currency, from.Currency);
        // Multiply before dividing: one inexact step instead of two.
        var equivalent = new Money(amount.Amount * to.Factor / from.Factor, to.Currency);
        return (rounding ?? RoundingPolicy.None).Round(equivalent);
    }

    /// <inheritdoc/>
    public bool Equals(PurchasingPowerParityTable? other) =>
        ReferenceEquals(this, other) || (other is not null && ReadOnly.SequenceEqual(Factors, other.Factors));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PurchasingPowerParityTable);

    /// <inheritdoc/>
    public override int GetHashCode() => ReadOnly.SequenceHash(Factors);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(PurchasingPowerParityTable? left, PurchasingPowerParityTable? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PurchasingPowerParityTable? left, PurchasingPowerParityTable? right) => !(left == right);

    /// <summary>Summarises the table, such as <c>PurchasingPowerParityTable: 2 factors, 2 regions, 2025-01-01 to 2025-01-01</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var span = Factors.Count == 0
            ? ""
            : $", {Dates.Format(Factors.Min(f => f.EffectiveDate))} to {Dates.Format(Factors.Max(f => f.EffectiveDate))}";
        return $"PurchasingPowerParityTable: {Factors.Count} {(Factors.Count == 1 ? "factor" : "factors")}, {byRegion.Count} {(byRegion.Count == 1 ? "region" : "regions")}{span}";
    }
}
