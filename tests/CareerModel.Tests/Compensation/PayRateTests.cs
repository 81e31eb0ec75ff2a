using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

public class PayRateTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void A_negative_amount_throws_naming_the_amount_and_the_rule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayRate(Usd(-0.01m), PayPeriod.Hourly));

        Assert.Equal("amount", ex.ParamName);
        Assert.Equal(Usd(-0.01m), ex.ActualValue);
        Assert.Contains("Pay rate amount USD -0.01 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_named_factories_reject_negative_amounts_too()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PayRate.Hourly(Usd(-20m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PayRate.Weekly(Usd(-800m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => PayRate.Monthly(Usd(-3_000m)));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => PayRate.Annual(Usd(-39_120m)));
        Assert.Contains("USD -39,120.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_rate_is_allowed()
    {
        var unpaid = PayRate.Annual(Money.Zero(Currency.EUR));

        Assert.True(unpaid.Amount.IsZero);
    }

    [Fact]
    public void The_named_factories_set_their_period()
    {
        Assert.Equal(PayPeriod.Hourly, PayRate.Hourly(Usd(20m)).Period);
        Assert.Equal(PayPeriod.Weekly, PayRate.Weekly(Usd(20m)).Period);
        Assert.Equal(PayPeriod.Monthly, PayRate.Monthly(Usd(20m)).Period);
        Assert.Equal(PayPeriod.Annual, PayRate.Annual(Usd(20m)).Period);
        Assert.Equal(Usd(20m), PayRate.Annual(Usd(20m)).Amount);
    }

    [Fact]
    public void Twenty_dollars_an_hour_is_41600_dollars_a_year_on_the_standard_schedule()
    {
        var annual = PayRate.Hourly(Usd(20m)).ConvertTo(PayPeriod.Annual, WorkSchedule.Standard);

        Assert.Equal(PayRate.Annual(Usd(41_600m)), annual);
    }

    [Fact]
    public void Twenty_dollars_an_hour_is_800_a_week_and_3466_67_a_month()
    {
        var hourly = PayRate.Hourly(Usd(20m));

        Assert.Equal(Usd(800m), hourly.ConvertTo(PayPeriod.Weekly, WorkSchedule.Standard).Amount);
        var monthly = hourly.ConvertTo(PayPeriod.Monthly, WorkSchedule.Standard).Amount;
        Assert.Equal(Usd(3_466.67m), monthly.RoundToMinorUnits());
        Assert.NotEqual(Usd(3_466.67m), monthly);
    }

    [Fact]
    public void The_occupation_median_of_39120_a_year_is_18_81_an_hour()
    {
        var hourly = PayRate.Annual(Usd(39_120m)).ConvertTo(PayPeriod.Hourly, WorkSchedule.Standard);

        Assert.Equal(PayPeriod.Hourly, hourly.Period);
        Assert.Equal(39_120m / 2_080m, hourly.Amount.Amount);
        Assert.StartsWith("USD 18.807692", hourly.ToString(), StringComparison.Ordinal);
        Assert.Equal(Usd(18.81m), hourly.Amount.RoundToMinorUnits());
    }

    [Fact]
    public void The_occupation_median_is_3260_a_month_whatever_the_schedule()
    {
        var annual = PayRate.Annual(Usd(39_120m));

        Assert.Equal(Usd(3_260m), annual.ConvertTo(PayPeriod.Monthly, WorkSchedule.Standard).Amount);
        Assert.Equal(Usd(3_260m), annual.ConvertTo(PayPeriod.Monthly, new WorkSchedule(20m, 40m)).Amount);
    }

    [Fact]
    public void A_part_time_schedule_changes_the_hourly_equivalent()
    {
        var annual = PayRate.Annual(Usd(34_500m));

        var hourly = annual.ConvertTo(PayPeriod.Hourly, new WorkSchedule(37.5m, 46m));

        Assert.Equal(Usd(20m), hourly.Amount);
    }

    [Fact]
    public void Converting_to_the_same_period_returns_the_same_rate()
    {
        var rate = PayRate.Monthly(Usd(3_260m));

        Assert.Same(rate, rate.ConvertTo(PayPeriod.Monthly, WorkSchedule.Standard));
    }

    [Fact]
    public void Converting_keeps_the_currency()
    {
        var rupees = PayRate.Annual(new Money(300_000m, Currency.INR));

        var monthly = rupees.ConvertTo(PayPeriod.Monthly, WorkSchedule.Standard);

        Assert.Equal(new Money(25_000m, Currency.INR), monthly.Amount);
    }

    [Fact]
    public void Converting_with_a_null_schedule_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => PayRate.Hourly(Usd(20m)).ConvertTo(PayPeriod.Annual, null!));

        Assert.Equal("schedule", ex.ParamName);
    }

    [Fact]
    public void Rates_are_equal_when_amount_and_period_are_equal()
    {
        Assert.Equal(PayRate.Hourly(Usd(20m)), PayRate.Hourly(Usd(20.00m)));
        Assert.Equal(PayRate.Hourly(Usd(20m)).GetHashCode(), PayRate.Hourly(Usd(20.00m)).GetHashCode());
        Assert.NotEqual(PayRate.Hourly(Usd(20m)), PayRate.Weekly(Usd(20m)));
        Assert.NotEqual(PayRate.Hourly(Usd(20m)), PayRate.Hourly(new Money(20m, Currency.EUR)));
        Assert.False(PayRate.Hourly(Usd(20m)).Equals(null));
    }

    [Fact]
    public void An_hourly_rate_does_not_equal_its_annual_equivalent()
    {
        var hourly = PayRate.Hourly(Usd(20m));

        Assert.NotEqual(hourly, hourly.ConvertTo(PayPeriod.Annual, WorkSchedule.Standard));
    }

    [Theory]
    [InlineData(PayPeriod.Hourly, "USD 20.00 per hour")]
    [InlineData(PayPeriod.Weekly, "USD 20.00 per week")]
    [InlineData(PayPeriod.Monthly, "USD 20.00 per month")]
    [InlineData(PayPeriod.Annual, "USD 20.00 per year")]
    public void ToString_names_the_amount_and_the_period(PayPeriod period, string expected)
    {
        Assert.Equal(expected, new PayRate(Usd(20m), period).ToString());
    }

    [Fact]
    public void ToString_of_a_converted_rate_shows_the_annual_figure_with_separators()
    {
        Assert.Equal("USD 41,600.00 per year", PayRate.Hourly(Usd(20m)).ConvertTo(PayPeriod.Annual, WorkSchedule.Standard).ToString());
    }
}
