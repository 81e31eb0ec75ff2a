using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

/// <summary>Band math on the seed's bands: spreads, compa-ratio, range penetration and percentile estimates.</summary>
public class SalaryBandMathTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static Money Eur(decimal amount) => new(amount, Currency.EUR);

    private static readonly SalaryBand NorthAmerica = SalaryBand.FromRange(Usd(40_000), Usd(60_000));
    private static readonly SalaryBand Junior = new SalaryBand(Usd(30_000), Usd(35_000), Usd(45_000), new PayPercentiles(p50: Usd(35_000)), Usd(38_000));

    [Fact]
    public void The_north_american_band_spreads_50_percent_over_its_minimum_and_20_percent_around_its_midpoint()
    {
        Assert.Equal(0.5m, NorthAmerica.Spread(SpreadConvention.OverMinimum));
        Assert.Equal(0.2m, NorthAmerica.Spread(SpreadConvention.AroundMidpoint));
    }

    [Fact]
    public void The_european_band_spreads_80_percent_over_its_minimum()
    {
        var europe = SalaryBand.FromRange(Eur(25_000), Eur(45_000));

        Assert.Equal(0.8m, europe.Spread(SpreadConvention.OverMinimum));
        Assert.Equal(20m / 70m, europe.Spread(SpreadConvention.AroundMidpoint));
    }

    [Theory]
    [InlineData(0.5, SpreadConvention.OverMinimum)]
    [InlineData(0.2, SpreadConvention.AroundMidpoint)]
    public void A_band_built_from_its_midpoint_and_spread_in_either_convention_is_the_same_band(double spread, SpreadConvention convention)
    {
        Assert.Equal(NorthAmerica, SalaryBand.FromMidpoint(Usd(50_000), (decimal)spread, convention));
    }

    [Fact]
    public void A_spread_around_the_midpoint_of_100_percent_or_more_is_rejected_naming_the_value()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMidpoint(Usd(50_000), 1m, SpreadConvention.AroundMidpoint));

        Assert.Equal("spread", ex.ParamName);
        Assert.Contains("Spread 1 must be from 0 to below 1", ex.Message);
    }

    [Fact]
    public void A_band_cannot_be_built_around_a_zero_midpoint()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMidpoint(Usd(0), 0.5m, SpreadConvention.OverMinimum));

        Assert.Equal("midpoint", ex.ParamName);
        Assert.Contains("must be greater than zero", ex.Message);
    }

    [Fact]
    public void Pay_of_45000_in_the_north_american_band_has_compa_ratio_0_9_and_penetration_a_quarter()
    {
        Assert.Equal(0.9m, NorthAmerica.CompaRatio(Usd(45_000)));
        Assert.Equal(0.25m, NorthAmerica.RangePenetration(Usd(45_000)));
    }

    [Fact]
    public void Pay_above_the_maximum_penetrates_past_one()
    {
        Assert.Equal(1.5m, NorthAmerica.RangePenetration(Usd(70_000)));
    }

    [Fact]
    public void Range_penetration_of_a_median_only_band_is_refused_because_it_has_no_width()
    {
        var median = SalaryBand.FromMedian(Usd(42_000), Usd(45_000));

        var ex = Assert.Throws<InvalidOperationException>(() => median.RangePenetration(Usd(42_000)));

        Assert.Contains("zero width", ex.Message);
        Assert.Contains("USD 42,000.00", ex.Message);
    }

    [Fact]
    public void Compa_ratio_against_a_zero_midpoint_is_refused()
    {
        var zero = SalaryBand.FromMedian(Usd(0));

        var ex = Assert.Throws<InvalidOperationException>(() => zero.CompaRatio(Usd(1)));

        Assert.Contains("midpoint is zero", ex.Message);
    }

    [Fact]
    public void Compa_ratio_of_pay_in_another_currency_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => NorthAmerica.CompaRatio(Eur(45_000)));

        Assert.Contains("EUR", ex.Message);
        Assert.Contains("USD", ex.Message);
    }

    [Theory]
    [InlineData(0, 30_000)]
    [InlineData(25, 32_500)]
    [InlineData(50, 35_000)]
    [InlineData(75, 40_000)]
    [InlineData(100, 45_000)]
    public void Percentiles_of_the_junior_band_interpolate_between_minimum_median_and_maximum(double percentile, int expected)
    {
        Assert.Equal(Usd(expected), Junior.EstimatePercentile(percentile));
    }

    [Fact]
    public void Market_percentiles_outside_the_band_are_clamped_unless_asked()
    {
        var band = new SalaryBand(Usd(40_000), Usd(50_000), Usd(60_000), new PayPercentiles(p10: Usd(30_000), p50: Usd(50_000), p90: Usd(70_000)));

        Assert.Equal(Usd(40_000), band.EstimatePercentile(10));
        Assert.Equal(Usd(30_000), band.EstimateMarketPercentile(10));
        Assert.Equal(Usd(70_000), band.EstimateMarketPercentile(95));
        Assert.Equal(Usd(60_000), band.EstimatePercentile(95));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100.5)]
    [InlineData(double.NaN)]
    public void A_percentile_outside_0_to_100_is_rejected(double percentile)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Junior.EstimatePercentile(percentile));

        Assert.Equal("percentile", ex.ParamName);
        Assert.Contains("from 0 to 100", ex.Message);
    }

    [Theory]
    [InlineData(SpreadConvention.OverMinimum)]
    [InlineData(SpreadConvention.AroundMidpoint)]
    public void A_spread_of_zero_builds_a_point_band_at_the_midpoint(SpreadConvention convention)
    {
        var band = SalaryBand.FromMidpoint(Usd(50_000), 0m, convention);

        Assert.True(band.IsPoint);
        Assert.Equal(Usd(50_000), band.Minimum);
    }

    [Fact]
    public void A_spread_over_the_minimum_may_pass_100_percent_up_to_the_maximum_spread()
    {
        var wide = SalaryBand.FromMidpoint(Usd(35_000), 1.5m, SpreadConvention.OverMinimum);
        var widest = SalaryBand.FromMidpoint(Usd(30_000), SalaryBand.MaxSpread, SpreadConvention.OverMinimum);

        Assert.Equal(Usd(20_000), wide.Minimum);
        Assert.Equal(Usd(50_000), wide.Maximum);
        Assert.Equal(Usd(5_000), widest.Minimum);
        Assert.Equal(Usd(55_000), widest.Maximum);
    }

    [Fact]
    public void A_spread_over_the_minimum_past_the_maximum_spread_is_rejected_naming_the_limit()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMidpoint(Usd(50_000), 10.5m, SpreadConvention.OverMinimum));

        Assert.Equal("spread", ex.ParamName);
        Assert.Contains("Spread 10.5 must be from 0 to 10 in the OverMinimum convention", ex.Message);
    }

    [Fact]
    public void A_spread_around_the_midpoint_past_100_percent_is_rejected_for_the_spread_not_the_minimum_it_would_make()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMidpoint(Usd(50_000), 1.5m, SpreadConvention.AroundMidpoint));

        Assert.Equal("spread", ex.ParamName);
        Assert.Contains("Spread 1.5 must be from 0 to below 1", ex.Message);
    }

    [Theory]
    [InlineData(SpreadConvention.OverMinimum)]
    [InlineData(SpreadConvention.AroundMidpoint)]
    public void A_negative_spread_is_rejected_naming_the_spread(SpreadConvention convention)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SalaryBand.FromMidpoint(Usd(50_000), -0.1m, convention));

        Assert.Equal("spread", ex.ParamName);
        Assert.Contains("Spread -0.1 must be from 0", ex.Message);
    }

    [Fact]
    public void The_spread_of_a_band_with_a_zero_minimum_or_midpoint_is_undefined_rather_than_a_division_by_zero()
    {
        var fromZero = SalaryBand.FromRange(Usd(0), Usd(10_000));
        var zero = SalaryBand.FromRange(Usd(0), Usd(0));

        Assert.Contains("minimum is zero", Assert.Throws<InvalidOperationException>(() => fromZero.Spread(SpreadConvention.OverMinimum)).Message);
        Assert.Equal(1m, fromZero.Spread(SpreadConvention.AroundMidpoint));
        Assert.Contains("midpoint is zero", Assert.Throws<InvalidOperationException>(() => zero.Spread(SpreadConvention.AroundMidpoint)).Message);
    }

    [Theory]
    [InlineData(0, 40_000)]
    [InlineData(25, 45_000)]
    [InlineData(50, 50_000)]
    [InlineData(90, 58_000)]
    public void A_band_without_percentiles_interpolates_between_its_minimum_midpoint_and_maximum(double percentile, int expected)
    {
        Assert.Equal(Usd(expected), NorthAmerica.EstimateMarketPercentile(percentile));
    }

    [Fact]
    public void A_point_band_below_its_market_percentiles_does_not_join_them_as_the_0th_percentile()
    {
        var band = new SalaryBand(Usd(50_000), Usd(50_000), Usd(50_000), new PayPercentiles(p10: Usd(55_000), p90: Usd(75_000)));

        Assert.Equal(Usd(55_000), band.EstimateMarketPercentile(5));
        Assert.Equal(Usd(60_000), band.EstimateMarketPercentile(30));
        Assert.Equal(Usd(75_000), band.EstimateMarketPercentile(95));
    }
}
