using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Tests.Internal;

/// <summary>
/// The date arithmetic that works without making periods (people are ranked by the thousand)
/// gives exactly what NodaTime's periods give: checked day by day over six years of start dates,
/// leap days and month ends included, against the period-based forms it replaced.
/// </summary>
public class CalendarMathTests
{
    private static readonly LocalDate First = new(2019, 1, 1);

    /// <summary>Every day of 2019–2024, two leap years among them.</summary>
    private static IEnumerable<LocalDate> Starts() => Enumerable.Range(0, 6 * 366).Select(First.PlusDays).Where(d => d.Year <= 2024);

    /// <summary>The month ends of those years and the days before them, where adding months clamps.</summary>
    private static IEnumerable<LocalDate> MonthEnds() => Starts().Where(d => d.Day >= 28);

    /// <summary>The form <see cref="CalendarMath.YearsOfDays"/> had before, built on <see cref="Period"/>s.</summary>
    private static double YearsOfDaysByPeriods(LocalDate anchor, double days)
    {
        if (days <= 0)
            return 0;
        var whole = (int)Math.Floor(days);
        var fraction = days - whole;
        var period = CalendarMath.PeriodOfDays(anchor, whole);
        var monthStart = anchor.Plus(Period.FromYears(period.Years) + Period.FromMonths(period.Months));
        var monthEnd = anchor.Plus(Period.FromYears(period.Years) + Period.FromMonths(period.Months + 1));
        var monthLength = Period.DaysBetween(monthStart, monthEnd);
        var shareOfMonth = monthLength <= 0 ? 0 : Math.Min((period.Days + fraction) / monthLength, 1);
        return period.Years + ((period.Months + shareOfMonth) / 12);
    }

    [Fact]
    public void Years_months_and_days_between_two_dates_are_those_of_the_period_between_them()
    {
        var wrong = new List<string>();
        foreach (var (start, days) in Starts().SelectMany(s => Enumerable.Range(0, 400).Select(d => (s, d)))
                     .Concat(MonthEnds().SelectMany(s => Enumerable.Range(0, 1_500).Select(d => (s, d * 13)))))
        {
            var end = start.PlusDays(days);
            var period = Period.Between(start, end);
            if (CalendarMath.YearsMonthsDays(start, end) != (period.Years, period.Months, period.Days) && wrong.Count < 10)
                wrong.Add($"{start:uuuu-MM-dd} → {end:uuuu-MM-dd}: {CalendarMath.YearsMonthsDays(start, end)}, period {period}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void Fractional_years_of_days_are_those_the_periods_gave()
    {
        var wrong = new List<string>();
        foreach (var (anchor, days) in Starts().SelectMany(s => new[] { 0.0, 0.25, 1, 27.5, 28, 29.75, 30, 31, 59, 180.4, 365, 366, 730.5, 1_461, 3_652.125 }.Select(d => (s, d)))
                     .Concat(MonthEnds().SelectMany(s => Enumerable.Range(0, 700).Select(d => (s, d * 10.5)))))
        {
            var expected = YearsOfDaysByPeriods(anchor, days);
            var actual = CalendarMath.YearsOfDays(anchor, days);
            if (!actual.Equals(expected) && wrong.Count < 10)
                wrong.Add($"{anchor:uuuu-MM-dd} + {days} days: {actual:R}, by periods {expected:R}");
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_date_plus_fractional_months_is_the_date_plus_their_period()
    {
        var months = Enumerable.Range(0, 400).Select(m => m * 0.37).Concat([1e-10, 0.999999, 1, 11.5, 12, 23.99, 24, 120.25, 1_000.001]).ToArray();
        var wrong = new List<string>();
        foreach (var start in Starts())
        {
            foreach (var m in months)
            {
                var expected = start.Plus(CalendarMath.PeriodOfMonths(m));
                var actual = CalendarMath.PlusMonths(start, m, "test");
                if (actual != expected && wrong.Count < 10)
                    wrong.Add($"{start:uuuu-MM-dd} + {m:R} months: {actual:uuuu-MM-dd}, by the period {expected:uuuu-MM-dd}");
            }
        }

        Assert.Empty(wrong);
    }

    [Fact]
    public void A_date_past_the_calendars_end_is_refused_as_it_was()
    {
        var late = new LocalDate(9_990, 1, 1);

        var e = Assert.Throws<OverflowException>(() => CalendarMath.PlusMonths(late, 12 * 20, "Readiness for role 'r'"));

        Assert.Equal("Readiness for role 'r' lies 20 years after 9990-01-01, past the calendar's last day, 9999-12-31.", e.Message);
    }
}
