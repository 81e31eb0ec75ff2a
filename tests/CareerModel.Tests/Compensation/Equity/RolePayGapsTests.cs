using CareerModel.Compensation.Equity;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>Gaps within each role: the same reference group, over the role's employees only.</summary>
public class RolePayGapsTests
{
    private static readonly PayEquityReport Report = PayEquityAnalysis.Analyze(WorkedExample());

    private static SegmentGroupGap In(RolePayGaps role, string group) => role.Groups.Single(g => g.Group == group);

    [Fact]
    public void Every_role_is_listed_by_id_with_its_headcount()
    {
        Assert.Equal([Senior, Specialist, TeamLead], Report.Roles.Select(r => r.RoleId));
        Assert.All(Report.Roles, r => Assert.Equal(2, r.Headcount));
    }

    [Theory]
    [InlineData(Specialist, "0.05")]
    [InlineData(Senior, "0.0499")]
    [InlineData(TeamLead, "0")]
    public void The_gap_within_each_role_compares_its_members_only(string roleId, string gap)
    {
        var women = In(Report.GetRole(roleId), "F");

        Assert.Equal(decimal.Parse(gap, System.Globalization.CultureInfo.InvariantCulture), women.MeanGap);
        Assert.Equal(women.MeanGap, women.MedianGap);
        Assert.Equal(0.5m, women.Share);
        Assert.Null(women.NoGapReason);
    }

    [Fact]
    public void A_role_lists_only_the_groups_with_members_in_it()
    {
        var report = PayEquityAnalysis.Analyze([.. WorkedExample(), Employee("x1", TeamLead, 60_000m, "X")]);

        Assert.Equal(["F", "M"], report.GetRole(Specialist).Groups.Select(g => g.Group));
        Assert.Equal(["F", "M", "X"], report.GetRole(TeamLead).Groups.Select(g => g.Group));
        Assert.Equal(1m / 3m, In(report.GetRole(TeamLead), "X").Share);
    }

    [Fact]
    public void A_role_without_the_reference_group_has_no_gaps_and_says_why()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            .. WorkedExample(),
            Employee("x1", "cs-manager", 80_000m, "F"),
            Employee("x2", "cs-manager", 70_000m, "X"),
        ], referenceGroup: "M");

        var manager = report.GetRole("cs-manager");
        Assert.All(manager.Groups, g =>
        {
            Assert.Null(g.MeanGap);
            Assert.Equal("the reference group 'M' has no members here", g.NoGapReason);
        });
        Assert.DoesNotContain(report.Flags, f => f.RoleId == "cs-manager");
    }

    [Fact]
    public void The_role_prints_on_one_line()
    {
        Assert.Equal(
            "cs-specialist, 2 employees: F 50% (1): mean USD 39,900.00 (gap 5%), median USD 39,900.00 (gap 5%); "
            + "M (reference) 50% (1): mean USD 42,000.00 (gap 0%), median USD 42,000.00 (gap 0%)",
            Report.GetRole(Specialist).ToString());
    }

    [Fact]
    public void A_reference_group_with_a_median_pay_of_zero_gives_a_mean_gap_but_no_median_gap_and_says_why()
    {
        var report = PayEquityAnalysis.Analyze(
        [
            Employee("m1", "cs-manager", 0m, "M"),
            Employee("m2", "cs-manager", 0m, "M"),
            Employee("m3", "cs-manager", 3_000m, "M"),
            Employee("f1", "cs-manager", 900m, "F"),
            Employee("m4", Specialist, 42_000m, "M"),
            Employee("m5", Specialist, 42_000m, "M"),
            Employee("m6", Specialist, 42_000m, "M"),
        ], referenceGroup: "M");

        var women = In(report.GetRole("cs-manager"), "F");

        Assert.Equal(0.1m, women.MeanGap);
        Assert.Null(women.MedianGap);
        Assert.Equal("the reference group 'M' has a median pay of zero here", women.NoGapReason);
        Assert.EndsWith("; no median gap, the reference group 'M' has a median pay of zero here", women.ToString(), StringComparison.Ordinal);
    }
}
