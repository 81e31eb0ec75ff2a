using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Internal;
using CareerModel.People;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareerModel.Tests.People;

[Properties(Arbitrary = new[] { typeof(PeopleArbitraries) }, MaxTest = 100)]
public class WorkHistoryProperties
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    [Property]
    public Property Merged_experience_never_exceeds_the_calendar_span_of_the_history(HistoryCase history)
    {
        var experience = new WorkHistory(history.Employments).ExperienceOn(history.Today, Catalog);
        if (history.Employments.Length == 0)
            return experience.Total.IsZero.Label("empty history, no experience");

        var first = history.Employments.Min(e => e.Start);
        var last = history.Employments.Max(e => e.End is { } end && end < history.Today ? end : history.Today);
        var spanDays = Period.DaysBetween(first, last);
        var total = experience.Total;
        return (total.CalendarDays <= spanDays).Label($"days {total.CalendarDays} <= span {spanDays}")
            .And((first.Plus(total.Calendar) <= last).Label($"period {total.Calendar} fits in {first:uuuu-MM-dd}..{last:uuuu-MM-dd}"))
            .And((total.CalendarYears <= CalendarMath.YearsOfDays(first, spanDays)).Label("years within the span's years"))
            .And((total.FullTimeEquivalentDays <= total.CalendarDays).Label("FTE days <= calendar days"))
            .And((total.FullTimeEquivalentYears <= total.CalendarYears).Label("FTE years <= calendar years"));
    }

    [Property]
    public bool Experience_does_not_depend_on_the_order_periods_are_given_in(ShuffledHistory input) =>
        new WorkHistory(input.Shuffled).ExperienceOn(input.History.Today, Catalog)
            .Equals(new WorkHistory(input.History.Employments).ExperienceOn(input.History.Today, Catalog));

    [Property]
    public bool The_merge_itself_does_not_depend_on_the_order_of_its_spans(ShuffledHistory input)
    {
        var today = input.History.Today;
        ExperienceCalculator.WorkSpan[] Spans(IEnumerable<Employment> employments) =>
            [.. employments.Select(e => new ExperienceCalculator.WorkSpan(e.Start, e.End is { } end && end < today ? end : today, e.FullTimeEquivalent))];

        var expected = ExperienceCalculator.Merge(Spans(input.History.Employments));
        var merged = ExperienceCalculator.Merge(Spans(input.Shuffled));
        return merged.CalendarDays == expected.CalendarDays
            && merged.FullTimeEquivalentDays == expected.FullTimeEquivalentDays
            && merged.Runs.SequenceEqual(expected.Runs);
    }

    [Property]
    public Property Experience_agrees_with_counting_day_by_day(HistoryCase history)
    {
        var total = new WorkHistory(history.Employments).ExperienceOn(history.Today).Total;
        var calendarDays = 0;
        var fullTimeDays = 0m;
        if (history.Employments.Length > 0)
        {
            for (var day = history.Employments.Min(e => e.Start); day < history.Today; day = day.PlusDays(1))
            {
                var working = history.Employments.Where(e => e.Start <= day && (e.End is null || day < e.End)).ToArray();
                if (working.Length == 0)
                    continue;
                calendarDays++;
                fullTimeDays += Math.Min(1m, working.Sum(e => e.FullTimeEquivalent));
            }
        }
        return (total.CalendarDays == calendarDays).Label($"calendar days {total.CalendarDays} = {calendarDays}")
            .And((total.FullTimeEquivalentDays == fullTimeDays).Label($"FTE days {total.FullTimeEquivalentDays} = {fullTimeDays}"));
    }

    [Property]
    public Property Days_in_work_and_days_in_gaps_fill_the_history_exactly(HistoryCase history)
    {
        var experience = new WorkHistory(history.Employments).ExperienceOn(history.Today);
        var expected = history.Employments.Length == 0 ? 0 : Period.DaysBetween(history.Employments.Min(e => e.Start), history.Today);
        var gaps = experience.Gaps;
        return (experience.Total.CalendarDays + gaps.Sum(g => g.Days) == expected).Label("work + gaps = first start .. today")
            .And(gaps.Zip(gaps.Skip(1)).All(p => p.First.End < p.Second.Start).Label("gaps are apart and in order"))
            .And(gaps.All(g => g.Days > 0).Label("no empty gap"));
    }

    [Property]
    public Property No_family_or_track_has_more_experience_than_the_total(HistoryCase history)
    {
        var experience = new WorkHistory(history.Employments).ExperienceOn(history.Today, Catalog);
        return experience.ByFamily.Values.Concat(experience.ByTrack.Values)
            .All(a => a.CalendarDays <= experience.Total.CalendarDays && a.FullTimeEquivalentDays <= experience.Total.FullTimeEquivalentDays)
            .Label("part <= total");
    }
}
