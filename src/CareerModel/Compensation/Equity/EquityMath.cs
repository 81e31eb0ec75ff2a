using System.Globalization;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// The arithmetic of pay gaps, exact in <see cref="decimal"/> up to its 28 significant digits and
/// never rounded otherwise; and the display formats of the report's <c>ToString</c>.
/// </summary>
internal static class EquityMath
{
    /// <summary>The pays of some employees: headcount, total and the pays in ascending order.</summary>
    internal readonly record struct PayStats(int Count, decimal Sum, decimal[] Sorted)
    {
        public static PayStats Of(IEnumerable<EmployeePay> employees)
        {
            var sorted = employees.Select(e => e.Pay.Amount).Order().ToArray();
            var sum = 0m;
            foreach (var pay in sorted)
                sum += pay;
            return new PayStats(sorted.Length, sum, sorted);
        }

        public decimal Mean => Sum / Count;

        /// <summary>The middle pay, or the average of the two middle pays for an even headcount.</summary>
        public decimal Median => Count % 2 == 1
            ? Sorted[Count / 2]
            : (Sorted[(Count / 2) - 1] + Sorted[Count / 2]) / 2m;
    }

    /// <summary>
    /// The mean gap (ref mean − group mean) / ref mean, computed from the totals as
    /// (S_ref·n − S·n_ref) / (S_ref·n) so that no mean is rounded first; null when the reference
    /// total is zero.
    /// </summary>
    public static decimal? MeanGap(PayStats reference, PayStats group)
    {
        var denominator = reference.Sum * group.Count;
        return denominator == 0m ? null : ((reference.Sum * group.Count) - (group.Sum * reference.Count)) / denominator;
    }

    /// <summary>The median gap (ref median − group median) / ref median; null when the reference median is zero.</summary>
    public static decimal? MedianGap(PayStats reference, PayStats group)
    {
        var median = reference.Median;
        return median == 0m ? null : (median - group.Median) / median;
    }

    /// <summary>
    /// The p-quantile of ascending values by linear interpolation between closest ranks (Excel's
    /// QUARTILE.INC, R's type 7): h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
    /// </summary>
    public static decimal Quantile(decimal[] sorted, decimal p)
    {
        var h = (sorted.Length - 1) * p;
        var i = (int)decimal.Floor(h);
        var fraction = h - i;
        return fraction == 0m || i + 1 >= sorted.Length ? sorted[i] : sorted[i] + (fraction * (sorted[i + 1] - sorted[i]));
    }

    /// <summary>A fraction as a percentage to two decimals, for display: 0.0499 → <c>4.99%</c>.</summary>
    public static string Percent(decimal fraction)
    {
        var percent = Math.Round(fraction * 100m, 2, MidpointRounding.ToEven);
        return (percent == 0m ? 0m : percent).ToString("0.##", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>A ratio to three decimals, for display: 0.95 → <c>0.95</c>.</summary>
    public static string Ratio(decimal ratio) =>
        Math.Round(ratio, 3, MidpointRounding.ToEven).ToString("0.0##", CultureInfo.InvariantCulture);

    /// <summary>An amount rounded to its currency's minor units, for display.</summary>
    public static string Amount(Money money) => money.RoundToMinorUnits().ToString();
}
