using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// One group's pay across the whole population and its gap to the reference group:
/// gap = (reference pay − group pay) / reference pay, for the mean and for the median.
/// </summary>
/// <remarks>
/// A positive gap means the group is paid less than the reference group, a negative one more;
/// the reference group's own gaps are 0. Gaps are exact fractions (0.05 for 5%), never rounded.
/// Two values are equal when every property is equal.
/// </remarks>
public sealed class GroupPayGap
{
    internal GroupPayGap(string group, bool isReference, int headcount, Money meanPay, Money medianPay, decimal meanGap, decimal medianGap)
    {
        Group = group;
        IsReference = isReference;
        Headcount = headcount;
        MeanPay = meanPay;
        MedianPay = medianPay;
        MeanGap = meanGap;
        MedianGap = medianGap;
    }

    /// <summary>Gets the group, such as <c>F</c>.</summary>
    public string Group { get; }

    /// <summary>Gets a value indicating whether this is the reference group the gaps are measured against.</summary>
    public bool IsReference { get; }

    /// <summary>Gets the number of employees in the group; at least one.</summary>
    public int Headcount { get; }

    /// <summary>Gets the group's mean annual pay, unrounded.</summary>
    public Money MeanPay { get; }

    /// <summary>Gets the group's median annual pay: the middle pay, or the average of the two middle pays.</summary>
    public Money MedianPay { get; }

    /// <summary>Gets the mean pay gap, (reference mean − group mean) / reference mean.</summary>
    public decimal MeanGap { get; }

    /// <summary>Gets the median pay gap, (reference median − group median) / reference median.</summary>
    public decimal MedianGap { get; }

    /// <summary>
    /// Describes the group: <c>F: 3 employees, mean USD 51,435.07 (gap 2.95%), median USD 49,405.20 (gap 4.99%)</c>;
    /// amounts are rounded to minor units and gaps to two decimals of a percent for display only.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Group}{(IsReference ? " (reference)" : "")}: {Headcount} {(Headcount == 1 ? "employee" : "employees")}, "
        + $"mean {EquityMath.Amount(MeanPay)} (gap {EquityMath.Percent(MeanGap)}), median {EquityMath.Amount(MedianPay)} (gap {EquityMath.Percent(MedianGap)})";
}
