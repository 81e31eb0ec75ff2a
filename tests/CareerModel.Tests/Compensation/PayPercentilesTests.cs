using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

public class PayPercentilesTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    [Fact]
    public void Creating_with_no_percentile_throws_naming_the_rule()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayPercentiles());

        Assert.Equal("p50", ex.ParamName);
        Assert.Contains("At least one percentile must be given", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_median_below_the_lower_quartile_throws_naming_both_values()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayPercentiles(p25: Usd(40_000m), p50: Usd(39_120m)));

        Assert.Equal("p50", ex.ParamName);
        Assert.Contains("Percentile p50 (USD 39,120.00) must not be below p25 (USD 40,000.00)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("percentiles never decrease", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_between_non_adjacent_percentiles_is_caught()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayPercentiles(p10: Usd(50_000m), p90: Usd(45_000m)));

        Assert.Equal("p90", ex.ParamName);
        Assert.Contains("p90 (USD 45,000.00) must not be below p10 (USD 50,000.00)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_decrease_after_a_gap_is_caught()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayPercentiles(p10: Usd(20_000m), p50: Usd(40_000m), p75: Usd(39_000m)));

        Assert.Equal("p75", ex.ParamName);
    }

    [Fact]
    public void Percentiles_in_mixed_currencies_throw_naming_both_currencies()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayPercentiles(p25: Usd(30_000m), p75: Eur(45_000m)));

        Assert.Equal("p75", ex.ParamName);
        Assert.Contains("Percentiles must share one currency: p25 is in USD but p75 is in EUR", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mixed_currencies_are_reported_even_when_the_amounts_are_in_order()
    {
        var ex = Assert.Throws<ArgumentException>(() => new PayPercentiles(p10: Eur(1m), p50: Usd(2m), p90: Usd(3m)));

        Assert.Equal("p50", ex.ParamName);
        Assert.Contains("p10 is in EUR but p50 is in USD", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("p10")]
    [InlineData("p25")]
    [InlineData("p50")]
    [InlineData("p75")]
    [InlineData("p90")]
    public void A_negative_percentile_throws_naming_it_and_its_value(string which)
    {
        Money? At(string name) => name == which ? Usd(-1m) : null;

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayPercentiles(At("p10"), At("p25"), At("p50"), At("p75"), At("p90")));

        Assert.Equal(which, ex.ParamName);
        Assert.Equal(Usd(-1m), ex.ActualValue);
        Assert.Contains($"Percentile {which} USD -1.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_neighbouring_percentiles_are_allowed()
    {
        var flat = new PayPercentiles(p25: Usd(35_000m), p50: Usd(35_000m), p75: Usd(35_000m));

        Assert.Equal(3, flat.Known.Count);
    }

    [Fact]
    public void Known_lists_only_the_given_percentiles_in_ascending_order()
    {
        var percentiles = new PayPercentiles(p90: Usd(60_000m), p25: Usd(30_000m), p50: Usd(39_120m));

        int[] keys = [25, 50, 90];
        Money[] values = [Usd(30_000m), Usd(39_120m), Usd(60_000m)];
        Assert.Equal(keys, percentiles.Known.Select(k => k.Key));
        Assert.Equal(values, percentiles.Known.Select(k => k.Value));
        Assert.Null(percentiles.P10);
        Assert.Equal(Usd(30_000m), percentiles.P25);
        Assert.Equal(Usd(39_120m), percentiles.P50);
        Assert.Null(percentiles.P75);
        Assert.Equal(Usd(60_000m), percentiles.P90);
        Assert.Same(Currency.USD, percentiles.Currency);
    }

    [Fact]
    public void A_median_alone_is_enough()
    {
        var median = new PayPercentiles(p50: new Money(450_000m, Currency.INR));

        var only = Assert.Single(median.Known);
        Assert.Equal(50, only.Key);
        Assert.Equal(Currency.INR, median.Currency);
    }

    [Fact]
    public void Zero_is_a_valid_percentile()
    {
        var percentiles = new PayPercentiles(p10: Money.Zero(Currency.USD), p50: Usd(39_120m));

        Assert.Equal(Money.Zero(Currency.USD), percentiles.P10);
    }

    [Fact]
    public void ToString_lists_the_known_percentiles()
    {
        var percentiles = new PayPercentiles(p25: Usd(30_000m), p50: Usd(39_120m));

        Assert.Equal("p25 USD 30,000.00, p50 USD 39,120.00", percentiles.ToString());
    }

    [Fact]
    public void Percentiles_with_the_same_values_are_equal()
    {
        var a = new PayPercentiles(p25: Usd(30_000m), p50: Usd(39_120m));
        var b = new PayPercentiles(p25: Usd(30_000.00m), p50: Usd(39_120m));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
    }

    [Fact]
    public void Percentiles_differing_in_a_value_a_position_or_a_currency_are_not_equal()
    {
        var a = new PayPercentiles(p25: Usd(30_000m), p50: Usd(39_120m));

        Assert.NotEqual(a, new PayPercentiles(p25: Usd(30_000m), p50: Usd(39_121m)));
        Assert.NotEqual(a, new PayPercentiles(p10: Usd(30_000m), p50: Usd(39_120m)));
        Assert.NotEqual(a, new PayPercentiles(p25: Eur(30_000m), p50: Eur(39_120m)));
        Assert.NotEqual(a, new PayPercentiles(p50: Usd(39_120m)));
        Assert.False(a.Equals(null));
    }
}
