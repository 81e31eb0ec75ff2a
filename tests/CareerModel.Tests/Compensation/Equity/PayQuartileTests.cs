using CareerModel.Compensation.Equity;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>The population split into four pay quartiles, each group's share of each, and the gaps within them.</summary>
public class PayQuartileTests
{
    /// <summary>Ranked: f1 39,900 | m1 42,000, f2 49,405.20 | m2 52,000 | f3 65,000, m3 65,000 (sizes 1, 2, 1, 2).</summary>
    private static readonly IReadOnlyList<PayQuartile> Quartiles = PayEquityAnalysis.Analyze(WorkedExample()).Quartiles;

    private static SegmentGroupGap In(PayQuartile quartile, string group) => quartile.Groups.Single(g => g.Group == group);

    [Fact]
    public void There_are_four_quartiles_numbered_and_named_lowest_first()
    {
        Assert.Equal([1, 2, 3, 4], Quartiles.Select(q => q.Number));
        Assert.Equal(["lower", "lower middle", "upper middle", "upper"], Quartiles.Select(q => q.Name));
    }

    [Fact]
    public void Six_employees_split_one_two_one_two_with_each_quartiles_pay_range()
    {
        Assert.Equal([1, 2, 1, 2], Quartiles.Select(q => q.Headcount));
        Assert.Equal(Usd(42_000m), Quartiles[1].LowestPay);
        Assert.Equal(Usd(49_405.20m), Quartiles[1].HighestPay);
        Assert.Equal(Usd(65_000m), Quartiles[3].LowestPay);
    }

    [Fact]
    public void Each_quartile_lists_every_group_with_its_share()
    {
        Assert.All(Quartiles, q => Assert.Equal(["F", "M"], q.Groups.Select(g => g.Group)));
        Assert.Equal([1m, 0.5m, 0m, 0.5m], Quartiles.Select(q => In(q, "F").Share));
        Assert.Equal([0m, 0.5m, 1m, 0.5m], Quartiles.Select(q => In(q, "M").Share));
        Assert.Equal([1, 1, 0, 1], Quartiles.Select(q => In(q, "F").Headcount));
    }

    [Fact]
    public void The_shares_of_each_quartile_sum_to_one()
    {
        Assert.All(Quartiles, q => Assert.Equal(1m, q.Groups.Sum(g => g.Share)));
    }

    [Fact]
    public void Thirds_sum_to_one_within_decimal_precision_and_headcounts_sum_exactly()
    {
        var employees = Enumerable.Range(0, 12)
            .Select(i => Employee($"e{i:00}", Specialist, 40_000m + i, ((char)('A' + (i % 3))).ToString()))
            .ToArray();

        var quartiles = PayEquityAnalysis.Analyze(employees).Quartiles;

        Assert.All(quartiles, q =>
        {
            Assert.Equal([1m / 3m, 1m / 3m, 1m / 3m], q.Groups.Select(g => g.Share));
            Assert.InRange(1m - q.Groups.Sum(g => g.Share), 0m, 0.00000000000000000000000001m);
            Assert.Equal(q.Headcount, q.Groups.Sum(g => g.Headcount));
        });
    }

    [Fact]
    public void The_mean_gap_within_a_quartile_uses_only_the_quartiles_members()
    {
        // Lower middle: F 49,405.20 against M 42,000: (42,000 − 49,405.20) / 42,000.
        Assert.Equal(-7_405.20m / 42_000m, In(Quartiles[1], "F").MeanGap);
        Assert.Equal(-7_405.20m / 42_000m, In(Quartiles[1], "F").MedianGap);
        Assert.Equal(0m, In(Quartiles[3], "F").MeanGap);
        Assert.Equal(0m, In(Quartiles[1], "M").MeanGap);
    }

    [Fact]
    public void A_quartile_without_the_reference_group_has_no_gap_and_says_why()
    {
        var women = In(Quartiles[0], "F");

        Assert.Equal(Usd(39_900m), women.MeanPay);
        Assert.Null(women.MeanGap);
        Assert.Null(women.MedianGap);
        Assert.Equal("the reference group 'M' has no members here", women.NoGapReason);
    }

