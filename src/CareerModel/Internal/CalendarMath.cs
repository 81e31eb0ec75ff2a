using System.Globalization;
using System.Text;
using NodaTime;

namespace CareerModel.Internal;

/// <summary>
/// Date arithmetic shared by experience (People) and readiness (Assessment): fractional years of a
/// run of days, fractional months of a period, and back from fractional months to a period.
/// </summary>
/// <remarks>
/// A month has no fixed number of days, so conversions between days and months are defined once,
/// here: whole years and months are counted on the calendar from an anchor date, and only the days
/// left over are a share of the month they fall in. An unbroken year is then exactly 1.0.
/// </remarks>
internal static class CalendarMath
{
    /// <summary>The mean length of a Gregorian month in days (365.2425 / 12).</summary>
    public const double DaysPerMonth = 365.2425 / 12;

    /// <summary>Rounding that absorbs floating-point noise before months are split into whole months and days.</summary>
    private const int MonthDigits = 9;

    /// <summary>The calendar period that <paramref name="days"/> whole days make when counted from <paramref name="anchor"/>.</summary>
    public static Period PeriodOfDays(LocalDate anchor, int days) =>
        days == 0 ? Period.Zero : Period.Between(anchor, anchor.PlusDays(days));

    /// <summary>
    /// Fractional years of <paramref name="days"/> days counted from <paramref name="anchor"/>: whole
    /// years, plus whole months over 12, plus the remaining days (fraction included) as a share of the
    /// month they fall in, over 12. Monotone in <paramref name="days"/>.
    /// </summary>
    /// <remarks>
    /// Worked out with dates alone, allocating nothing (people are ranked by the thousand): the
    /// years, months and days are those of <see cref="PeriodOfDays"/>, as <c>CalendarMathTests</c>
    /// checks, and the month the days fall in runs from anchor + years + months to anchor + years +
    /// months + 1.
    /// </remarks>
    public static double YearsOfDays(LocalDate anchor, double days)
    {
        if (days <= 0)
            return 0;
        var whole = (int)Math.Floor(days);
        var fraction = days - whole;
        var (years, months, remaining) = YearsMonthsDays(anchor, anchor.PlusDays(whole));
        var afterYears = anchor.PlusYears(years);
        var monthStart = afterYears.PlusMonths(months);
        var monthEnd = afterYears.PlusMonths(months + 1);
        var monthLength = Period.DaysBetween(monthStart, monthEnd);
        var shareOfMonth = monthLength <= 0 ? 0 : Math.Min((remaining + fraction) / monthLength, 1);
        return years + ((months + shareOfMonth) / 12);
    }

    /// <summary>
    /// The whole years, then whole months, then days from <paramref name="start"/> to
    /// <paramref name="end"/> (not before it): <c>Period.Between(start, end)</c>'s years, months
    /// and days, without making the period. Each unit is the most that, added on, does not pass the end.
    /// </summary>
    public static (int Years, int Months, int Days) YearsMonthsDays(LocalDate start, LocalDate end)
    {
        var years = end.Year - start.Year;
        if (years > 0 && start.PlusYears(years) > end)
            years--;
        var afterYears = start.PlusYears(years);
        var months = ((end.Year - afterYears.Year) * 12) + end.Month - afterYears.Month;
        if (months > 0 && afterYears.PlusMonths(months) > end)
            months--;
        return (years, months, Period.DaysBetween(afterYears.PlusMonths(months), end));
    }

    /// <summary>Fractional months of a date period: years × 12 + months + (weeks × 7 + days) / <see cref="DaysPerMonth"/>.</summary>
    public static double MonthsOf(Period period) =>
        (period.Years * 12.0) + period.Months + (((period.Weeks * 7.0) + period.Days) / DaysPerMonth);

