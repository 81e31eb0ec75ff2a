using NodaTime;

namespace CareerModel.Internal;

/// <summary>
/// Career durations ("5–8 years", "about 18 months") are counted in whole years and months.
/// Keeping them in that form makes them exactly comparable, which a Period with days or weeks
/// is not (a month has no fixed number of days).
/// </summary>
internal static class Periods
{
    public static Period YearsAndMonths(Period? period, string paramName)
    {
        ArgumentNullException.ThrowIfNull(period, paramName);
        if (period.Weeks != 0 || period.Days != 0 || period.HasTimeComponent)
            throw new ArgumentException($"{paramName} {period} must be in whole years and months only (no weeks, days or time).", paramName);
        var months = TotalMonths(period);
        if (months < 0)
            throw InvariantArgument.OutOfRange(paramName, period, $"{paramName} {period} must not be negative.");
        if (months / 12 > int.MaxValue)
            throw InvariantArgument.OutOfRange(paramName, period, $"{paramName} {period} is too long; a period holds at most {int.MaxValue} years.");
        return Period.FromYears((int)(months / 12)) + Period.FromMonths((int)(months % 12));
    }

    /// <summary>
    /// The longest career duration the model accepts (a typical time in a role, a typical
    /// experience, a recommendation horizon): a working life and more. The bound keeps every date
    /// the engines compute from such spans inside NodaTime's calendar, and every sum of them far
    /// from overflow; 9,000 years is a typing error, not a career.
    /// </summary>
    public const int MaxCareerYears = 100;

    /// <summary>A career duration: whole years and months (<see cref="YearsAndMonths"/>), at most <see cref="MaxCareerYears"/>.</summary>
    public static Period CareerSpan(Period? period, string paramName)
    {
        var span = YearsAndMonths(period, paramName);
        if (TotalMonths(span) > MaxCareerYears * 12L)
            throw InvariantArgument.OutOfRange(paramName, span.ToString(), $"{paramName} {span} is longer than {MaxCareerYears} years, the longest career duration the model accepts.");
        return span;
    }

    public static long TotalMonths(Period period) => (period.Years * 12L) + period.Months;

    public static string Describe(Period period)
    {
        var months = TotalMonths(period);
        if (months % 12 == 0)
            return months == 12 ? "1 year" : $"{months / 12} years";
        return months < 12 ? (months == 1 ? "1 month" : $"{months} months") : (months / 12.0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " years";
    }
}
