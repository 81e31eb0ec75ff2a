using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Monetary;

/// <summary>
/// A dated exchange rate: how many units of one currency one unit of another buys, from a given
/// date on, such as <c>1 EUR = 1.08 USD on 2025-01-01</c>.
/// </summary>
/// <remarks>
/// <para>
/// A rate stays in effect until a later rate for the same pair replaces it; an
/// <see cref="ExchangeRateTable"/> finds the rate as of any date. <see cref="Convert"/> multiplies
/// exactly and never rounds.
/// </para>
/// <para>
/// Two rates are equal when their currencies, rate, effective date and source are equal; the rate
/// compares as a number (1.08 equals 1.080).
/// </para>
/// </remarks>
public sealed class ExchangeRate : IEquatable<ExchangeRate>
{
    /// <summary>Creates an exchange rate.</summary>
    /// <param name="from">The currency converted from (the base currency).</param>
    /// <param name="to">The currency converted to (the quote currency); must differ from <paramref name="from"/>.</param>
    /// <param name="rate">Units of <paramref name="to"/> per one unit of <paramref name="from"/>; greater than zero.</param>
    /// <param name="effectiveDate">The first date the rate applies; dates in other calendars are converted to ISO.</param>
    /// <param name="source">Where the rate comes from, such as <c>ECB reference rate</c>; trimmed. None by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The currencies are equal, either is <see cref="Currency.None"/>, or <paramref name="source"/> is empty or white space.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rate"/> is not greater than zero.</exception>
    public ExchangeRate(Currency from, Currency to, decimal rate, LocalDate effectiveDate, string? source = null)
    {
        From = Exchangeable(from, nameof(from));
        To = Exchangeable(to, nameof(to));
        if (from.Equals(to))
            throw new ArgumentException($"Exchange rate currencies from and to are both {to.Code}; they must differ, as a currency converts to itself at 1 without a rate.", nameof(to));
        Rate = Check.Positive(rate, nameof(rate));
        EffectiveDate = Dates.ToIso(effectiveDate);
        Source = source is null ? null : Check.NotBlank(source, nameof(source));
    }

    /// <summary>Gets the currency converted from (the base currency).</summary>
    public Currency From { get; }

    /// <summary>Gets the currency converted to (the quote currency).</summary>
    public Currency To { get; }

    /// <summary>Gets the units of <see cref="To"/> that one unit of <see cref="From"/> buys; always greater than zero.</summary>
    public decimal Rate { get; }

    /// <summary>Gets the first date the rate applies (in the ISO calendar).</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets where the rate comes from, such as <c>ECB reference rate</c>, or <see langword="null"/> when not given.</summary>
    public string? Source { get; }

    /// <summary>Converts an amount in <see cref="From"/> to <see cref="To"/>, exactly (no rounding).</summary>
    /// <param name="amount">The amount, in <see cref="From"/>.</param>
    /// <returns>The amount times <see cref="Rate"/>, in <see cref="To"/>.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="amount"/> is not in <see cref="From"/>.</exception>
    public Money Convert(Money amount)
    {
        if (!amount.Currency.Equals(From))
            throw new CurrencyMismatchException("convert", amount.Currency, From);
        return new Money(amount.Amount * Rate, To);
    }

    /// <inheritdoc/>
    public bool Equals(ExchangeRate? other) =>
        ReferenceEquals(this, other)
        || (other is not null && From.Equals(other.From) && To.Equals(other.To) && Rate == other.Rate
            && EffectiveDate == other.EffectiveDate && Source == other.Source);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExchangeRate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(From, To, Rate, EffectiveDate, Source);

    /// <summary>Describes the rate, such as <c>1 EUR = 1.08 USD on 2025-01-01 (ECB reference rate)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"1 {From.Code} = {Check.Format(Rate)} {To.Code} on {Dates.Format(EffectiveDate)}" + (Source is null ? "" : $" ({Source})");

    /// <summary>Compares two exchange rates for equality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ExchangeRate? left, ExchangeRate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two exchange rates for inequality.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExchangeRate? left, ExchangeRate? right) => !(left == right);

    private static Currency Exchangeable(Currency? currency, string paramName)
    {
        ArgumentNullException.ThrowIfNull(currency, paramName);
        if (currency.Equals(Currency.None))
            throw new ArgumentException($"Exchange rate currency {paramName} is {Currency.None.Code} (no currency); it must be a real currency.", paramName);
        return currency;
    }
}
