using CareerModel.Careers;
using CareerModel.Monetary;

namespace CareerModel.Tests.Careers;

public class OutlookTests
{
    [Fact]
    public void An_outlook_keeps_what_it_was_given()
    {
        var outlook = new Outlook(-0.05m, 340_000, [" Retail ", "Finance"], new Money(42_000m, Currency.USD));

        Assert.Equal(-0.05m, outlook.GrowthRate);
        Assert.Equal(340_000, outlook.AnnualOpenings);
        Assert.Equal(["Retail", "Finance"], outlook.TopIndustries);
        Assert.Equal(new Money(42_000m, Currency.USD), outlook.MedianPay);
    }

    [Fact]
    public void Optional_parts_default_to_empty_or_null()
    {
        var outlook = new Outlook(0m);

        Assert.Null(outlook.AnnualOpenings);
        Assert.Empty(outlook.TopIndustries);
        Assert.Null(outlook.MedianPay);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("-1.5")]
    [InlineData("-100")]
    public void A_growth_rate_of_minus_100_percent_or_lower_is_rejected(string rate)
    {
        var growth = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);

        var ex = Assert.Throws<ArgumentOutOfRangeException>("growthRate", () => new Outlook(growth));

        Assert.Contains($"Growth rate {rate} must be above -1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_growth_rate_just_above_minus_1_is_accepted()
    {
        Assert.Equal(-0.9999m, new Outlook(-0.9999m).GrowthRate);
    }

    [Fact]
    public void Negative_openings_are_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("annualOpenings", () => new Outlook(0.02m, -1));

        Assert.Contains("Annual openings -1 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_openings_are_accepted()
    {
        Assert.Equal(0, new Outlook(0.02m, 0).AnnualOpenings);
    }

    [Fact]
    public void A_negative_median_pay_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("medianPay", () => new Outlook(0.02m, medianPay: new Money(-1m, Currency.USD)));

        Assert.Contains("Median pay USD -1.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_industry_is_rejected_naming_its_position()
    {
        var ex = Assert.Throws<ArgumentException>("topIndustries[1]", () => new Outlook(0.02m, topIndustries: ["Retail", " "]));

        Assert.Contains("topIndustries[1] must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outlooks_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new Outlook(0.05m, 10, ["Retail"], new Money(1m, Currency.USD));
        var b = new Outlook(0.050m, 10, ["Retail "], new Money(1m, Currency.USD));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Outlooks_that_differ_in_one_part_are_not_equal()
    {
        var a = new Outlook(0.05m, 10, ["Retail"], new Money(1m, Currency.USD));

        Assert.NotEqual(a, new Outlook(0.06m, 10, ["Retail"], new Money(1m, Currency.USD)));
        Assert.NotEqual(a, new Outlook(0.05m, 11, ["Retail"], new Money(1m, Currency.USD)));
        Assert.NotEqual(a, new Outlook(0.05m, 10, ["Finance"], new Money(1m, Currency.USD)));
        Assert.NotEqual(a, new Outlook(0.05m, 10, ["Retail"], new Money(1m, Currency.EUR)));
        Assert.NotEqual(a, new Outlook(0.05m, 10, ["Retail"]));
    }

    [Fact]
    public void ToString_shows_growth_openings_and_median_pay()
    {
        Assert.Equal("growth +5%, 340,000 openings a year, median pay USD 42,000.00", new Outlook(0.05m, 340_000, medianPay: new Money(42_000m, Currency.USD)).ToString());
        Assert.Equal("growth -2.5%", new Outlook(-0.025m).ToString());
    }
}
