using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.People;

public class WorkHistoryTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void A_junior_hired_a_year_ago_has_exactly_one_year_of_experience_measured_by_the_clock()
    {
        var history = new WorkHistory([new Employment("cs-junior-specialist", D(2025, 11, 25))]);
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0));

        var experience = history.Experience(clock, DateTimeZone.Utc, Catalog);

        Assert.Equal(D(2026, 11, 25), experience.AsOf);
        Assert.Equal(365, experience.Total.CalendarDays);
        Assert.Equal(Period.FromYears(1), experience.Total.Calendar);
        Assert.Equal(1.0, experience.Total.CalendarYears);
        Assert.Equal(Period.FromYears(1), experience.Total.FullTimeEquivalent);
        Assert.Equal(1.0, experience.Total.FullTimeEquivalentYears);
        Assert.Equal(experience.Total, experience.InFamily("customer-service"));
        Assert.Equal(experience.Total, experience.InTrack(CareerTrack.IndividualContributor));
        Assert.Same(ExperienceAmount.Zero, experience.InTrack(CareerTrack.Management));
        Assert.Empty(experience.Gaps);
        Assert.Equal("experience on 2026-11-25: 1 year (1 year) in total, 0 gaps", experience.ToString());
    }

    [Fact]
    public void Today_is_the_clocks_calendar_day_in_the_given_time_zone()
    {
        var history = new WorkHistory([new Employment("cs-junior-specialist", D(2025, 11, 25))]);
        var lateEvening = new FakeClock(Instant.FromUtc(2026, 11, 25, 23, 30));

        var inUtc = history.Experience(lateEvening, DateTimeZone.Utc);
        var inAuckland = history.Experience(lateEvening, DateTimeZoneProviders.Tzdb["Pacific/Auckland"]);

        Assert.Equal(D(2026, 11, 25), inUtc.AsOf);
        Assert.Equal(D(2026, 11, 26), inAuckland.AsOf);
        Assert.Equal(inUtc.Total.CalendarDays + 1, inAuckland.Total.CalendarDays);
    }

    [Fact]
    public void Overlapping_periods_are_merged_not_double_counted()
    {
        var history = new WorkHistory(
        [
            new Employment("cs-specialist", D(2020, 1, 1), D(2021, 1, 1)),
            new Employment("sales-support", D(2020, 7, 1), D(2021, 7, 1)),
        ]);

        var total = history.ExperienceOn(D(2022, 1, 1), Catalog).Total;

        Assert.Equal(366 + 181, total.CalendarDays);
        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6), total.Calendar);
        Assert.Equal(1.5, total.CalendarYears);
        Assert.Equal(1.5, total.FullTimeEquivalentYears);
    }

    [Fact]
    public void Half_time_for_two_years_is_two_calendar_years_and_one_full_time_year()
    {
        var history = new WorkHistory([new Employment("cs-specialist", D(2021, 1, 1), D(2023, 1, 1), 0.5m)]);

        var total = history.ExperienceOn(D(2023, 1, 1)).Total;

        Assert.Equal(730, total.CalendarDays);
        Assert.Equal(2.0, total.CalendarYears);
        Assert.Equal(365m, total.FullTimeEquivalentDays);
        Assert.Equal(Period.FromYears(1), total.FullTimeEquivalent);
        Assert.Equal(1.0, total.FullTimeEquivalentYears);
        Assert.Equal("2 years (2 years calendar, 1 year full-time equivalent)", total.ToString());
    }

    [Fact]
    public void Overlapping_fractions_add_up_but_a_day_never_counts_more_than_one_full_day()
    {
        var twoHalves = new WorkHistory(
        [
            new Employment("cs-specialist", D(2021, 1, 1), D(2022, 1, 1), 0.5m),
            new Employment("sales-support", D(2021, 1, 1), D(2022, 1, 1), 0.5m),
        ]);
        var fullPlusHalf = new WorkHistory(
        [
            new Employment("cs-specialist", D(2021, 1, 1), D(2022, 1, 1)),
            new Employment("sales-support", D(2021, 7, 1), D(2022, 1, 1), 0.5m),
        ]);

        Assert.Equal(365m, twoHalves.ExperienceOn(D(2022, 1, 1)).Total.FullTimeEquivalentDays);
        Assert.Equal(365m, fullPlusHalf.ExperienceOn(D(2022, 1, 1)).Total.FullTimeEquivalentDays);
    }

    [Fact]
    public void Gaps_between_periods_and_since_the_last_one_are_reported()
    {
        var history = new WorkHistory(
        [
            new Employment("cs-junior-specialist", D(2019, 1, 1), D(2020, 1, 1)),
            new Employment("cs-specialist", D(2020, 7, 1), D(2021, 1, 1)),
        ]);

        var experience = history.ExperienceOn(D(2021, 7, 1));

        Assert.Collection(
            experience.Gaps,
            gap =>
            {
                Assert.Equal((D(2020, 1, 1), D(2020, 7, 1)), (gap.Start, gap.End));
                Assert.Equal(Period.FromMonths(6), gap.Period);
                Assert.Equal(182, gap.Days);
                Assert.Equal(0.5, gap.Years);
                Assert.Equal("gap from 2020-01-01 to 2020-07-01 (6 months)", gap.ToString());
            },
            gap => Assert.Equal((D(2021, 1, 1), D(2021, 7, 1), Period.FromMonths(6)), (gap.Start, gap.End, gap.Period)));
        // 365 + 184 days; counted from 2019-01-01 they reach 2020-07-03, as 2020's first half has only 182 days.
        Assert.Equal(549, experience.Total.CalendarDays);
        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6) + Period.FromDays(2), experience.Total.Calendar);
    }

    [Fact]
    public void An_end_after_today_is_cut_at_today()
    {
        var history = new WorkHistory([new Employment("cs-specialist", D(2026, 1, 1), D(2027, 1, 1))]);

        var total = history.ExperienceOn(D(2026, 7, 1)).Total;

        Assert.Equal(Period.FromMonths(6), total.Calendar);
        Assert.Equal(0.5, total.CalendarYears);
    }

    [Fact]
    public void A_period_starting_today_adds_nothing_yet()
    {
        var experience = new WorkHistory([new Employment("cs-specialist", D(2026, 7, 1))]).ExperienceOn(D(2026, 7, 1));

        Assert.True(experience.Total.IsZero);
        Assert.Empty(experience.ByFamily);
        Assert.Empty(experience.Gaps);
    }

    [Fact]
    public void A_period_starting_after_today_is_refused_with_every_such_period_listed()
    {
        var history = new WorkHistory(
        [
            new Employment("cs-specialist", D(2024, 1, 1)),
            new Employment("cs-team-lead", D(2027, 1, 1)),
            new Employment("cs-manager", D(2028, 1, 1)),
        ]);

        var error = Assert.Throws<FutureEmploymentException>(() => history.ExperienceOn(D(2026, 11, 25)));

        Assert.Equal(["cs-team-lead", "cs-manager"], error.Employments.Select(e => e.RoleId));
        Assert.Equal(D(2026, 11, 25), error.Today);
        Assert.StartsWith(
            "Work history start dates must not be after today (2026-11-25), but 'cs-team-lead' starting 2027-01-01, 'cs-manager' starting 2028-01-01 do.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Family_and_track_come_from_the_period_or_else_from_the_catalog()
    {
        var history = new WorkHistory(
        [
            new Employment("cs-specialist", D(2018, 1, 1), D(2020, 1, 1)),
            new Employment("shift-supervisor", D(2020, 1, 1), D(2021, 1, 1), family: "retail", track: CareerTrack.Management),
            new Employment("barista", D(2021, 1, 1), D(2022, 1, 1)),
        ]);

        var experience = history.ExperienceOn(D(2022, 1, 1), Catalog);

        Assert.Equal(["customer-service", "retail"], experience.ByFamily.Keys);
        Assert.Equal(Period.FromYears(2), experience.InFamily("customer-service").Calendar);
        Assert.Equal(Period.FromYears(1), experience.InFamily("retail").Calendar);
        Assert.Equal(Period.FromYears(1), experience.InTrack(CareerTrack.Management).Calendar);
        Assert.Equal(Period.FromYears(4), experience.Total.Calendar);
    }

    [Fact]
    public void Without_a_catalog_only_periods_that_give_their_family_count_by_family()
    {
        var history = new WorkHistory([new Employment("cs-specialist", D(2020, 1, 1), D(2021, 1, 1))]);

        var experience = history.ExperienceOn(D(2022, 1, 1));

        Assert.Empty(experience.ByFamily);
        Assert.Equal(Period.FromYears(1), experience.Total.Calendar);
    }

    [Fact]
    public void Histories_with_the_same_periods_are_equal_whatever_the_order()
    {
        var a = new Employment("cs-specialist", D(2020, 1, 1), D(2021, 1, 1));
        var b = new Employment("cs-senior-specialist", D(2021, 1, 1));

        Assert.Equal(new WorkHistory([a, b]), new WorkHistory([b, a]));
        Assert.Equal([a, b], new WorkHistory([b, a]).Employments);
        Assert.Equal("2 periods of work from 2020-01-01", new WorkHistory([b, a]).ToString());
        Assert.Equal("no work history", WorkHistory.Empty.ToString());
        Assert.Equal("1 period of work from 2021-01-01", new WorkHistory([b]).ToString());
    }

    [Fact]
    public void An_empty_history_has_no_experience_and_no_gaps()
    {
        var experience = WorkHistory.Empty.ExperienceOn(D(2026, 11, 25));

        Assert.Same(ExperienceAmount.Zero, experience.Total);
        Assert.Equal(Period.Zero, experience.Total.Calendar);
        Assert.Empty(experience.Gaps);
    }
}
