using CareerModel.Internal;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Geography;

/// <summary>
/// A purchasing-power parity (PPP) conversion factor for one region from a given date: how many
/// units of the local currency buy what one international dollar buys in the United States, as the
/// World Bank publishes for private consumption (indicator PA.NUS.PRVT.PP).
/// </summary>
/// <remarks>
/// <para>
/// PPP belongs to a country, not to a currency: Portugal and France share the euro but not its
/// prices, so each has its own factor. A factor stays in effect until a later factor for the same
/// region replaces it; a <see cref="PurchasingPowerParityTable"/> finds the factor as of any date.
/// Unlike an <see cref="ExchangeRate"/>, a factor says what money buys where it is spent, not what
/// it fetches on the currency market.
/// </para>
/// <para>
/// Two factors are equal when their region, date, currency, factor and source are equal; the
/// factor compares as a number (0.58 equals 0.580).
/// </para>
/// </remarks>
public sealed class PurchasingPowerParity : IEquatable<PurchasingPowerParity>
{
    /// <summary>Creates a PPP factor.</summary>
    /// <param name="regionId">The region the factor is for, such as <c>PT</c> (a <see cref="Region"/> id).</param>
    /// <param name="effectiveDate">The first date the factor applies; dates in other calendars are converted to ISO.</param>
    /// <param name="currency">The local currency the factor is in, such as <see cref="Currency.EUR"/>.</param>
    /// <param name="factor">Local currency units per international dollar; greater than zero.</param>
    /// <param name="source">Where the factor comes from, such as <c>World Bank ICP 2021</c>; trimmed. None by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> or <paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="regionId"/> is not a valid id, <paramref name="currency"/> is
    /// <see cref="Currency.None"/>, or <paramref name="source"/> is empty or white space.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not greater than zero.</exception>
    public PurchasingPowerParity(string regionId, LocalDate effectiveDate, Currency currency, decimal factor, string? source = null)
    {
        RegionId = Check.Id(regionId, nameof(regionId));
        EffectiveDate = Dates.ToIso(effectiveDate);
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Equals(Currency.None))
            throw new ArgumentException($"Purchasing-power parity currency for region '{regionId}' is {Currency.None.Code} (no currency); it must be the region's real currency.", nameof(currency));
        Currency = currency;
        Factor = Check.Positive(factor, nameof(factor));
        Source = source is null ? null : Check.NotBlank(source, nameof(source));
    }

    /// <summary>Gets the region the factor is for.</summary>
    public string RegionId { get; }

    /// <summary>Gets the first date the factor applies (in the ISO calendar).</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the local currency the factor is in.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the local currency units per international dollar; always greater than zero.</summary>
    public decimal Factor { get; }

    /// <summary>Gets where the factor comes from, or <see langword="null"/> when not given.</summary>
    public string? Source { get; }

    /// <summary>
    /// Creates a factor for a calendar year, as the World Bank publishes them (annual averages); it
    /// applies from 1 January of that year.
    /// </summary>
    /// <param name="regionId">The region the factor is for, such as <c>PT</c>.</param>
    /// <param name="year">The year, from 1 to 9999.</param>
    /// <param name="currency">The local currency the factor is in.</param>
    /// <param name="factor">Local currency units per international dollar; greater than zero.</param>
    /// <param name="source">Where the factor comes from; trimmed. None by default.</param>
    /// <returns>The factor, effective from 1 January of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> or <paramref name="currency"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="regionId"/> is not a valid id, <paramref name="currency"/> is
    /// <see cref="Currency.None"/>, or <paramref name="source"/> is empty or white space.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 1–9999, or <paramref name="factor"/> is not greater than zero.</exception>
    public static PurchasingPowerParity ForYear(string regionId, int year, Currency currency, decimal factor, string? source = null)
    {
        if (year is < 1 or > 9999)
            throw InvariantArgument.OutOfRange(nameof(year), year, $"year {year} must be from 1 to 9999.");
        return new PurchasingPowerParity(regionId, new LocalDate(year, 1, 1), currency, factor, source);
    }

    /// <summary>Converts a local amount to international dollars: what it buys, priced as in the United States.</summary>
    /// <param name="local">The amount, in <see cref="Currency"/>.</param>
    /// <returns>The amount divided by <see cref="Factor"/>, unrounded.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="local"/> is not in <see cref="Currency"/>.</exception>
    public decimal ToInternationalDollars(Money local)
    {
        if (!local.Currency.Equals(Currency))
            throw new CurrencyMismatchException("convert by purchasing-power parity", local.Currency, Currency);
        return local.Amount / Factor;
    }

    /// <summary>Converts international dollars to the local amount that buys as much here.</summary>
    /// <param name="internationalDollars">The amount in international dollars.</param>
    /// <returns>The amount times <see cref="Factor"/>, in <see cref="Currency"/>, unrounded.</returns>
    public Money FromInternationalDollars(decimal internationalDollars) => new(internationalDollars * Factor, Currency);

    /// <inheritdoc/>
    public bool Equals(PurchasingPowerParity? other) =>
        ReferenceEquals(this, other)
        || (other is not null && RegionId == other.RegionId && EffectiveDate == other.EffectiveDate
            && Currency.Equals(other.Currency) && Factor == other.Factor && Source == other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PurchasingPowerParity);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RegionId, EffectiveDate, Currency, Factor, Source);

    /// <summary>Describes the factor, such as <c>PT: 0.58 EUR per international dollar from 2025-01-01 (World Bank ICP)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{RegionId}: {Check.Format(Factor)} {Currency.Code} per international dollar from {Dates.Format(EffectiveDate)}" + (Source is null ? "" : $" ({Source})");

    /// <summary>Compares two factors for equality.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(PurchasingPowerParity? left, PurchasingPowerParity? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two factors for inequality.</summary>
    /// <param name="left">The first factor.</param>
    /// <param name="right">The second factor.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PurchasingPowerParity? left, PurchasingPowerParity? right) => !(left == right);
}
