using System.Globalization;
using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

public class PayPeriodTests
{
    private const PayPeriod Undefined = (PayPeriod)99;

    [Fact]
    public void The_four_periods_are_hourly_weekly_monthly_and_annual_in_that_order()
    {
        PayPeriod[] expected = [PayPeriod.Hourly, PayPeriod.Weekly, PayPeriod.Monthly, PayPeriod.Annual];

        Assert.Equal(expected, Enum.GetValues<PayPeriod>());
    }

    [Fact]
    public void A_pay_rate_with_an_undefined_period_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayRate(new Money(20m, Currency.USD), Undefined));

        Assert.Equal("period", ex.ParamName);
        Assert.Equal(((int)Undefined).ToString(CultureInfo.InvariantCulture), ex.ActualValue);
        Assert.Contains("period 99 is not a defined PayPeriod value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_undefined_period_is_rejected_too()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayRate(new Money(20m, Currency.USD), (PayPeriod)(-1)));

        Assert.Contains("period -1 is not a defined PayPeriod value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_to_an_undefined_period_throws_naming_the_target()
    {
        var rate = PayRate.Hourly(new Money(20m, Currency.USD));

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => rate.ConvertTo(Undefined, WorkSchedule.Standard));

        Assert.Equal("target", ex.ParamName);
        Assert.Contains("target 99 is not a defined PayPeriod value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodsPerYear_of_an_undefined_period_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkSchedule.Standard.PeriodsPerYear(Undefined));

        Assert.Equal("period", ex.ParamName);
        Assert.Contains("period 99 is not a defined PayPeriod value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(PayPeriod.Hourly, "2080")]
    [InlineData(PayPeriod.Weekly, "52")]
    [InlineData(PayPeriod.Monthly, "12")]
    [InlineData(PayPeriod.Annual, "1")]
    public void Each_period_falls_a_fixed_number_of_times_in_a_standard_year(PayPeriod period, string perYear)
    {
        Assert.Equal(decimal.Parse(perYear, System.Globalization.CultureInfo.InvariantCulture), WorkSchedule.Standard.PeriodsPerYear(period));
    }
}
