using CareerModel.Compensation;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Compensation;

/// <summary>Scaling and converting a salary band: the edges of what each accepts.</summary>
public class SalaryBandConversionTests
{
    private static readonly SalaryBand Band = SalaryBand.FromRange(new Money(40_000m, Currency.USD), new Money(60_000m, Currency.USD));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_band_is_not_scaled_by_zero_or_less_and_the_message_names_the_factor(int factor)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Band.Scale(factor));

        Assert.Equal("factor", e.ParamName);
        Assert.StartsWith($"A band can be scaled only by a factor greater than zero, not {factor.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Converting_needs_the_rates_and_the_target_currency()
    {
        var rates = ExchangeRateTable.Create([]);

        Assert.Equal("rates", Assert.Throws<ArgumentNullException>(() => Band.Convert(null!, Currency.EUR, new LocalDate(2026, 1, 1))).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => Band.Convert(rates, null!, new LocalDate(2026, 1, 1))).ParamName);
    }

    [Fact]
    public void Converting_to_its_own_currency_with_rounding_rounds_every_figure()
    {
        var band = SalaryBand.FromRange(new Money(40_000.4m, Currency.USD), new Money(60_000.6m, Currency.USD));

        var rounded = band.Convert(ExchangeRateTable.Create([]), Currency.USD, new LocalDate(2026, 1, 1), RoundingPolicy.ToNearest(1m));

        Assert.Equal(new Money(40_000m, Currency.USD), rounded.Minimum);
        Assert.Equal(new Money(60_001m, Currency.USD), rounded.Maximum);
    }

    [Fact]
    public void Converting_to_its_own_currency_without_rounding_needs_no_rate_and_is_the_band_itself()
    {
        var band = SalaryBand.FromRange(new Money(40_000.4m, Currency.USD), new Money(60_000.6m, Currency.USD));

        Assert.Same(band, band.Convert(ExchangeRateTable.Create([]), Currency.USD, new LocalDate(2026, 1, 1)));
    }
}
