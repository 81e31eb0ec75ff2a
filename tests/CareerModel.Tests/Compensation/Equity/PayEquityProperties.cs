using CareerModel.Compensation.Equity;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>Invariants of the analysis, over generated populations.</summary>
[Properties(Arbitrary = new[] { typeof(EquityArbitraries) }, MaxTest = 100)]
public class PayEquityProperties
{
    private static IEnumerable<decimal?> EveryGap(PayEquityReport report) =>
        report.Groups.SelectMany(g => new decimal?[] { g.MeanGap, g.MedianGap })
            .Concat(report.Quartiles.SelectMany(q => q.Groups).SelectMany(g => new[] { g.MeanGap, g.MedianGap }))
            .Concat(report.Roles.SelectMany(r => r.Groups).SelectMany(g => new[] { g.MeanGap, g.MedianGap }))
            .Concat(report.Flags.Select(f => (decimal?)f.Gap));

    [Property]
    public Property Groups_with_identical_pay_distributions_have_no_gap_overall_or_within_a_role(EqualPopulation population)
    {
        var report = PayEquityAnalysis.Analyze(population.Employees);

        var overall = report.Groups.All(g => g.MeanGap == 0m && g.MedianGap == 0m);
        var inRoles = report.Roles.SelectMany(r => r.Groups).All(g => g.MeanGap == 0m && g.MedianGap == 0m);
        return (overall && inRoles && report.Flags.Count == 0).Label(report.ToString());
    }

    [Property]
    public Property Scaling_every_pay_by_one_factor_leaves_every_gap_unchanged(Population population, PayFactor factor)
    {
        var scaled = population.Employees.Select(e => Employee(e.Id, e.RoleId, e.Pay.Amount * factor.Value, e.Group));

        var before = PayEquityAnalysis.Analyze(population.Employees);
        var after = PayEquityAnalysis.Analyze(scaled);

        return (EveryGap(before).SequenceEqual(EveryGap(after)) && before.ReferenceGroup == after.ReferenceGroup)
            .Label($"before:{Environment.NewLine}{before}{Environment.NewLine}after:{Environment.NewLine}{after}");
    }

    [Property]
    public Property The_gap_of_the_reference_group_to_itself_is_zero(Population population, NonNegativeInt pick)
    {
        var reference = population.Groups[pick.Get % population.Groups.Count];

        var report = PayEquityAnalysis.Analyze(population.Employees, reference);

        var own = report.GetGroup(reference);
        var inSegments = report.Quartiles.SelectMany(q => q.Groups).Concat(report.Roles.SelectMany(r => r.Groups))
            .Where(g => g.IsReference && g.Headcount > 0)
            .All(g => g.MeanGap == 0m && g.MedianGap == 0m);
        return (own.IsReference && own.MeanGap == 0m && own.MedianGap == 0m && inSegments).Label(report.ToString());
    }

    [Property]
    public Property Quartile_shares_lie_between_0_and_1_and_sum_to_1_in_every_non_empty_quartile(Population population)
    {
        var report = PayEquityAnalysis.Analyze(population.Employees);

        var inRange = report.Quartiles.SelectMany(q => q.Groups).All(g => g.Share is >= 0m and <= 1m);
        var sumToOne = report.Quartiles.Where(q => q.Headcount > 0)
            .All(q => Math.Abs(q.Groups.Sum(g => g.Share) - 1m) <= 0.00000000000000000000000001m
                && q.Groups.Sum(g => g.Headcount) == q.Headcount);
        var allCounted = report.Quartiles.Sum(q => q.Headcount) == population.Employees.Count;
        var noneEmpty = population.Employees.Count < 4 || report.Quartiles.All(q => q.Headcount > 0);
        return (inRange && sumToOne && allCounted && noneEmpty).Label(report.ToString());
    }

    [Property]
    public Property The_report_does_not_depend_on_the_order_employees_are_given_in(Population population)
    {
        var report = PayEquityAnalysis.Analyze(population.Employees);

        return Prop.ForAll(
            Arb.From(Gen.Shuffle(population.Employees.ToArray())),
            shuffled =>
            {
                var again = PayEquityAnalysis.Analyze(shuffled);
                return (Structurally.Same(again, report) && again.ToString() == report.ToString())
                    .Label($"in order {string.Join(", ", shuffled.Select(e => e.Id))}:{Environment.NewLine}{again}");
            });
    }

    [Property]
    public Property Every_flag_reaches_the_threshold_and_every_other_defined_role_gap_does_not(Population population)
    {
        var report = PayEquityAnalysis.Analyze(population.Employees);

        var flagged = report.Flags.All(f => Math.Abs(f.Gap) >= report.Threshold);
        var roleGapsReaching = report.Roles.Sum(r => r.Groups.Count(g => !g.IsReference && g.MeanGap is { } gap && Math.Abs(gap) >= report.Threshold));
        var groupGapsReaching = report.Groups.Count(g => !g.IsReference && Math.Abs(g.MeanGap) >= report.Threshold);
        return (flagged && report.Flags.Count == roleGapsReaching + groupGapsReaching).Label(report.ToString());
    }
}
