using System.Runtime.InteropServices;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// Merges periods of work with a sweep over their start and end dates: O(n log n) in the number
/// of periods, whatever their length. Fractions are summed as decimals, so the result does not
/// depend on the order the periods come in.
/// </summary>
internal static class ExperienceCalculator
{
    /// <summary>The most periods whose events <see cref="TotalFullTimeEquivalentYears"/> keeps on the stack.</summary>
    private const int StackPeriods = 16;

    /// <summary>Merges spans (end exclusive) into the days covered, the full-time-equivalent days (at most 1 a day) and the covered runs.</summary>
    public static MergedSpans Merge(IEnumerable<WorkSpan> spans)
    {
        var events = new List<Event>();
        foreach (var span in spans)
            Add(events, span);
        if (events.Count == 0)
            return MergedSpans.None;
        var runs = new List<(LocalDate Start, LocalDate End)>();
        var (anchor, calendarDays, fullTimeDays) = Sweep(CollectionsMarshal.AsSpan(events), runs);
        return new MergedSpans(anchor, calendarDays, fullTimeDays, runs);
    }

    /// <summary>
    /// The full-time-equivalent years of a history's periods up to <paramref name="today"/> (none
    /// starting after it): <c>Merge(…).ToAmount().FullTimeEquivalentYears</c>, worked out by the
    /// same sweep without keeping the runs, and for up to 16 periods without allocating the events.
    /// </summary>
    public static double TotalFullTimeEquivalentYears(IReadOnlyList<Employment> employments, LocalDate today)
    {
        Span<Event> events = employments.Count <= StackPeriods ? stackalloc Event[2 * StackPeriods] : new Event[2 * employments.Count];
        var count = 0;
        for (var i = 0; i < employments.Count; i++)
        {
            var span = WorkSpan.Of(employments[i], today);
            if (span.End <= span.Start)
                continue;
            events[count++] = new Event(span.Start, span.Fraction, 1);
            events[count++] = new Event(span.End, -span.Fraction, -1);
        }
        if (count == 0)
            return ExperienceAmount.Zero.FullTimeEquivalentYears;
        var (anchor, _, fullTimeDays) = Sweep(events[..count], runs: null);
        return ExperienceAmount.FullTimeEquivalentYearsOf(anchor, fullTimeDays);
    }

    private static void Add(List<Event> events, WorkSpan span)
    {
        if (span.End <= span.Start)
            return;
        events.Add(new Event(span.Start, span.Fraction, 1));
        events.Add(new Event(span.End, -span.Fraction, -1));
    }

    /// <summary>Sorts the events by date and sweeps them: the first day, the days covered and the full-time-equivalent days; the covered runs into <paramref name="runs"/> when given.</summary>
    private static (LocalDate Anchor, int CalendarDays, decimal FullTimeDays) Sweep(Span<Event> events, List<(LocalDate Start, LocalDate End)>? runs)
    {
        events.Sort(static (x, y) => x.Date.CompareTo(y.Date));

        LocalDate? runStart = null;
        LocalDate? anchor = null;
        var active = 0;
        var fraction = 0m;
        var calendarDays = 0;
        var fullTimeDays = 0m;
        var i = 0;
        while (i < events.Length)
        {
            var date = events[i].Date;
            for (; i < events.Length && events[i].Date == date; i++)
            {
                active += events[i].Count;
                fraction += events[i].Fraction;
            }
            if (active == 0)
            {
                if (runStart is { } start)
                    runs?.Add((start, date));
                runStart = null;
                continue;
            }
            runStart ??= date;
            anchor ??= date;
            var days = Period.DaysBetween(date, events[i].Date);
            calendarDays += days;
            fullTimeDays += Math.Min(1m, fraction) * days;
        }
        return (anchor!.Value, calendarDays, fullTimeDays);
    }

    /// <summary>A start (count +1, the fraction added) or an end (count −1, the fraction taken away) of a span.</summary>
    private readonly record struct Event(LocalDate Date, decimal Fraction, int Count);

    /// <summary>A period of work clipped to the day of measurement: [Start, End) at a fraction of full time.</summary>
    internal readonly record struct WorkSpan(LocalDate Start, LocalDate End, decimal Fraction)
    {
        /// <summary>A period of work up to <paramref name="today"/>: its end, or today when it ends later or is ongoing.</summary>
        public static WorkSpan Of(Employment employment, LocalDate today) =>
            new(employment.Start, employment.End is { } end && end < today ? end : today, employment.FullTimeEquivalent);
    }

    /// <summary>The merge of some spans: the first day, the days covered, the full-time-equivalent days and the covered runs in date order.</summary>
    internal sealed record MergedSpans(LocalDate Anchor, int CalendarDays, decimal FullTimeEquivalentDays, IReadOnlyList<(LocalDate Start, LocalDate End)> Runs)
    {
        public static MergedSpans None { get; } = new(default, 0, 0m, []);

        public ExperienceAmount ToAmount() => CalendarDays == 0 ? ExperienceAmount.Zero : new(Anchor, CalendarDays, FullTimeEquivalentDays);
    }
}
