using NodaTime;

namespace CareerModel.People;

/// <summary>
/// Merges periods of work with a sweep over their start and end dates: O(n log n) in the number
/// of periods, whatever their length. Fractions are summed as decimals, so the result does not
/// depend on the order the periods come in.
/// </summary>
internal static class ExperienceCalculator
{
    /// <summary>Merges spans (end exclusive) into the days covered, the full-time-equivalent days (at most 1 a day) and the covered runs.</summary>
    public static MergedSpans Merge(IEnumerable<WorkSpan> spans)
    {
        var events = new List<(LocalDate Date, decimal Fraction, int Count)>();
        foreach (var span in spans)
        {
            if (span.End <= span.Start)
                continue;
            events.Add((span.Start, span.Fraction, 1));
            events.Add((span.End, -span.Fraction, -1));
        }
        if (events.Count == 0)
            return MergedSpans.None;
        events.Sort((x, y) => x.Date.CompareTo(y.Date));

        var runs = new List<(LocalDate Start, LocalDate End)>();
        LocalDate? runStart = null;
        var active = 0;
        var fraction = 0m;
        var calendarDays = 0;
        var fullTimeDays = 0m;
        var i = 0;
        while (i < events.Count)
        {
            var date = events[i].Date;
            for (; i < events.Count && events[i].Date == date; i++)
            {
                active += events[i].Count;
                fraction += events[i].Fraction;
            }
            if (active == 0)
            {
                if (runStart is { } start)
                    runs.Add((start, date));
                runStart = null;
                continue;
            }
            runStart ??= date;
            var days = Period.DaysBetween(date, events[i].Date);
            calendarDays += days;
            fullTimeDays += Math.Min(1m, fraction) * days;
        }
        return new MergedSpans(runs[0].Start, calendarDays, fullTimeDays, runs);
    }

    /// <summary>A period of work clipped to the day of measurement: [Start, End) at a fraction of full time.</summary>
    internal readonly record struct WorkSpan(LocalDate Start, LocalDate End, decimal Fraction);

    /// <summary>The merge of some spans: the first day, the days covered, the full-time-equivalent days and the covered runs in date order.</summary>
    internal sealed record MergedSpans(LocalDate Anchor, int CalendarDays, decimal FullTimeEquivalentDays, IReadOnlyList<(LocalDate Start, LocalDate End)> Runs)
    {
        public static MergedSpans None { get; } = new(default, 0, 0m, []);

        public ExperienceAmount ToAmount() => CalendarDays == 0 ? ExperienceAmount.Zero : new(Anchor, CalendarDays, FullTimeEquivalentDays);
    }
}
