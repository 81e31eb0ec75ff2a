using System.Globalization;
using CareerModel.Monetary;

namespace CareerModel.Tests.Monetary;

public class CurrencyTests
{
    [Theory]
    [InlineData("usd")]
    [InlineData("US")]
    [InlineData("USDX")]
    [InlineData("")]
    [InlineData("U1D")]
    [InlineData("ÜSD")]
    [InlineData("US ")]
    public void Create_with_a_code_that_is_not_three_upper_case_letters_throws_naming_the_code(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Currency(code, 2, "Test money"));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"'{code}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must be three upper-case ASCII letters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_with_a_null_code_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Currency(null!, 2, "Test money"));

        Assert.Equal("code", ex.ParamName);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    [InlineData(int.MaxValue)]
    public void Create_with_minor_units_outside_0_to_4_throws_naming_the_value_and_the_range(int minorUnits)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new Currency("ABC", minorUnits, "Test money"));

        Assert.Equal("minorUnits", ex.ParamName);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(minorUnits.ToString(CultureInfo.InvariantCulture), ex.ActualValue);
        Assert.Contains(FormattableString.Invariant($"minor units {minorUnits} must be from 0 to 4"), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(Currency.MaxMinorUnits)]
    public void Create_accepts_minor_units_at_both_ends_of_the_range(int minorUnits)
    {
        var currency = new Currency("ABC", minorUnits, "Test money");

        Assert.Equal(minorUnits, currency.MinorUnits);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Create_with_a_blank_name_throws_naming_the_rule(string name)
    {
        var ex = Assert.Throws<ArgumentException>(() => new Currency("ABC", 2, name));

        Assert.Equal("name", ex.ParamName);
        Assert.Contains("name must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_with_a_null_name_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Currency("ABC", 2, null!));

        Assert.Equal("name", ex.ParamName);
    }

    [Fact]
    public void Create_keeps_code_and_minor_units_and_trims_the_name()
    {
        var dinar = new Currency("KWD", 3, "  Kuwaiti dinar ");

        Assert.Equal("KWD", dinar.Code);
        Assert.Equal(3, dinar.MinorUnits);
        Assert.Equal("Kuwaiti dinar", dinar.Name);
        Assert.Equal("KWD", dinar.ToString());
    }

    [Theory]
    [InlineData("usd")]
    [InlineData("ABC")]
    [InlineData("")]
    public void FromCode_with_an_unknown_code_throws_naming_the_code_and_listing_the_built_in_ones(string code)
    {
        var ex = Assert.Throws<ArgumentException>(() => Currency.FromCode(code));

        Assert.Equal("code", ex.ParamName);
        Assert.Contains($"'{code}' is not a built-in currency", ex.Message, StringComparison.Ordinal);
        Assert.Contains("new Currency(code, minorUnits, name)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("EUR", ex.Message, StringComparison.Ordinal);
        Assert.Contains("USD", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Built in: AUD, CAD, CHF, COP, EUR, GBP, INR, JMD, JPY, MXN, PHP, PLN, USD, XXX, ZAR.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromCode_with_null_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => Currency.FromCode(null!));

        Assert.Equal("code", ex.ParamName);
    }

    [Fact]
    public void FromCode_returns_the_built_in_instance()
    {
        Assert.Same(Currency.EUR, Currency.FromCode("EUR"));
        Assert.Same(Currency.JPY, Currency.FromCode("JPY"));
        Assert.Same(Currency.None, Currency.FromCode("XXX"));
    }

    [Fact]
    public void TryFromCode_finds_built_in_codes_and_rejects_others_without_throwing()
    {
        Assert.True(Currency.TryFromCode("INR", out var rupee));
        Assert.Same(Currency.INR, rupee);

        Assert.False(Currency.TryFromCode("inr", out var lower));
        Assert.Null(lower);
        Assert.False(Currency.TryFromCode(null, out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Every_built_in_currency_is_found_by_its_code_and_the_list_is_ordered_by_code()
    {
        var codes = Currency.BuiltIn.Select(c => c.Code).ToList();

        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(15, codes.Count);
        Assert.All(Currency.BuiltIn, c => Assert.Same(c, Currency.FromCode(c.Code)));
    }

    [Theory]
    [InlineData("USD", 2, "US dollar")]
    [InlineData("EUR", 2, "Euro")]
    [InlineData("AUD", 2, "Australian dollar")]
    [InlineData("INR", 2, "Indian rupee")]
    [InlineData("JPY", 0, "Japanese yen")]
    [InlineData("XXX", 0, "No currency")]
    public void Built_in_currencies_have_their_ISO_minor_units(string code, int minorUnits, string name)
    {
        var currency = Currency.FromCode(code);

        Assert.Equal(minorUnits, currency.MinorUnits);
        Assert.Equal(name, currency.Name);
    }

    [Fact]
    public void A_created_currency_equal_in_code_minor_units_and_name_equals_the_built_in_one()
    {
        var dollar = new Currency("USD", 2, "US dollar");

        Assert.Equal(Currency.USD, dollar);
        Assert.True(dollar == Currency.USD);
        Assert.False(dollar != Currency.USD);
        Assert.Equal(Currency.USD.GetHashCode(), dollar.GetHashCode());
    }

    [Fact]
    public void Currencies_differing_in_minor_units_or_name_are_not_equal()
    {
        Assert.NotEqual(Currency.USD, new Currency("USD", 3, "US dollar"));
        Assert.NotEqual(Currency.USD, new Currency("USD", 2, "American dollar"));
        Assert.NotEqual(Currency.USD, Currency.EUR);
    }

    [Fact]
    public void Equality_operators_handle_null()
    {
        Currency? missing = null;

        Assert.True(missing == null);
        Assert.False(Currency.USD == missing);
        Assert.False(missing == Currency.USD);
        Assert.True(Currency.USD != missing);
        Assert.False(Currency.USD.Equals((object?)null));
        Assert.False(Currency.USD.Equals("USD"));
    }
}
