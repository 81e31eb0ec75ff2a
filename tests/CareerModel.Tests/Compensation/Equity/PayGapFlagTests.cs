using CareerModel.Compensation.Equity;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>The gaps that reach the threshold (5% by default, the EU pay transparency directive's) are flagged.</summary>
public class PayGapFlagTests
{
    [Fact]
    public void The_default_threshold_is_five_percent()
    {
        Assert.Equal(0.05m, PayEquityAnalysis.DefaultThreshold);
        Assert.Equal(0.05m, PayEquityAnalysis.Analyze(WorkedExample()).Threshold);
    }

    [Fact]
    public void A_gap_of_exactly_5_percent_is_flagged_and_one_of_4_99_percent_is_not()
    {
        // Specialist: F 39,900 against M 42,000 is 5%; Senior: 49,405.20 against 52,000 is 4.99%;
        // population-wide the mean gap is 2.95%.
        var flag = Assert.Single(PayEquityAnalysis.Analyze(WorkedExample()).Flags);

        Assert.Equal(Specialist, flag.RoleId);
        Assert.False(flag.IsPopulationWide);
        Assert.Equal("F", flag.Group);
        Assert.Equal("M", flag.ReferenceGroup);
        Assert.Equal(0.05m, flag.Gap);
        Assert.Equal(1, flag.Headcount);
        Assert.Equal(1, flag.ReferenceHeadcount);
    }

    [Fact]
    public void A_lower_threshold_flags_the_population_wide_gap_before_the_roles()
    {
        var flags = PayEquityAnalysis.Analyze(WorkedExample(), threshold: 0.02m).Flags;

        Assert.Equal([null, Senior, Specialist], flags.Select(f => f.RoleId));
        Assert.True(flags[0].IsPopulationWide);
        Assert.Equal(4_694.80m / 159_000m, flags[0].Gap);
        Assert.Equal(3, flags[0].Headcount);
        Assert.Equal(3, flags[0].ReferenceHeadcount);
        Assert.Equal(0.0499m, flags[1].Gap);
    }

    [Fact]
    public void A_gap_in_favour_of_the_group_is_flagged_by_its_absolute_value()
    {
        // Reference F: the Specialist gap of M is (39,900 − 42,000) / 39,900 = −5.26%,
        // the Senior gap (49,405.20 − 52,000) / 49,405.20 = −5.25%.
        var flags = PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup: "F").Flags;

        Assert.Equal([Senior, Specialist], flags.Select(f => f.RoleId));
        Assert.Equal(-2_100m / 39_900m, flags[1].Gap);
        Assert.Equal("role cs-specialist: M is paid 5.26% more than F on average (1 vs 1 employee)", flags[1].ToString());
    }

    [Fact]
    public void The_flag_reads_as_a_sentence()
    {
        var flags = PayEquityAnalysis.Analyze(WorkedExample(), threshold: 0.02m).Flags;

        Assert.Equal("whole population: F is paid 2.95% less than M on average (3 vs 3 employees)", flags[0].ToString());
        Assert.Equal("role cs-specialist: F is paid 5% less than M on average (1 vs 1 employee)", flags[2].ToString());
    }

    [Fact]
    public void A_population_without_gaps_has_no_flags()
    {
        Assert.Empty(PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 42_000m, "F"),
            Employee("b", Specialist, 42_000m, "M"),
        ]).Flags);
    }
}
