using CareerModel.Monetary;
using NodaTime;
using CareerModel.Internal;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// The result of a pay projection: every change of annual pay from the start to the end date, in
/// date order (changes on one date in the order merit, promotion, cost of living). Two timelines
/// are equal when their dates and entries are equal.
/// </summary>
public sealed class PayTimeline
{
    internal PayTimeline(LocalDate start, LocalDate end, ProjectionEntry[] entries)
    {
        Start = start;
        End = end;
        Entries = Array.AsReadOnly(entries);
    }

    /// <summary>Gets the first date of the projection.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the last date of the projection (included).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the entries in date order; the first is the <see cref="ProjectionEntryKind.Start"/> entry.</summary>
    public IReadOnlyList<ProjectionEntry> Entries { get; }

    /// <summary>Gets the pay on the start date.</summary>
    public Money StartingPay => Entries[0].Pay;

    /// <summary>Gets the pay on the end date: the last entry's.</summary>
    public Money FinalPay => Entries[^1].Pay;

    /// <summary>Gets the annual pay in effect on a date: that of the last entry on or before it.</summary>
    /// <param name="date">A date from <see cref="Start"/> to <see cref="End"/>, in their calendar.</param>
    /// <returns>The pay.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is in another calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the projection.</exception>
    public Money PayOn(LocalDate date)
    {
        if (date.Calendar != Start.Calendar)
            throw new ArgumentException($"date {ProjectionText.Date(date)} is in the {date.Calendar.Id} calendar but the projection is in {Start.Calendar.Id}; dates can only be compared in one calendar.", nameof(date));
        if (date < Start || date > End)
            throw InvariantArgument.OutOfRange(nameof(date), date, $"date {ProjectionText.Date(date)} must lie from the projection's start {ProjectionText.Date(Start)} to its end {ProjectionText.Date(End)}.");
        var pay = Entries[0].Pay;
        foreach (var entry in Entries)
        {
            if (entry.Date > date)
                break;
            pay = entry.Pay;
        }
        return pay;
    }

    /// <summary>
    /// Lists the projection, a line per entry under a heading:
    /// <code>
    /// Pay projection 2025-01-01 to 2028-01-01
    /// 2025-01-01 USD 35,000.00 start as Junior Customer Service Specialist
    /// 2026-01-01 USD 36,050.00 merit 3% (rating Meets, compa-ratio 1)
    /// …
    /// </code>
    /// </summary>
    /// <returns>The lines, separated by <c>\n</c>.</returns>
    public override string ToString() =>
        $"Pay projection {ProjectionText.Date(Start)} to {ProjectionText.Date(End)}\n{string.Join("\n", Entries)}";
}