    [Fact]
    public void A_group_without_members_in_a_quartile_has_no_pay_and_no_gap_and_says_why()
    {
        var women = In(Quartiles[2], "F");

        Assert.Equal(0, women.Headcount);
        Assert.Equal(0m, women.Share);
        Assert.Null(women.MeanPay);
        Assert.Null(women.MedianPay);
        Assert.Null(women.MeanGap);
        Assert.Equal("the group has no members here", women.NoGapReason);
    }

    [Fact]
    public void A_reference_group_paid_zero_within_a_quartile_gives_no_gap_there()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 0m, "M"),
            Employee("b", Specialist, 0m, "F"),
            Employee("c", Specialist, 90_000m, "M"),
            Employee("d", Specialist, 90_000m, "M"),
            Employee("e", Specialist, 80_000m, "F"),
            Employee("f", Specialist, 80_000m, "F"),
            Employee("g", Specialist, 0m, "X"),
            Employee("h", Specialist, 1m, "X"),
        ]);

        // Ranked: a 0, b 0 | g 0, h 1 | e, f 80,000 | c, d 90,000.
        var lower = report.Quartiles[0];
        Assert.Null(In(lower, "F").MeanGap);
        Assert.Equal("the reference group 'M' is paid zero here", In(lower, "F").NoGapReason);
    }

    [Theory]
    [InlineData(1, new[] { 0, 0, 0, 1 })]
    [InlineData(2, new[] { 0, 1, 0, 1 })]
    [InlineData(3, new[] { 0, 1, 1, 1 })]
    [InlineData(4, new[] { 1, 1, 1, 1 })]
    [InlineData(5, new[] { 1, 1, 1, 2 })]
    [InlineData(6, new[] { 1, 2, 1, 2 })]
    [InlineData(7, new[] { 1, 2, 2, 2 })]
    [InlineData(8, new[] { 2, 2, 2, 2 })]
    [InlineData(9, new[] { 2, 2, 2, 3 })]
    public void Quartile_k_holds_ranks_floor_of_k_minus_1_times_n_over_4_up_to_floor_of_k_times_n_over_4(int n, int[] sizes)
    {
        var employees = Enumerable.Range(0, n).Select(i => Employee($"e{i}", Specialist, 40_000m + i, "F"));

        Assert.Equal(sizes, PayEquityAnalysis.Analyze(employees).Quartiles.Select(q => q.Headcount));
    }

    [Fact]
    public void An_empty_quartile_has_no_pay_range_and_every_share_is_zero()
    {
        var quartile = PayEquityAnalysis.Analyze([Employee("a", Specialist, 40_000m, "F")]).Quartiles[0];

        Assert.Equal(0, quartile.Headcount);
        Assert.Null(quartile.LowestPay);
        Assert.Null(quartile.HighestPay);
        Assert.Equal(0m, Assert.Single(quartile.Groups).Share);
    }

    [Fact]
    public void Equal_pays_across_a_boundary_are_split_by_employee_id_whatever_the_input_order()
    {
        EmployeePay[] employees =
        [
            Employee("d", Specialist, 40_000m, "M"),
            Employee("b", Specialist, 40_000m, "M"),
            Employee("c", Specialist, 40_000m, "F"),
            Employee("a", Specialist, 40_000m, "F"),
        ];

        var quartiles = PayEquityAnalysis.Analyze(employees).Quartiles;

        // Ranked a, b, c, d: F, M, F, M.
        Assert.Equal([1m, 0m, 1m, 0m], quartiles.Select(q => In(q, "F").Share));
    }

    [Fact]
    public void The_quartile_prints_on_one_line()
    {
        Assert.Equal(
            "Q2 lower middle, 2 employees, USD 42,000.00 – 49,405.20: "
            + "F 50% (1): mean USD 49,405.20 (gap -17.63%), median USD 49,405.20 (gap -17.63%); "
            + "M (reference) 50% (1): mean USD 42,000.00 (gap 0%), median USD 42,000.00 (gap 0%)",
            Quartiles[1].ToString());
        Assert.Equal(
            "Q1 lower, 1 employee, USD 39,900.00 – 39,900.00: "
            + "F 100% (1): mean USD 39,900.00, median USD 39,900.00; no gap, the reference group 'M' has no members here; "
            + "M (reference) 0% (0): no gap, the group has no members here",
            Quartiles[0].ToString());
    }
}