    /// <summary>
    /// A period of whole years and months, plus the days that the fraction of a month makes
    /// (rounded up, at <see cref="DaysPerMonth"/> a month). Zero or less gives <see cref="Period.Zero"/>.
    /// </summary>
    public static Period PeriodOfMonths(double months)
    {
        var (whole, days) = WholeMonthsAndDays(months);
        var period = Period.Zero;
        if (whole >= 12)
            period += Period.FromYears(whole / 12);
        if (whole % 12 != 0)
            period += Period.FromMonths(whole % 12);
        if (days != 0)
            period += Period.FromDays(days);
        return period;
    }

    /// <summary>
    /// <paramref name="start"/> + <see cref="PeriodOfMonths"/>(<paramref name="months"/>), allocating
    /// nothing: the years, then the months, then the days, as a period is added to a date. Past
    /// the calendar's last day, the <see cref="OverflowException"/> of <see cref="Plus"/>.
    /// </summary>
    public static LocalDate PlusMonths(LocalDate start, double months, string what)
    {
        var (whole, days) = WholeMonthsAndDays(months);
        try
        {
            return start.PlusYears(whole / 12).PlusMonths(whole % 12).PlusDays(days);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            return Plus(start, PeriodOfMonths(months), what);
        }
    }

    /// <summary>Fractional months as whole months and the days the fraction makes, rounded up (see <see cref="PeriodOfMonths"/>); zero or less is none.</summary>
    private static (int Whole, int Days) WholeMonthsAndDays(double months)
    {
        months = Math.Round(months, MonthDigits);
        if (months <= 0)
            return (0, 0);
        var whole = (int)Math.Floor(months);
        return (whole, (int)Math.Ceiling(Math.Round((months - whole) * DaysPerMonth, MonthDigits)));
    }

    /// <summary>A date period with months carried into years (13 months is 1 year 1 month) and weeks into days.</summary>
    public static Period Normalize(Period period)
    {
        var months = (period.Years * 12L) + period.Months;
        var days = (period.Weeks * 7L) + period.Days;
        var result = Period.Zero;
        if (months / 12 != 0)
            result += Period.FromYears((int)(months / 12));
        if (months % 12 != 0)
            result += Period.FromMonths((int)(months % 12));
        if (days != 0)
            result += Period.FromDays((int)days);
        return result;
    }

    /// <summary>
    /// <paramref name="start"/> + <paramref name="period"/>; past the calendar's last day
    /// (9999-12-31) an <see cref="OverflowException"/> that says what lies there, rather than
    /// NodaTime's range error about a value the caller never passed.
    /// </summary>
    public static LocalDate Plus(LocalDate start, Period period, string what)
    {
        try
        {
            return start.Plus(period);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new OverflowException($"{what} lies {Describe(period)} after {Iso(start)}, past the calendar's last day, {Iso(LocalDate.MaxIsoValue)}.", e);
        }
    }

    /// <summary>An ISO date, such as <c>2026-11-25</c>, whatever the current culture.</summary>
    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Describes a period in words, such as <c>1 year 6 months</c>, <c>3 weeks</c> or <c>0 days</c>.</summary>
    public static string Describe(Period period)
    {
        var text = new StringBuilder();
        Append(text, period.Years, "year");
        Append(text, period.Months, "month");
        Append(text, period.Weeks, "week");
        Append(text, period.Days, "day");
        return text.Length == 0 ? "0 days" : text.ToString();
    }

    /// <summary>Formats fractional years in words, such as <c>1 year</c> or <c>1.5 years</c>.</summary>
    public static string Years(double years) => Fraction(years) + (Fraction(years) == "1" ? " year" : " years");

    /// <summary>Formats a fraction, such as a fit, with up to three decimals.</summary>
    public static string Fraction(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static void Append(StringBuilder text, long count, string unit)
    {
        if (count == 0)
            return;
        if (text.Length > 0)
            text.Append(' ');
        text.Append(count.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
        if (count != 1)
            text.Append('s');
    }
}
