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
            throw new ArgumentOutOfRangeException(paramName, period, $"{paramName} {period} must not be negative.");
        if (months / 12 > int.MaxValue)
            throw new ArgumentOutOfRangeException(paramName, period, $"{paramName} {period} is too long; a period holds at most {int.MaxValue} years.");
        return Period.FromYears((int)(months / 12)) + Period.FromMonths((int)(months % 12));
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
