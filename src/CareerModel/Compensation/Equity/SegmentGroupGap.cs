using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// One group within a segment of the population (a <see cref="PayQuartile"/> or a role): its
/// headcount, its share of the segment and its pay gap to the reference group within the segment.
/// </summary>
/// <remarks>
/// <para>
/// The gaps are (reference pay − group pay) / reference pay over the members of the segment only,
/// exact and unrounded. A gap is null, never silently zero, when it is undefined, and
/// <see cref="NoGapReason"/> then says why: the group or the reference group has no members in the
/// segment, or the reference group's mean or median pay in the segment is zero.
/// </para>
/// <para>Two values are equal when every property is equal.</para>
/// </remarks>
public sealed class SegmentGroupGap
{
    internal SegmentGroupGap(
        string group, bool isReference, int headcount, decimal share,
        Money? meanPay, Money? medianPay, decimal? meanGap, decimal? medianGap, string? noGapReason)
    {
        Group = group;
        IsReference = isReference;
        Headcount = headcount;
        Share = share;
        MeanPay = meanPay;
        MedianPay = medianPay;
        MeanGap = meanGap;
        MedianGap = medianGap;
        NoGapReason = noGapReason;
    }

    /// <summary>Gets the group, such as <c>F</c>.</summary>
    public string Group { get; }

    /// <summary>Gets a value indicating whether this is the reference group the gaps are measured against.</summary>
    public bool IsReference { get; }

    /// <summary>Gets the number of the group's employees in the segment; may be 0 in a pay quartile.</summary>
    public int Headcount { get; }

    /// <summary>Gets the group's share of the segment's headcount, headcount ÷ segment headcount from 0 to 1 (0 in an empty segment), to <see cref="decimal"/>'s 28 significant digits.</summary>
    public decimal Share { get; }

    /// <summary>Gets the group's mean pay in the segment, or null when it has no members there.</summary>
    public Money? MeanPay { get; }

    /// <summary>Gets the group's median pay in the segment, or null when it has no members there.</summary>
    public Money? MedianPay { get; }

    /// <summary>Gets the mean pay gap within the segment, or null when undefined (see <see cref="NoGapReason"/>).</summary>
    public decimal? MeanGap { get; }

    /// <summary>Gets the median pay gap within the segment, or null when undefined (see <see cref="NoGapReason"/>).</summary>
    public decimal? MedianGap { get; }

    /// <summary>Gets why a gap is null, such as <c>the reference group 'M' has no members here</c>; null when both gaps are defined.</summary>
    public string? NoGapReason { get; }

    /// <summary>
    /// Describes the group in its segment: <c>F 50% (1): mean USD 39,900.00 (gap 5%), median USD 39,900.00 (gap 5%)</c>,
    /// or <c>F 0% (0): no gap, the group has no members here</c>; rounded for display only.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = $"{Group}{(IsReference ? " (reference)" : "")} {EquityMath.Percent(Share)} ({Headcount})";
        if (MeanPay is { } mean && MedianPay is { } median)
            text += $": mean {EquityMath.Amount(mean)}{Gap(MeanGap)}, median {EquityMath.Amount(median)}{Gap(MedianGap)}";
        if (NoGapReason is null)
            return text;
        return $"{text}{(MeanPay is null ? ":" : ";")} {(MeanGap is null ? "no gap" : "no median gap")}, {NoGapReason}";

        static string Gap(decimal? gap) => gap is { } g ? $" (gap {EquityMath.Percent(g)})" : "";
    }
}
