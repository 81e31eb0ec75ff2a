using CareerModel.Compensation.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation.Projection;

[Properties(Arbitrary = new[] { typeof(ProjectionArbitraries) }, MaxTest = 100)]
public class PayProjectorProperties
{
    [Property]
    public Property A_projection_with_non_negative_increases_never_decreases_pay(ProjectionCase projection)
    {
        if (projection.RunOrRefuseAsInexact() is not { } timeline)
            return true.Classify(true, "exact pay outgrew a decimal");
        var entries = timeline.Entries;
        var firstDrop = Enumerable.Range(1, entries.Count - 1).FirstOrDefault(i => entries[i].Pay < entries[i - 1].Pay);
        return (firstDrop == 0)
            .Label(firstDrop == 0 ? "no drop" : $"pay drops from {entries[firstDrop - 1]} to {entries[firstDrop]}")
            .Classify(entries.Any(e => e.Kind == ProjectionEntryKind.Promotion), "with a promotion");
    }

    [Property]
    public Property Entries_are_in_date_order_and_lie_within_start_and_end(ProjectionCase projection)
    {
        if (projection.RunOrRefuseAsInexact() is not { } timeline)
            return true.Classify(true, "exact pay outgrew a decimal");
        var entries = timeline.Entries;
        var ordered = entries.Zip(entries.Skip(1)).All(pair => pair.First.Date <= pair.Second.Date);
        var within = entries.All(e => projection.Start <= e.Date && e.Date <= projection.End);
        return (ordered.Label("in date order").And(within.Label("within start..end")))
            .And((entries[0].Kind == ProjectionEntryKind.Start && entries[0].Date == projection.Start).Label("starts with the Start entry"));
    }

    [Property]
    public Property There_is_one_merit_entry_per_whole_year_of_the_projection(ProjectionCase projection)
    {
        if (projection.RunOrRefuseAsInexact() is not { } timeline)
            return true.Classify(true, "exact pay outgrew a decimal");
        var years = Enumerable.Range(1, 10).Count(n => projection.Start.PlusYears(n) <= projection.End);
        return (timeline.Entries.Count(e => e.Kind == ProjectionEntryKind.Merit) == years).Label($"{years} anniversaries");
    }
}
