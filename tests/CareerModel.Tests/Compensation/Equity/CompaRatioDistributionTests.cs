using CareerModel.Compensation;
using CareerModel.Compensation.Equity;
using CareerModel.Monetary;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>Each group's compa-ratios (pay ÷ band midpoint), with employees whose band has a zero midpoint listed, not skipped.</summary>
public class CompaRatioDistributionTests
{
    private static readonly PayEquityReport Report = PayEquityAnalysis.Analyze(WorkedExample());

    private static CompaRatioDistribution Of(PayEquityReport report, string group) => report.CompaRatios.Single(d => d.Group == group);

    [Fact]
    public void The_distribution_of_three_ratios_interpolates_its_quartiles_between_ranks()
    {
        // F: 39,900 / 42,000 = 0.95; 49,405.20 / 52,000 = 0.9501; 65,000 / 65,000 = 1.
        // h = 2p: Q1 at h 0.5 = 0.95 + 0.5 × 0.0001; Q3 at h 1.5 = 0.9501 + 0.5 × 0.0499.
        var women = Of(Report, "F");

        Assert.Equal(3, women.Count);
        Assert.Equal(0.95m, women.Minimum);
        Assert.Equal(0.95005m, women.LowerQuartile);
        Assert.Equal(0.9501m, women.Median);
        Assert.Equal(0.97505m, women.UpperQuartile);
        Assert.Equal(1m, women.Maximum);
        Assert.Equal(0.9667m, women.Mean);
    }

    [Fact]
    public void Pay_at_the_midpoint_everywhere_gives_ratios_of_one()
    {
        var men = Of(Report, "M");

        Assert.Equal(
            [1m, 1m, 1m, 1m, 1m, 1m],
            [men.Minimum, men.LowerQuartile, men.Median, men.UpperQuartile, men.Maximum, men.Mean]);
    }

    [Fact]
    public void The_median_of_an_even_count_is_half_way_between_the_middle_ratios()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 37_800m, "F"), // 0.9
            Employee("b", Specialist, 42_000m, "F"), // 1
            Employee("c", Senior, 57_200m, "F"),     // 1.1
            Employee("d", Senior, 62_400m, "F"),     // 1.2
        ]);

        var women = Of(report, "F");
        Assert.Equal(1.05m, women.Median);
        Assert.Equal(0.975m, women.LowerQuartile); // h 0.75: 0.9 + 0.75 × 0.1
        Assert.Equal(1.125m, women.UpperQuartile); // h 2.25: 1.1 + 0.25 × 0.1
        Assert.Equal(1.05m, women.Mean);
    }

    [Fact]
    public void Ratios_use_each_employees_own_band_midpoint()
    {
        var range = SalaryBand.FromRange(Usd(40_000m), Usd(60_000m));
        var report = PayEquityAnalysis.Analyze([new EmployeePay("a", "analyst", range, Usd(45_000m), "F")]);

        Assert.Equal(0.9m, Of(report, "F").Median);
    }

    [Fact]
    public void An_employee_whose_band_has_a_zero_midpoint_is_listed_as_excluded_with_the_reason()
    {
        var unpaid = SalaryBand.FromMedian(Money.Zero(Currency.USD));
        var report = PayEquityAnalysis.Analyze(
        [
            .. WorkedExample(),
            new EmployeePay("v1", "volunteer", unpaid, Usd(1_000m), "F"),
        ]);

        var exclusion = Assert.Single(report.CompaRatioExclusions);
        Assert.Equal("v1", exclusion.EmployeeId);
        Assert.Equal("volunteer", exclusion.RoleId);
        Assert.Equal("F", exclusion.Group);
        Assert.Equal("the band's midpoint is zero, so pay ÷ midpoint is undefined", exclusion.Reason);
        Assert.Equal("employee 'v1' (role volunteer, group F): the band's midpoint is zero, so pay ÷ midpoint is undefined", exclusion.ToString());
        Assert.Equal(3, Of(report, "F").Count);
        Assert.Equal(4, report.GetGroup("F").Headcount);
    }

    [Fact]
    public void A_group_whose_employees_are_all_excluded_has_no_distribution_but_every_exclusion_is_listed()
    {
        var unpaid = SalaryBand.FromMedian(Money.Zero(Currency.USD));
        var report = PayEquityAnalysis.Analyze(
        [
            .. WorkedExample(),
            new EmployeePay("v2", "volunteer", unpaid, Usd(0m), "X"),
            new EmployeePay("v1", "volunteer", unpaid, Usd(0m), "X"),
        ]);

        Assert.Equal(["F", "M"], report.CompaRatios.Select(d => d.Group));
        Assert.Equal(["v1", "v2"], report.CompaRatioExclusions.Select(e => e.EmployeeId));
    }

    [Fact]
    public void The_distribution_prints_rounded_to_three_decimals()
    {
        Assert.Equal("F: n 3, min 0.95, Q1 0.95, median 0.95, Q3 0.975, max 1.0, mean 0.967", Of(Report, "F").ToString());
    }
}
