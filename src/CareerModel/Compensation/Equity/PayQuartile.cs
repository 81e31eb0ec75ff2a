using System.Collections.Immutable;
using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// One of the four pay quartiles of a population ranked by pay, with each group's share of it
/// and each group's pay gap within it, as UK gender pay gap reporting shows them.
/// </summary>
/// <remarks>
/// <para>
/// How the population is split: employees are ranked by pay, ascending, and employees with equal
/// pay by employee id (ordinal), so the split never depends on the order employees are given in.
/// With n employees, quartile k (1–4) holds ranks ⌊(k − 1)·n / 4⌋ to ⌊k·n / 4⌋ − 1 (from 0): the
/// quartiles differ in size by at most one, the larger ones holding the remainder spread upward
/// (n = 6 gives 1, 2, 1, 2). Equal pays may therefore fall on both sides of a boundary. With fewer
/// than four employees some quartiles are empty: their headcount is 0 and every share is 0.
/// </para>
/// <para>
/// <see cref="Groups"/> lists every group of the population, members here or not, so the shares of
/// a non-empty quartile sum to 1: exactly in headcounts, and within 10⁻²⁶ in the shares, which are
/// headcount ÷ quartile headcount to <see cref="decimal"/>'s 28 significant digits (a third is
/// 0.333…3). Two quartiles are equal when every property is equal.
/// </para>
/// </remarks>
public sealed class PayQuartile
{
    private static readonly ImmutableArray<string> Names = ["lower", "lower middle", "upper middle", "upper"];

    internal PayQuartile(int number, int headcount, Money? lowestPay, Money? highestPay, IReadOnlyList<SegmentGroupGap> groups)
    {
        Number = number;
        Headcount = headcount;
        LowestPay = lowestPay;
        HighestPay = highestPay;
        Groups = groups;
    }

    /// <summary>Gets the quartile's number: 1 for the lowest-paid quarter to 4 for the highest-paid.</summary>
    public int Number { get; }

    /// <summary>Gets the quartile's name as UK reporting uses it: <c>lower</c>, <c>lower middle</c>, <c>upper middle</c> or <c>upper</c>.</summary>
    public string Name => Names[Number - 1];

    /// <summary>Gets the number of employees in the quartile.</summary>
    public int Headcount { get; }

    /// <summary>Gets the lowest pay in the quartile, or null when it is empty.</summary>
    public Money? LowestPay { get; }

    /// <summary>Gets the highest pay in the quartile, or null when it is empty.</summary>
    public Money? HighestPay { get; }

    /// <summary>Gets every group of the population with its share of and gap within this quartile, ordered by group (ordinal).</summary>
    public IReadOnlyList<SegmentGroupGap> Groups { get; }

    /// <summary>
    /// Describes the quartile on one line: <c>Q1 lower, 2 employees, USD 39,900.00 – 42,000.00: F 50% (1): …; M 50% (1): …</c>;
    /// rounded for display only.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var range = LowestPay is { } low && HighestPay is { } high
            ? $", {EquityMath.Amount(low)} – {EquityMath.Amount(high)[(high.Currency.Code.Length + 1)..]}"
            : "";
        return $"Q{Number} {Name}, {Headcount} {(Headcount == 1 ? "employee" : "employees")}{range}: {string.Join("; ", Groups)}";
    }
}
