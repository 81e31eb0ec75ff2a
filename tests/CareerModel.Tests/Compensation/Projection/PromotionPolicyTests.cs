using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using static System.FormattableString;

namespace CareerModel.Tests.Compensation.Projection;

public class PromotionPolicyTests
{
    private static readonly SalaryBand SpecialistUs = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Fact]
    public void A_percentage_raises_pay_wherever_it_lands_in_the_new_band()
    {
        var policy = PromotionPolicy.Percentage(0.1m);

        Assert.Equal(Usd(38_500), policy.Apply(Usd(35_000), SpecialistUs));
        Assert.Equal(0.1m, policy.Increase);
        Assert.False(policy.RaisesToBandMinimum);
        Assert.Equal("10%", policy.ToString());
    }

    [Fact]
    public void To_the_band_minimum_raises_pay_below_it_and_leaves_pay_above_it()
    {
        var policy = PromotionPolicy.ToBandMinimum;

        Assert.Equal(Usd(42_000), policy.Apply(Usd(35_000), SpecialistUs));
        Assert.Equal(Usd(43_000), policy.Apply(Usd(43_000), SpecialistUs));
        Assert.Null(policy.Increase);
        Assert.Equal("to at least the band minimum", policy.ToString());
    }

    [Fact]
    public void The_percentage_or_the_band_minimum_takes_whichever_is_more()
    {
        var policy = PromotionPolicy.PercentageOrBandMinimum(0.1m);

        Assert.Equal(Usd(42_000), policy.Apply(Usd(36_050), SpecialistUs));
        Assert.Equal(Usd(44_000), policy.Apply(Usd(40_000), SpecialistUs));
        Assert.Equal("10% or to the band minimum, whichever is more", policy.ToString());
    }

    [Theory]
    [InlineData(-0.05)]
    [InlineData(1.5)]
    public void A_percentage_outside_0_to_100_percent_is_refused(double increase)
    {
        var percentage = Assert.Throws<ArgumentOutOfRangeException>(() => PromotionPolicy.Percentage((decimal)increase));
        var both = Assert.Throws<ArgumentOutOfRangeException>(() => PromotionPolicy.PercentageOrBandMinimum((decimal)increase));

        Assert.Equal("increase", percentage.ParamName);
        Assert.Equal("increase", both.ParamName);
        Assert.StartsWith(Invariant($"Promotion increase {(decimal)increase} must be from 0 to 1 (100%); a promotion does not cut pay."), percentage.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_in_another_currency_than_the_new_band_is_refused()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => PromotionPolicy.ToBandMinimum.Apply(new Money(35_000, Currency.EUR), SpecialistUs));

        Assert.StartsWith("Cannot promote, for the pay and the new band, amounts in different currencies (EUR and USD)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Policies_that_raise_pay_the_same_way_are_equal()
    {
        Assert.Equal(PromotionPolicy.Percentage(0.1m), PromotionPolicy.Percentage(0.10m));
        Assert.Equal(PromotionPolicy.Percentage(0.1m).GetHashCode(), PromotionPolicy.Percentage(0.10m).GetHashCode());
        Assert.NotEqual(PromotionPolicy.Percentage(0.1m), PromotionPolicy.PercentageOrBandMinimum(0.1m));
        Assert.NotEqual(PromotionPolicy.Percentage(0m), PromotionPolicy.ToBandMinimum);
    }
}
