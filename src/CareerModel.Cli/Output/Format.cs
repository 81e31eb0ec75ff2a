using System.Globalization;
using CareerModel.Compensation;
using CareerModel.Monetary;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Cli.Output;

/// <summary>
/// How the tool writes numbers, money, dates and periods in its tables: always the invariant
/// culture, so the output of a script is the same on every machine.
/// </summary>
internal static class Format
{
    /// <summary>Writes a day as yyyy-MM-dd.</summary>
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>Writes an exchange rate with up to six decimals.</summary>
    public static string Rate(decimal rate) => rate.ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>Writes an amount with its currency's minor units and thousands separators, without the code.</summary>
    public static string Amount(Money money) =>
        money.Amount.ToString("N" + money.Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Writes an amount with its currency code, such as <c>USD 42,000.00</c>.</summary>
    public static string Money(Money money) => $"{money.Currency.Code} {Amount(money)}";

    /// <summary>Writes a signed amount with its currency code, such as <c>+USD 7,000.00</c>.</summary>
    public static string Gain(Money money) => (money.IsNegative ? "-" : "+") + Money(money.Abs());

    /// <summary>Writes a number with two decimals, such as a fit or a skill level.</summary>
    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Writes a fraction as a percentage, such as <c>3%</c>.</summary>
    public static string Percent(decimal fraction) => (fraction * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    /// <summary>Writes a score part with its sign and three decimals, such as <c>+0.263</c>.</summary>
    public static string Score(double value) => value.ToString("+0.000;-0.000;+0.000", CultureInfo.InvariantCulture);

    /// <summary>Writes a band's minimum, midpoint and maximum for a table; a point band (a published median alone) shows only its midpoint, a missing band dashes.</summary>
    public static (string Minimum, string Midpoint, string Maximum) Cells(SalaryBand? band) => band switch
    {
        null => ("—", "—", "—"),
        { IsPoint: true } => ("", Amount(band.Midpoint), ""),
        _ => (Amount(band.Minimum), Amount(band.Midpoint), Amount(band.Maximum)),
    };

    /// <summary>Writes a period in words, such as <c>2 years 6 months</c>; a zero period is <c>now</c>.</summary>
    public static string Duration(Period period)
    {
        var normal = period.Normalize();
        var parts = new List<string>(3);
        Add(parts, normal.Years, "year");
        Add(parts, normal.Months, "month");
        Add(parts, normal.Weeks * 7 + normal.Days, "day");
        return parts.Count == 0 ? "now" : string.Join(' ', parts);
    }

    private static void Add(List<string> parts, long count, string unit)
    {
        if (count != 0)
            parts.Add(count == 1 ? $"1 {unit}" : $"{count.ToString(CultureInfo.InvariantCulture)} {unit}s");
    }
}
