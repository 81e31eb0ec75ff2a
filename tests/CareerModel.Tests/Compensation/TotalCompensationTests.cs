using CareerModel.Compensation;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Compensation;

public class TotalCompensationTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void A_team_lead_on_the_median_with_a_10_percent_bonus_and_a_four_year_grant_earns_the_sum()
    {
        var equity = TotalCompensation.AnnualiseEquity(Usd(20_000), Period.FromYears(4));
        var total = new TotalCompensation(Usd(65_000), 0.10m, equity);

        Assert.Equal(Usd(5_000), equity);
        Assert.Equal(Usd(6_500), total.TargetBonus);
        Assert.Equal(Usd(76_500), total.Total);
        Assert.Equal("USD 76,500.00 = base USD 65,000.00 + bonus 10% USD 6,500.00 + equity USD 5,000.00", total.ToString());
    }

    [Fact]
    public void Equity_vesting_over_18_months_is_annualised_by_month()
    {
        Assert.Equal(Usd(12_000), TotalCompensation.AnnualiseEquity(Usd(18_000), Period.FromMonths(18)));
    }

    [Fact]
    public void Base_pay_alone_is_the_total()
    {
        Assert.Equal(Usd(42_000), new TotalCompensation(Usd(42_000)).Total);
    }

    [Fact]
    public void Equity_in_another_currency_is_refused()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => new TotalCompensation(Usd(42_000), 0m, new Money(1_000, Currency.EUR)));

        Assert.StartsWith("Cannot add amounts in different currencies (USD and EUR)", ex.Message);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(10.01)]
    public void A_bonus_rate_out_of_range_is_rejected(double rate)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TotalCompensation(Usd(42_000), (decimal)rate));

        Assert.Equal("targetBonusRate", ex.ParamName);
        Assert.Contains("must be from 0 to 10", ex.Message);
    }

    [Fact]
    public void Negative_base_pay_and_equity_are_rejected()
    {
        Assert.Equal("basePay", Assert.Throws<ArgumentOutOfRangeException>(() => new TotalCompensation(Usd(-1))).ParamName);
        Assert.Equal("annualEquity", Assert.Throws<ArgumentOutOfRangeException>(() => new TotalCompensation(Usd(1), 0, Usd(-1))).ParamName);
    }

    [Fact]
    public void A_zero_or_day_based_vesting_period_is_rejected()
    {
        Assert.Contains("longer than zero", Assert.Throws<ArgumentException>(() => TotalCompensation.AnnualiseEquity(Usd(1_000), Period.Zero)).Message);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => TotalCompensation.AnnualiseEquity(Usd(-1_000), Period.FromYears(4)));
        Assert.Equal("grantValue", negative.ParamName);
        Assert.Contains("Equity grant USD -1,000.00 must not be negative.", negative.Message);
        Assert.Contains("whole years and months", Assert.Throws<ArgumentException>(() => TotalCompensation.AnnualiseEquity(Usd(1_000), Period.FromDays(400))).Message);
    }

    [Fact]
    public void A_bonus_rate_of_exactly_the_maximum_is_accepted()
    {
        var pay = new TotalCompensation(Usd(42_000), TotalCompensation.MaxBonusRate);

        Assert.Equal(Usd(420_000), pay.TargetBonus);
    }
}
