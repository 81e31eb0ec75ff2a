using CareerModel.Compensation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation;

[Properties(Arbitrary = [typeof(CompensationArbitraries)], MaxTest = 300)]
public class WorkScheduleProperties
{
    [Property]
    public Property Periods_per_year_follow_from_hours_and_weeks(WorkSchedule schedule) =>
        (schedule.PeriodsPerYear(PayPeriod.Hourly) == schedule.HoursPerWeek * schedule.WeeksPerYear).Label("hourly")
            .And((schedule.PeriodsPerYear(PayPeriod.Weekly) == schedule.WeeksPerYear).Label("weekly"))
            .And((schedule.PeriodsPerYear(PayPeriod.Monthly) == 12m).Label("monthly"))
            .And((schedule.PeriodsPerYear(PayPeriod.Annual) == 1m).Label("annual"));

    [Property]
    public bool Every_schedule_stays_within_its_limits(WorkSchedule schedule) =>
        schedule.HoursPerWeek > 0m && schedule.HoursPerWeek <= WorkSchedule.MaxHoursPerWeek
        && schedule.WeeksPerYear > 0m && schedule.WeeksPerYear <= WorkSchedule.MaxWeeksPerYear
        && schedule.HoursPerYear <= WorkSchedule.MaxHoursPerWeek * WorkSchedule.MaxWeeksPerYear;

    [Property]
    public bool Recreating_a_schedule_gives_an_equal_one_with_an_equal_hash(WorkSchedule schedule)
    {
        var copy = new WorkSchedule(schedule.HoursPerWeek, schedule.WeeksPerYear);
        return copy.Equals(schedule) && schedule.Equals(copy) && copy.GetHashCode() == schedule.GetHashCode();
    }
}
