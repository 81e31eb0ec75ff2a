using CareerModel.Compensation;
using CareerModel.Compensation.Equity;
using CareerModel.Monetary;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>The report: lookups, value equality and the text it prints.</summary>
public class PayEquityReportTests
{
    private static readonly PayEquityReport Report = PayEquityAnalysis.Analyze(WorkedExample());

    [Fact]
    public void The_report_names_its_currency_headcount_reference_and_threshold()
    {
        Assert.Equal(Currency.USD, Report.Currency);
        Assert.Equal(6, Report.Headcount);
        Assert.Equal("M", Report.ReferenceGroup);
        Assert.Equal(0.05m, Report.Threshold);
    }

    [Fact]
    public void Looking_up_a_group_without_members_throws_listing_the_groups_present()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Report.GetGroup("X"));

        Assert.Equal("Group 'X' has no members in the population; groups present: F, M.", error.Message);
    }

    [Fact]
    public void Looking_up_a_role_without_employees_throws_listing_the_roles_present()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Report.GetRole("cs-manager"));

        Assert.Equal("Role 'cs-manager' has no employees in the population; roles present: cs-senior-specialist, cs-specialist, cs-team-lead.", error.Message);
    }

    [Fact]
    public void The_same_population_gives_the_same_report()
    {
        var again = PayEquityAnalysis.Analyze(WorkedExample());

        Assert.Equivalent(Report, again, strict: true);
        Assert.NotEqual(Report.ToString(), PayEquityAnalysis.Analyze(WorkedExample(), threshold: 0.02m).ToString());
        Assert.NotEqual(Report.ToString(), PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup: "F").ToString());
    }

    [Fact]
    public void The_report_lists_can_not_be_changed_through_a_cast()
    {
        Assert.False(Report.Groups is GroupPayGap[]);
        Assert.Throws<NotSupportedException>(() => ((IList<PayGapFlag>)Report.Flags).Clear());
    }

    [Fact]
    public void The_report_prints_every_section()
    {
        var unpaid = SalaryBand.FromMedian(Money.Zero(Currency.USD));
        var report = PayEquityAnalysis.Analyze([.. WorkedExample(), new EmployeePay("v1", "volunteer", unpaid, Usd(1_000m), "F")]);

        Assert.Equal(
            """
            Pay equity report: 7 employees paid in USD, reference group M, threshold 5%
            Groups (gap = (reference pay − group pay) / reference pay):
              F: 4 employees, mean USD 38,826.30 (gap 26.74%), median USD 44,652.60 (gap 14.13%)
              M (reference): 3 employees, mean USD 53,000.00 (gap 0%), median USD 52,000.00 (gap 0%)
            Pay quartiles (ranked by pay, equal pays by employee id):
              Q1 lower, 1 employee, USD 1,000.00 – 1,000.00: F 100% (1): mean USD 1,000.00, median USD 1,000.00; no gap, the reference group 'M' has no members here; M (reference) 0% (0): no gap, the group has no members here
              Q2 lower middle, 2 employees, USD 39,900.00 – 42,000.00: F 50% (1): mean USD 39,900.00 (gap 5%), median USD 39,900.00 (gap 5%); M (reference) 50% (1): mean USD 42,000.00 (gap 0%), median USD 42,000.00 (gap 0%)
              Q3 upper middle, 2 employees, USD 49,405.20 – 52,000.00: F 50% (1): mean USD 49,405.20 (gap 4.99%), median USD 49,405.20 (gap 4.99%); M (reference) 50% (1): mean USD 52,000.00 (gap 0%), median USD 52,000.00 (gap 0%)
              Q4 upper, 2 employees, USD 65,000.00 – 65,000.00: F 50% (1): mean USD 65,000.00 (gap 0%), median USD 65,000.00 (gap 0%); M (reference) 50% (1): mean USD 65,000.00 (gap 0%), median USD 65,000.00 (gap 0%)
            Roles:
              cs-senior-specialist, 2 employees: F 50% (1): mean USD 49,405.20 (gap 4.99%), median USD 49,405.20 (gap 4.99%); M (reference) 50% (1): mean USD 52,000.00 (gap 0%), median USD 52,000.00 (gap 0%)
              cs-specialist, 2 employees: F 50% (1): mean USD 39,900.00 (gap 5%), median USD 39,900.00 (gap 5%); M (reference) 50% (1): mean USD 42,000.00 (gap 0%), median USD 42,000.00 (gap 0%)
              cs-team-lead, 2 employees: F 50% (1): mean USD 65,000.00 (gap 0%), median USD 65,000.00 (gap 0%); M (reference) 50% (1): mean USD 65,000.00 (gap 0%), median USD 65,000.00 (gap 0%)
              volunteer, 1 employee: F 100% (1): mean USD 1,000.00, median USD 1,000.00; no gap, the reference group 'M' has no members here
            Compa-ratios (pay ÷ band midpoint):
              F: n 3, min 0.95, Q1 0.95, median 0.95, Q3 0.975, max 1.0, mean 0.967
              M: n 3, min 1.0, Q1 1.0, median 1.0, Q3 1.0, max 1.0, mean 1.0
            Left out of the compa-ratios:
              employee 'v1' (role volunteer, group F): the band's midpoint is zero, so pay ÷ midpoint is undefined
            Mean gaps of at least 5%:
              whole population: F is paid 26.74% less than M on average (4 vs 3 employees)
              role cs-specialist: F is paid 5% less than M on average (1 vs 1 employee)
            """.ReplaceLineEndings(Environment.NewLine),
            report.ToString());
    }

    [Fact]
    public void A_report_without_flags_says_so()
    {
        var report = PayEquityAnalysis.Analyze([Employee("a", Specialist, 42_000m, "F")]);

        Assert.EndsWith("Mean gaps of at least 5%: none", report.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Left out", report.ToString(), StringComparison.Ordinal);
    }
}
