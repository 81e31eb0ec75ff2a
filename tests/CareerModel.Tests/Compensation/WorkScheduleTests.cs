using System.Globalization;
using CareerModel.Compensation;

namespace CareerModel.Tests.Compensation;

public class WorkScheduleTests
{
    [Fact]
    public void The_standard_schedule_is_40_hours_for_52_weeks_or_2080_hours_a_year()
    {
        var standard = WorkSchedule.Standard;

        Assert.Equal(40m, standard.HoursPerWeek);
        Assert.Equal(52m, standard.WeeksPerYear);
        Assert.Equal(2_080m, standard.HoursPerYear);
        Assert.Equal(2_080m, standard.PeriodsPerYear(PayPeriod.Hourly));
        Assert.Equal(52m, standard.PeriodsPerYear(PayPeriod.Weekly));
        Assert.Equal(12m, standard.PeriodsPerYear(PayPeriod.Monthly));
        Assert.Equal(1m, standard.PeriodsPerYear(PayPeriod.Annual));
    }

    [Fact]
    public void Create_keeps_fractional_hours_and_weeks()
    {
        var partTime = new WorkSchedule(37.5m, 46m);

        Assert.Equal(37.5m, partTime.HoursPerWeek);
        Assert.Equal(46m, partTime.WeeksPerYear);
        Assert.Equal(1_725m, partTime.HoursPerYear);
        Assert.Equal(46m, partTime.PeriodsPerYear(PayPeriod.Weekly));
        Assert.Equal(12m, partTime.PeriodsPerYear(PayPeriod.Monthly));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("-0.5")]
    [InlineData("168.01")]
    [InlineData("200")]
    public void Create_with_hours_per_week_out_of_range_throws_naming_the_value_and_the_range(string hours)
    {
        var value = decimal.Parse(hours, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkSchedule(value, 52m));

        Assert.Equal("hoursPerWeek", ex.ParamName);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), ex.ActualValue);
        Assert.Contains($"hoursPerWeek {hours} must be greater than 0 and at most 168", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-52")]
    [InlineData("53.5")]
    [InlineData("365")]
    public void Create_with_weeks_per_year_out_of_range_throws_naming_the_value_and_the_range(string weeks)
    {
        var value = decimal.Parse(weeks, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new WorkSchedule(40m, value));

        Assert.Equal("weeksPerYear", ex.ParamName);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), ex.ActualValue);
        Assert.Contains($"weeksPerYear {weeks} must be greater than 0 and at most 53", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_accepts_the_largest_hours_and_weeks()
    {
        var always = new WorkSchedule(WorkSchedule.MaxHoursPerWeek, WorkSchedule.MaxWeeksPerYear);

        Assert.Equal(168m * 53m, always.HoursPerYear);
    }

    [Fact]
    public void Create_accepts_tiny_positive_values()
    {
        var tiny = new WorkSchedule(0.1m, 0.1m);

        Assert.Equal(0.01m, tiny.HoursPerYear);
    }

    [Fact]
    public void Schedules_with_the_same_hours_and_weeks_are_equal()
    {
        var standard = new WorkSchedule(40m, 52m);

        Assert.Equal(WorkSchedule.Standard, standard);
        Assert.Equal(WorkSchedule.Standard.GetHashCode(), standard.GetHashCode());
        Assert.Equal(new WorkSchedule(40.0m, 52.00m), standard);
        Assert.NotEqual(new WorkSchedule(39m, 52m), standard);
        Assert.NotEqual(new WorkSchedule(40m, 51m), standard);
        Assert.False(standard.Equals(null));
    }

    [Fact]
    public void Schedules_with_the_same_hours_a_year_but_different_weeks_are_not_equal()
    {
        Assert.NotEqual(new WorkSchedule(40m, 52m), new WorkSchedule(41.6m, 50m));
        Assert.Equal(new WorkSchedule(40m, 52m).HoursPerYear, new WorkSchedule(41.6m, 50m).HoursPerYear);
    }

    [Fact]
    public void ToString_describes_hours_weeks_and_hours_a_year()
    {
        Assert.Equal("40 h × 52 weeks (2080 h a year)", WorkSchedule.Standard.ToString());
        Assert.Equal("37.5 h × 46 weeks (1725 h a year)", new WorkSchedule(37.5m, 46m).ToString());
    }
}
