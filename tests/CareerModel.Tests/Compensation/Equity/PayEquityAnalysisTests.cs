using CareerModel.Compensation.Equity;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>Population-wide mean and median gaps, worked by hand on the built-in ladder's US medians.</summary>
public class PayEquityAnalysisTests
{
    private static readonly PayEquityReport Report = PayEquityAnalysis.Analyze(WorkedExample());

    [Fact]
    public void The_default_reference_group_is_the_one_with_the_highest_mean_pay()
    {
        // M: (42,000 + 52,000 + 65,000) / 3 = 53,000; F: (39,900 + 49,405.20 + 65,000) / 3 = 51,435.07.
        Assert.Equal("M", Report.ReferenceGroup);
        Assert.True(Report.GetGroup("M").IsReference);
        Assert.False(Report.GetGroup("F").IsReference);
    }

    [Fact]
    public void Each_group_has_its_headcount_mean_and_median_pay()
    {
        var men = Report.GetGroup("M");
        var women = Report.GetGroup("F");

        Assert.Equal(3, men.Headcount);
        Assert.Equal(Usd(53_000m), men.MeanPay);
        Assert.Equal(Usd(52_000m), men.MedianPay);
        Assert.Equal(3, women.Headcount);
        Assert.Equal(Usd(154_305.20m / 3m), women.MeanPay);
        Assert.Equal(Usd(49_405.20m), women.MedianPay);
    }

    [Fact]
    public void The_mean_gap_is_the_reference_mean_minus_the_group_mean_over_the_reference_mean()
    {
        // (159,000 − 154,305.20) / 159,000 = 4,694.80 / 159,000 = 2.9527…%
        Assert.Equal(4_694.80m / 159_000m, Report.GetGroup("F").MeanGap);
        Assert.Equal(0.0295270440251572327044025157m, Report.GetGroup("F").MeanGap);
    }

    [Fact]
    public void The_median_gap_is_the_reference_median_minus_the_group_median_over_the_reference_median()
    {
        // (52,000 − 49,405.20) / 52,000 = 2,594.80 / 52,000 = 4.99% exactly.
        Assert.Equal(0.0499m, Report.GetGroup("F").MedianGap);
    }

    [Fact]
    public void The_reference_groups_own_gaps_are_zero()
    {
        Assert.Equal(0m, Report.GetGroup("M").MeanGap);
        Assert.Equal(0m, Report.GetGroup("M").MedianGap);
    }

    [Fact]
    public void Groups_are_listed_in_ordinal_order()
    {
        Assert.Equal(["F", "M"], Report.Groups.Select(g => g.Group));
    }

    [Fact]
    public void A_caller_chosen_reference_group_turns_the_other_groups_gap_negative_when_it_is_paid_more()
    {
        var report = PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup: "F");

        Assert.Equal("F", report.ReferenceGroup);
        Assert.Equal((154_305.20m - 159_000m) / 154_305.20m, report.GetGroup("M").MeanGap);
        Assert.Equal((49_405.20m - 52_000m) / 49_405.20m, report.GetGroup("M").MedianGap);
        Assert.Equal(0m, report.GetGroup("F").MeanGap);
    }

    [Fact]
    public void The_reference_group_is_trimmed_like_the_employees_groups()
    {
        Assert.Equal("F", PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup: " F ").ReferenceGroup);
    }

    [Fact]
    public void When_two_groups_share_the_highest_mean_pay_the_first_by_ordinal_name_is_the_reference()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 40_000m, "Y"),
            Employee("b", Specialist, 44_000m, "Y"),
            Employee("c", Specialist, 42_000m, "X"),
        ]);

        Assert.Equal("X", report.ReferenceGroup);
        Assert.Equal(0m, report.GetGroup("Y").MeanGap);
    }

    [Fact]
    public void Three_groups_are_each_measured_against_the_reference()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 40_000m, "F"),
            Employee("b", Specialist, 50_000m, "M"),
            Employee("c", Specialist, 45_000m, "X"),
            Employee("d", Specialist, 35_000m, "X"),
        ]);

        Assert.Equal("M", report.ReferenceGroup);
        Assert.Equal(0.2m, report.GetGroup("F").MeanGap);  // (50,000 − 40,000) / 50,000
        Assert.Equal(0.2m, report.GetGroup("X").MeanGap);  // mean 40,000
        Assert.Equal(0.2m, report.GetGroup("X").MedianGap); // median (35,000 + 45,000) / 2
    }

    [Fact]
    public void A_population_of_one_group_has_no_gap()
    {
        var report = PayEquityAnalysis.Analyze([Employee("a", Specialist, 40_000m, "F")]);

        Assert.Equal("F", report.ReferenceGroup);
        Assert.Equal(0m, Assert.Single(report.Groups).MeanGap);
        Assert.Empty(report.Flags);
    }

    [Fact]
    public void Nothing_is_rounded_even_amounts_below_a_cent()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 40_000.004m, "F"),
            Employee("b", Specialist, 40_000.008m, "M"),
        ]);

        Assert.Equal(Usd(40_000.004m), report.GetGroup("F").MeanPay);
        Assert.Equal(0.004m / 40_000.008m, report.GetGroup("F").MeanGap);
    }

    [Fact]
    public void An_employee_paid_zero_counts_in_the_gaps()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 0m, "F"),
            Employee("b", Specialist, 40_000m, "F"),
            Employee("c", Specialist, 40_000m, "M"),
        ]);

        Assert.Equal(0.5m, report.GetGroup("F").MeanGap);
        Assert.Equal(0.5m, report.GetGroup("F").MedianGap);
    }
}
