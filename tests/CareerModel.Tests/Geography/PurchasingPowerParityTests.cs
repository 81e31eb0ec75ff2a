using System.Globalization;
using CareerModel.Geography;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Geography;

/// <summary>One region's purchasing-power parity factor: its validation rules, conversion to and from international dollars, equality and description.</summary>
/// <remarks>The factors here are illustrative, not World Bank data.</remarks>
public class PurchasingPowerParityTests
{
    private static readonly LocalDate NewYear2025 = new(2025, 1, 1);

    private static readonly PurchasingPowerParity Portugal = new("PT", NewYear2025, Currency.EUR, 0.58m, "illustrative");

    [Fact]
    public void A_factor_keeps_its_region_date_currency_factor_and_trimmed_source()
    {
        var factor = new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, 0.58m, " World Bank ICP ");

        Assert.Equal("PT", factor.RegionId);
        Assert.Equal(NewYear2025, factor.EffectiveDate);
        Assert.Equal(Currency.EUR, factor.Currency);
        Assert.Equal(0.58m, factor.Factor);
        Assert.Equal("World Bank ICP", factor.Source);
        Assert.Null(new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, 0.58m).Source);
    }

    [Fact]
    public void A_factor_for_a_year_applies_from_the_first_of_January()
    {
        var factor = PurchasingPowerParity.ForYear("FR", 2024, Currency.EUR, 0.78m, "illustrative");

        Assert.Equal(new LocalDate(2024, 1, 1), factor.EffectiveDate);
        Assert.Equal(new PurchasingPowerParity("FR", new LocalDate(2024, 1, 1), Currency.EUR, 0.78m, "illustrative"), factor);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10_000)]
    public void A_year_outside_1_to_9999_is_rejected(int year)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PurchasingPowerParity.ForYear("FR", year, Currency.EUR, 0.78m));

        Assert.Equal("year", error.ParamName);
        Assert.StartsWith($"year {year} must be from 1 to 9999.", error.Message);
    }

    [Fact]
    public void A_null_region_id_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new PurchasingPowerParity(null!, NewYear2025, Currency.EUR, 0.58m));

        Assert.Equal("regionId", error.ParamName);
        Assert.StartsWith("regionId must not be null.", error.Message);
    }

    [Fact]
    public void A_region_id_with_white_space_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new PurchasingPowerParity("P T", NewYear2025, Currency.EUR, 0.58m));

        Assert.Equal("regionId", error.ParamName);
        Assert.StartsWith("regionId 'P T' contains ' '; an id may hold only ASCII letters, digits, '-', '_' and '.'.", error.Message);
    }

    [Fact]
    public void A_null_currency_is_rejected()
    {
        Assert.Equal("currency", Assert.Throws<ArgumentNullException>(() => new PurchasingPowerParity("PT", NewYear2025, null!, 0.58m)).ParamName);
    }

    [Fact]
    public void The_no_currency_code_XXX_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new PurchasingPowerParity("PT", NewYear2025, Currency.None, 0.58m));

        Assert.Equal("currency", error.ParamName);
        Assert.StartsWith("Purchasing-power parity currency for region 'PT' is XXX (no currency); it must be the region's real currency.", error.Message);
    }

    [Theory]
    [InlineData("0", "factor 0 must be greater than zero.")]
    [InlineData("-0.58", "factor -0.58 must be greater than zero.")]
    public void A_factor_that_is_not_greater_than_zero_is_rejected(string factor, string message)
    {
        var value = decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, value));

        Assert.Equal("factor", error.ParamName);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), error.ActualValue);
        Assert.StartsWith(message, error.Message);
    }

    [Fact]
    public void A_blank_source_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, 0.58m, " "));

        Assert.Equal("source", error.ParamName);
        Assert.StartsWith("source must not be empty or white space.", error.Message);
    }

    [Fact]
    public void A_local_amount_divided_by_the_factor_is_international_dollars()
    {
        Assert.Equal(30_000m / 0.58m, Portugal.ToInternationalDollars(new Money(30_000m, Currency.EUR)));
        Assert.Equal(new Money(29m, Currency.EUR), Portugal.FromInternationalDollars(50m));
    }

    [Fact]
    public void Only_an_amount_in_the_factors_currency_converts()
    {
        var error = Assert.Throws<CurrencyMismatchException>(() => Portugal.ToInternationalDollars(new Money(100m, Currency.USD)));

        Assert.Equal(Currency.USD, error.Left);
        Assert.Equal(Currency.EUR, error.Right);
    }

    [Fact]
    public void Factors_with_equal_parts_are_equal_and_the_factor_compares_as_a_number()
    {
        var same = new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, 0.580m, "illustrative");

        Assert.Equal(Portugal, same);
        Assert.True(Portugal == same);
        Assert.Equal(Portugal.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Portugal, new PurchasingPowerParity("FR", NewYear2025, Currency.EUR, 0.58m, "illustrative"));
        Assert.NotEqual(Portugal, new PurchasingPowerParity("PT", NewYear2025.PlusYears(1), Currency.EUR, 0.58m, "illustrative"));
        Assert.NotEqual(Portugal, new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, 0.59m, "illustrative"));
        Assert.NotEqual(Portugal, new PurchasingPowerParity("PT", NewYear2025, Currency.EUR, 0.58m));
        Assert.True(Portugal != null);
    }

    [Fact]
    public void ToString_names_the_region_factor_currency_and_date()
    {
        Assert.Equal("PT: 0.58 EUR per international dollar from 2025-01-01 (illustrative)", Portugal.ToString());
        Assert.Equal("FR: 0.78 EUR per international dollar from 2025-01-01", new PurchasingPowerParity("FR", NewYear2025, Currency.EUR, 0.780m).ToString());
    }
}
