using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Monetary;

/// <summary>
/// Thrown when an <see cref="ExchangeRateTable"/> has no rate for a pair of currencies as of a
/// date: none effective on or before it, directly, inverted or through the pivot currency.
/// </summary>
/// <remarks>
/// The message names both currencies and the date and, when the pair has a rate from a later
/// date, the earliest such date: <c>No EUR→USD exchange rate is effective on or before
/// 2019-12-31; the earliest is 2020-01-01.</c>
/// </remarks>
public sealed class ExchangeRateNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception for a pair of currencies and a date.</summary>
    /// <param name="from">The currency converted from.</param>
    /// <param name="to">The currency converted to.</param>
    /// <param name="asOf">The date a rate was wanted for.</param>
    /// <param name="earliestDate">The earliest date from which the pair can be converted, when there is one (it is later than <paramref name="asOf"/>).</param>
    /// <param name="pivot">The pivot currency the table also tried, if any.</param>
    /// <exception cref="ArgumentNullException"><paramref name="from"/> or <paramref name="to"/> is null.</exception>
    public ExchangeRateNotFoundException(Currency from, Currency to, LocalDate asOf, LocalDate? earliestDate = null, Currency? pivot = null)
        : base(Describe(from, to, asOf, earliestDate, pivot))
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        From = from;
        To = to;
        AsOf = asOf;
        EarliestDate = earliestDate;
        Pivot = pivot;
    }

    /// <summary>Gets the currency converted from.</summary>
    public Currency From { get; }

    /// <summary>Gets the currency converted to.</summary>
    public Currency To { get; }

    /// <summary>Gets the date a rate was wanted for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the earliest date from which the table can convert the pair, or <see langword="null"/> when it never can.</summary>
    public LocalDate? EarliestDate { get; }

    /// <summary>Gets the pivot currency the table also tried, or <see langword="null"/> when it has none.</summary>
    public Currency? Pivot { get; }

    private static string Describe(Currency from, Currency to, LocalDate asOf, LocalDate? earliestDate, Currency? pivot)
    {
        var route = pivot is null ? "" : $", directly or through the pivot {pivot.Code},";
        var later = earliestDate is { } earliest ? $"the earliest is {Dates.Format(earliest)}" : "the table has none for that pair at any date";
        return $"No {from?.Code}→{to?.Code} exchange rate is effective{route} on or before {Dates.Format(asOf)}; {later}.";
    }
}
