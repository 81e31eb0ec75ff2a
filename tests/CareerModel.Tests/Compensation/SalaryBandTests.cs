using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

public class SalaryBandTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static Money Aud(decimal amount) => new(amount, Currency.AUD);

    private static Money Inr(decimal amount) => new(amount, Currency.INR);

    // --- Validation ---

    [Fact]
    public void A_minimum_above_the_maximum_throws_naming_both()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Eur(45_000m), Eur(35_000m), Eur(25_000m)));

        Assert.Equal("minimum", ex.ParamName);
        Assert.Contains("Salary band minimum EUR 45,000.00 must not exceed its maximum EUR 25,000.00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRange_with_the_ends_swapped_throws_naming_both()
    {
        var ex = Assert.Throws<ArgumentException>(() => SalaryBand.FromRange(Eur(45_000m), Eur(25_000m)));

        Assert.Equal("minimum", ex.ParamName);
        Assert.Contains("EUR 45,000.00 must not exceed its maximum EUR 25,000.00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_midpoint_below_the_minimum_throws_naming_all_three()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(30_000m), Usd(29_999.99m), Usd(60_000m)));

        Assert.Equal("midpoint", ex.ParamName);
        Assert.Contains("Salary band midpoint USD 29,999.99 must lie from the minimum USD 30,000.00 to the maximum USD 60,000.00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_midpoint_above_the_maximum_throws_naming_all_three()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(30_000m), Usd(60_000.01m), Usd(60_000m)));

        Assert.Equal("midpoint", ex.ParamName);
        Assert.Contains("midpoint USD 60,000.01 must lie from the minimum USD 30,000.00 to the maximum USD 60,000.00", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_minimum_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SalaryBand(Usd(-1m), Usd(0m), Usd(10m)));

        Assert.Equal("minimum", ex.ParamName);
        Assert.Equal(Usd(-1m), ex.ActualValue);
        Assert.Contains("Salary band minimum USD -1.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRange_with_a_negative_minimum_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromRange(Usd(-5_000m), Usd(10_000m)));

        Assert.Equal("minimum", ex.ParamName);
        Assert.Contains("USD -5,000.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_median_throws_naming_the_median()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMedian(Usd(-35_000m)));

        Assert.Equal("median", ex.ParamName);
        Assert.Equal(Usd(-35_000m), ex.ActualValue);
        Assert.Contains("Salary band median USD -35,000.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_mean_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SalaryBand(Usd(30_000m), Usd(40_000m), Usd(50_000m), mean: Usd(-1m)));

        Assert.Equal("mean", ex.ParamName);
        Assert.Equal(Usd(-1m), ex.ActualValue);
        Assert.Contains("Salary band mean USD -1.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMedian_with_a_negative_mean_throws_naming_the_mean()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMedian(Usd(35_000m), Usd(-38_000m)));

        Assert.Equal("mean", ex.ParamName);
        Assert.Contains("mean USD -38,000.00 must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_midpoint_in_another_currency_throws_naming_both_currencies()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(30_000m), Eur(40_000m), Usd(50_000m)));

        Assert.Equal("midpoint", ex.ParamName);
        Assert.Contains("Salary band amounts must share one currency: midpoint is in EUR but the minimum is in USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_in_another_currency_throws_naming_both_currencies()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(30_000m), Usd(40_000m), Eur(50_000m)));

        Assert.Equal("maximum", ex.ParamName);
        Assert.Contains("maximum is in EUR but the minimum is in USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromRange_across_currencies_throws_naming_both_currencies()
    {
        var ex = Assert.Throws<ArgumentException>(() => SalaryBand.FromRange(Aud(50_000m), Usd(46_000m)));

        Assert.Equal("maximum", ex.ParamName);
        Assert.Contains("maximum is in USD but the minimum is in AUD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mean_in_another_currency_throws_naming_both_currencies()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(30_000m), Usd(40_000m), Usd(50_000m), mean: Eur(45_000m)));

        Assert.Equal("mean", ex.ParamName);
        Assert.Contains("mean is in EUR but the minimum is in USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromMedian_with_a_mean_in_another_currency_throws_naming_the_mean()
    {
        var ex = Assert.Throws<ArgumentException>(() => SalaryBand.FromMedian(Usd(42_000m), Eur(45_000m)));

        Assert.Equal("mean", ex.ParamName);
        Assert.Contains("mean is in EUR but the median is in USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Percentiles_in_another_currency_throw_naming_both_currencies()
    {
        var percentiles = new PayPercentiles(p25: Eur(30_000m), p50: Eur(35_000m));

        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(30_000m), Usd(40_000m), Usd(50_000m), percentiles));

        Assert.Equal("percentiles", ex.ParamName);
        Assert.Contains("percentiles is in EUR but the minimum is in USD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_money_does_not_slip_into_a_dollar_band()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SalaryBand(Usd(0m), default, Usd(10m)));

        Assert.Equal("midpoint", ex.ParamName);
        Assert.Contains("midpoint is in XXX but the minimum is in USD", ex.Message, StringComparison.Ordinal);
    }

    // --- The US ladder (seed facts): median and average per level ---

    [Theory]
    [InlineData("Junior Customer Service Specialist", 35_000, 38_000)]
    [InlineData("Customer Service Specialist", 42_000, 45_000)]
    [InlineData("Senior Customer Service Specialist", 52_000, 55_000)]
    [InlineData("Customer Service Team Lead", 65_000, 68_000)]
    [InlineData("Customer Service Manager", 80_000, 85_000)]
    [InlineData("Director of Customer Service", 110_000, 115_000)]
    [InlineData("VP of Customer Experience", 150_000, 160_000)]
    public void A_US_ladder_level_is_a_point_band_at_its_median_with_its_average(string level, int median, int average)
    {
        var band = SalaryBand.FromMedian(Usd(median), Usd(average));

        Assert.True(band.IsPoint, level);
        Assert.Equal(Usd(median), band.Minimum);
        Assert.Equal(Usd(median), band.Midpoint);
        Assert.Equal(Usd(median), band.Maximum);
        Assert.Equal(Money.Zero(Currency.USD), band.Width);
        Assert.Equal(Usd(average), band.Mean);
        Assert.NotNull(band.Percentiles);
        Assert.Equal(Usd(median), band.Percentiles.P50);
        Assert.Single(band.Percentiles.Known);
        Assert.True(band.Mean > band.Midpoint, "pay is right-skewed: the average is above the median");
        Assert.Same(Currency.USD, band.Currency);
    }

    [Fact]
    public void The_junior_band_reads_as_median_and_mean()
    {
        Assert.Equal("USD 35,000.00 (median), mean 38,000.00", SalaryBand.FromMedian(Usd(35_000m), Usd(38_000m)).ToString());
        Assert.Equal("USD 150,000.00 (median), mean 160,000.00", SalaryBand.FromMedian(Usd(150_000m), Usd(160_000m)).ToString());
    }

    [Fact]
    public void A_median_without_a_mean_reads_as_a_median_only()
    {
        var band = SalaryBand.FromMedian(Usd(39_120m));

        Assert.Null(band.Mean);
        Assert.Equal("USD 39,120.00 (median)", band.ToString());
    }

    [Fact]
    public void Each_ladder_level_pays_more_than_the_one_below()
    {
        int[] medians = [35_000, 42_000, 52_000, 65_000, 80_000, 110_000, 150_000];
        var bands = medians.Select(m => SalaryBand.FromMedian(Usd(m))).ToList();

        Assert.All(bands.Zip(bands.Skip(1)), pair => Assert.True(pair.First.Midpoint < pair.Second.Midpoint));
    }

    // --- Regional ranges (seed facts) ---

    [Fact]
    public void The_Europe_band_of_25000_to_45000_euros_has_its_midpoint_at_35000()
    {
        var europe = SalaryBand.FromRange(Eur(25_000m), Eur(45_000m));

        Assert.Equal(Eur(25_000m), europe.Minimum);
        Assert.Equal(Eur(35_000m), europe.Midpoint);
        Assert.Equal(Eur(45_000m), europe.Maximum);
        Assert.Equal(Eur(20_000m), europe.Width);
        Assert.False(europe.IsPoint);
        Assert.Null(europe.Percentiles);
        Assert.Null(europe.Mean);
        Assert.Equal("EUR 25,000.00 – 45,000.00 (midpoint 35,000.00)", europe.ToString());
    }

    [Theory]
    [InlineData("EUR", 35_000, 45_000, 40_000)]
    [InlineData("EUR", 18_000, 28_000, 23_000)]
    [InlineData("AUD", 50_000, 70_000, 60_000)]
    [InlineData("INR", 300_000, 600_000, 450_000)]
    [InlineData("USD", 40_000, 60_000, 50_000)]
    [InlineData("USD", 20_000, 40_000, 30_000)]
    public void A_regional_range_has_its_midpoint_half_way(string code, int minimum, int maximum, int midpoint)
    {
        var currency = Currency.FromCode(code);

        var band = SalaryBand.FromRange(new Money(minimum, currency), new Money(maximum, currency));

        Assert.Equal(new Money(midpoint, currency), band.Midpoint);
        Assert.Same(currency, band.Currency);
    }

    [Fact]
    public void The_India_band_reads_in_rupees()
    {
        var india = SalaryBand.FromRange(Inr(300_000m), Inr(600_000m));

        Assert.Equal("INR 300,000.00 – 600,000.00 (midpoint 450,000.00)", india.ToString());
    }

    [Fact]
    public void The_Australia_band_contains_its_ends_and_nothing_outside()
    {
        var australia = SalaryBand.FromRange(Aud(50_000m), Aud(70_000m));

        Assert.True(australia.Contains(Aud(50_000m)));
        Assert.True(australia.Contains(Aud(60_000m)));
        Assert.True(australia.Contains(Aud(70_000m)));
        Assert.False(australia.Contains(Aud(49_999.99m)));
        Assert.False(australia.Contains(Aud(70_000.01m)));
    }

    [Fact]
    public void Contains_with_pay_in_another_currency_throws_naming_both()
    {
        var australia = SalaryBand.FromRange(Aud(50_000m), Aud(70_000m));

        var ex = Assert.Throws<CurrencyMismatchException>(() => australia.Contains(Usd(40_000m)));

        Assert.Contains("(AUD and USD)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Thirty_thousand_euros_in_Lisbon_lies_within_the_Europe_band()
    {
        Assert.True(SalaryBand.FromRange(Eur(25_000m), Eur(45_000m)).Contains(Eur(30_000m)));
    }

    [Fact]
    public void The_occupation_range_with_its_median_as_midpoint_reads_with_the_midpoint()
    {
        var occupation = new SalaryBand(Usd(30_000m), Usd(39_120m), Usd(60_000m), new PayPercentiles(p50: Usd(39_120m)));

        Assert.Equal(Usd(39_120m), occupation.Midpoint);
        Assert.Equal(Usd(30_000m), occupation.Width);
        Assert.True(occupation.Contains(Usd(39_120m)));
        Assert.Equal("USD 30,000.00 – 60,000.00 (midpoint 39,120.00)", occupation.ToString());
    }

    [Fact]
    public void A_range_with_a_mean_reads_with_the_mean_at_the_end()
    {
        var band = new SalaryBand(Usd(30_000m), Usd(42_000m), Usd(60_000m), mean: Usd(45_000m));

        Assert.Equal("USD 30,000.00 – 60,000.00 (midpoint 42,000.00), mean 45,000.00", band.ToString());
    }

    [Fact]
    public void The_market_percentiles_and_mean_may_lie_outside_the_company_range()
    {
        var market = new PayPercentiles(p10: Usd(25_000m), p50: Usd(39_120m), p90: Usd(65_000m));

        var band = new SalaryBand(Usd(30_000m), Usd(37_500m), Usd(45_000m), market, Usd(50_000m));

        Assert.Same(market, band.Percentiles);
        Assert.Equal(Usd(50_000m), band.Mean);
        Assert.False(band.Contains(band.Mean!.Value));
    }

    [Fact]
    public void A_midpoint_may_sit_at_either_end()
    {
        Assert.Equal(Usd(30_000m), new SalaryBand(Usd(30_000m), Usd(30_000m), Usd(45_000m)).Midpoint);
        Assert.Equal(Usd(45_000m), new SalaryBand(Usd(30_000m), Usd(45_000m), Usd(45_000m)).Midpoint);
    }

    [Fact]
    public void FromRange_of_odd_cents_keeps_the_exact_half_way_midpoint()
    {
        var band = SalaryBand.FromRange(Usd(0m), Usd(0.01m));

        Assert.Equal(Usd(0.005m), band.Midpoint);
        Assert.Equal("USD 0.00 – 0.01 (midpoint 0.005)", band.ToString());
    }

    [Fact]
    public void A_zero_band_is_allowed()
    {
        var unpaid = SalaryBand.FromMedian(Money.Zero(Currency.USD));

        Assert.True(unpaid.IsPoint);
        Assert.True(unpaid.Contains(Money.Zero(Currency.USD)));
    }

    // --- Equality ---

    [Fact]
    public void FromRange_equals_Create_with_the_half_way_midpoint()
    {
        var fromRange = SalaryBand.FromRange(Eur(25_000m), Eur(45_000m));
        var created = new SalaryBand(Eur(25_000m), Eur(35_000m), Eur(45_000m));

        Assert.Equal(created, fromRange);
        Assert.Equal(created.GetHashCode(), fromRange.GetHashCode());
        Assert.True(created.Equals((object)fromRange));
    }

    [Fact]
    public void Bands_differing_in_any_part_are_not_equal()
    {
        var band = SalaryBand.FromMedian(Usd(42_000m), Usd(45_000m));

        Assert.NotEqual(band, SalaryBand.FromMedian(Usd(42_000m)));
        Assert.NotEqual(band, SalaryBand.FromMedian(Usd(42_000m), Usd(45_000.01m)));
        Assert.NotEqual(band, new SalaryBand(Usd(42_000m), Usd(42_000m), Usd(42_000m), mean: Usd(45_000m)));
        Assert.NotEqual(band, SalaryBand.FromMedian(Eur(42_000m), Eur(45_000m)));
        Assert.NotEqual(SalaryBand.FromRange(Usd(1m), Usd(3m)), new SalaryBand(Usd(1m), Usd(2.5m), Usd(3m)));
        Assert.False(band.Equals(null));
    }

    [Fact]
    public void A_maximum_past_the_largest_amount_a_band_holds_throws_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromRange(Usd(0m), Usd(SalaryBand.MaxAmount + 1m)));

        Assert.Equal("maximum", ex.ParamName);
        Assert.Contains("must be at most", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mean_past_the_largest_amount_a_band_holds_throws_naming_the_mean()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new SalaryBand(Usd(30_000m), Usd(40_000m), Usd(50_000m), mean: Usd(SalaryBand.MaxAmount + 0.01m)));

        Assert.Equal("mean", ex.ParamName);
        Assert.Contains("must be at most", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_band_at_the_largest_amount_is_accepted()
    {
        var band = new SalaryBand(Usd(0m), Usd(SalaryBand.MaxAmount), Usd(SalaryBand.MaxAmount), mean: Usd(SalaryBand.MaxAmount));

        Assert.Equal(SalaryBand.MaxAmount, band.Maximum.Amount);
    }
}
