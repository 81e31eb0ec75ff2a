using NodaTime;

namespace CareerModel.Internal;

/// <summary>
/// Values that take effect on a date and stay in effect until the next one (exchange rates,
/// purchasing-power parity factors), held in date order so that the value as of any date is one
/// binary search away. Immutable once made, so safe to share between threads.
/// </summary>
/// <typeparam name="T">The dated value.</typeparam>
internal sealed class DatedSeries<T>
{
    private readonly LocalDate[] dates;
    private readonly T[] items;

    /// <summary>Makes a series; the dates must be distinct ISO dates (the caller has checked).</summary>
    public DatedSeries(IEnumerable<T> items, Func<T, LocalDate> effectiveDate)
    {
        this.items = items.OrderBy(effectiveDate).ToArray();
        dates = Array.ConvertAll(this.items, i => effectiveDate(i));
    }

    /// <summary>Gets the first date a value takes effect.</summary>
    public LocalDate Earliest => dates[0];

    /// <summary>Finds the value effective on <paramref name="asOf"/>: the latest one dated on or before it.</summary>
    /// <returns><see langword="true"/> unless every value takes effect after <paramref name="asOf"/>.</returns>
    public bool TryGetAsOf(LocalDate asOf, out T item, out LocalDate effectiveDate)
    {
        var index = Array.BinarySearch(dates, Dates.ToIso(asOf));
        if (index < 0)
            index = ~index - 1;
        if (index < 0)
        {
            item = default!;
            effectiveDate = default;
            return false;
        }
        item = items[index];
        effectiveDate = dates[index];
        return true;
    }
}
