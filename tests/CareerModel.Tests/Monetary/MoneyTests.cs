using System.Globalization;
using CareerModel.Monetary;

namespace CareerModel.Tests.Monetary;

public class MoneyTests
{
    private static readonly Money TenDollars = new(10m, Currency.USD);
    private static readonly Money TenEuros = new(10m, Currency.EUR);

    private static void AssertMismatch(CurrencyMismatchException ex, string operation, Currency left, Currency right)
    {
        Assert.Equal(operation, ex.Operation);
        Assert.Same(left, ex.Left);
        Assert.Same(right, ex.Right);
        Assert.Contains($"Cannot {operation} amounts in different currencies ({left.Code} and {right.Code})", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_with_a_null_currency_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new Money(1m, null!));

        Assert.Equal("currency", ex.ParamName);
    }

    [Fact]
    public void Constructor_keeps_the_exact_amount_and_currency()
    {
        var money = new Money(-1234.5678m, Currency.INR);

        Assert.Equal(-1234.5678m, money.Amount);
        Assert.Same(Currency.INR, money.Currency);
        Assert.True(money.IsNegative);
        Assert.False(money.IsZero);
    }

    [Fact]
    public void Zero_is_zero_in_the_given_currency()
    {
        var zero = Money.Zero(Currency.JPY);

        Assert.True(zero.IsZero);
        Assert.False(zero.IsNegative);
        Assert.Equal(Currency.JPY, zero.Currency);
    }

    // --- default(Money) ---

    [Fact]
    public void Default_money_is_zero_in_no_currency()
    {
        var nothing = default(Money);

        Assert.Equal(0m, nothing.Amount);
        Assert.Same(Currency.None, nothing.Currency);
        Assert.Equal("XXX", nothing.Currency.Code);
        Assert.True(nothing.IsZero);
        Assert.Equal(Money.Zero(Currency.None), nothing);
        Assert.Equal(Money.Zero(Currency.None).GetHashCode(), nothing.GetHashCode());
        Assert.Equal("XXX 0", nothing.ToString());
    }

    [Fact]
    public void Default_money_does_not_equal_zero_dollars()
    {
        Assert.NotEqual(Money.Zero(Currency.USD), default);
        Assert.True(default(Money) != Money.Zero(Currency.USD));
    }

    [Fact]
    public void Adding_dollars_to_default_money_throws_naming_XXX_and_USD()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => default(Money) + TenDollars);

        AssertMismatch(ex, "add", Currency.None, Currency.USD);
    }

    [Fact]
    public void Comparing_dollars_with_default_money_throws_naming_USD_and_XXX()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars > default(Money));

        AssertMismatch(ex, "compare", Currency.USD, Currency.None);
    }

    // --- Currency mismatches ---

    [Fact]
    public void Adding_amounts_in_different_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars + TenEuros);

        AssertMismatch(ex, "add", Currency.USD, Currency.EUR);
    }

    [Fact]
    public void Add_method_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenEuros.Add(TenDollars));

        AssertMismatch(ex, "add", Currency.EUR, Currency.USD);
    }

    [Fact]
    public void Subtracting_amounts_in_different_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars - TenEuros);

        AssertMismatch(ex, "subtract", Currency.USD, Currency.EUR);
    }

    [Fact]
    public void CompareTo_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars.CompareTo(TenEuros));

        AssertMismatch(ex, "compare", Currency.USD, Currency.EUR);
    }

    [Fact]
    public void Less_than_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars < TenEuros);

        AssertMismatch(ex, "compare", Currency.USD, Currency.EUR);
    }

    [Fact]
    public void Greater_than_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenEuros > TenDollars);

        AssertMismatch(ex, "compare", Currency.EUR, Currency.USD);
    }

    [Fact]
    public void Less_or_equal_and_greater_or_equal_across_currencies_throw()
    {
        Assert.Throws<CurrencyMismatchException>(() => TenDollars <= TenEuros);
        Assert.Throws<CurrencyMismatchException>(() => TenDollars >= TenEuros);
    }

    [Fact]
    public void RatioTo_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars.RatioTo(TenEuros));

        AssertMismatch(ex, "divide", Currency.USD, Currency.EUR);
    }

    [Fact]
    public void Min_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Min(TenDollars, TenEuros));

        AssertMismatch(ex, "compare", Currency.USD, Currency.EUR);
    }

    [Fact]
    public void Max_across_currencies_throws_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => Money.Max(TenEuros, TenDollars));

        AssertMismatch(ex, "compare", Currency.EUR, Currency.USD);
    }

    [Fact]
    public void Amounts_in_currencies_that_share_a_code_but_not_minor_units_do_not_mix()
    {
        var threeDecimalDollar = new Currency("USD", 3, "US dollar");

        var ex = Assert.Throws<CurrencyMismatchException>(() => TenDollars + new Money(1m, threeDecimalDollar));

        Assert.Same(threeDecimalDollar, ex.Right);
    }

    [Fact]
    public void Equality_across_currencies_is_false_rather_than_an_error()
    {
        Assert.False(TenDollars == TenEuros);
        Assert.True(TenDollars != TenEuros);
        Assert.False(TenDollars.Equals(TenEuros));
    }

    // --- Arithmetic in one currency ---

    [Fact]
    public void Addition_and_subtraction_are_exact()
    {
        var a = new Money(0.1m, Currency.USD);
        var b = new Money(0.2m, Currency.USD);

        Assert.Equal(new Money(0.3m, Currency.USD), a + b);
        Assert.Equal(new Money(-0.1m, Currency.USD), a - b);
        Assert.Equal(a + b, a.Add(b));
        Assert.Equal(a - b, a.Subtract(b));
    }

    [Fact]
    public void Multiplication_and_division_do_not_round()
    {
        var salary = new Money(39_120m, Currency.USD);

        Assert.Equal(new Money(18.807692307692307692307692308m, Currency.USD), salary / 2080m);
        Assert.Equal(new Money(3260m, Currency.USD), salary.Divide(12m));
        Assert.Equal(new Money(58_680m, Currency.USD), salary * 1.5m);
        Assert.Equal(new Money(58_680m, Currency.USD), 1.5m * salary);
        Assert.Equal(new Money(1m / 3m, Currency.USD), new Money(1m, Currency.USD).Multiply(1m / 3m));
    }

    [Fact]
    public void Dividing_by_zero_throws()
    {
        Assert.Throws<DivideByZeroException>(() => TenDollars / 0m);
        Assert.Throws<DivideByZeroException>(() => TenDollars.RatioTo(Money.Zero(Currency.USD)));
    }

    [Fact]
    public void Negate_Abs_and_unary_minus_flip_or_drop_the_sign()
    {
        var cut = new Money(-2_500m, Currency.EUR);

        Assert.Equal(new Money(2_500m, Currency.EUR), -cut);
        Assert.Equal(new Money(2_500m, Currency.EUR), cut.Negate());
        Assert.Equal(new Money(2_500m, Currency.EUR), cut.Abs());
        Assert.Equal(new Money(2_500m, Currency.EUR), cut.Abs().Abs());
    }

    [Fact]
    public void RatioTo_gives_the_compa_ratio_as_a_plain_number()
    {
        var pay = new Money(42_000m, Currency.USD);
        var midpoint = new Money(35_000m, Currency.USD);

        Assert.Equal(1.2m, pay.RatioTo(midpoint));
    }

    [Fact]
    public void Min_and_Max_pick_by_amount_and_return_the_first_when_equal()
    {
        var small = new Money(1m, Currency.USD);
        var large = new Money(2m, Currency.USD);
        var oneWithScale = new Money(1.00m, Currency.USD);

        Assert.Equal(small, Money.Min(large, small));
        Assert.Equal(large, Money.Max(small, large));
        Assert.Equal(2, Money.Min(oneWithScale, small).Amount.Scale);
        Assert.Equal(0, Money.Min(small, oneWithScale).Amount.Scale);
        Assert.Equal(2, Money.Max(oneWithScale, small).Amount.Scale);
        Assert.Equal(0, Money.Max(small, oneWithScale).Amount.Scale);
    }

    [Fact]
    public void Comparison_operators_order_amounts_in_one_currency()
    {
        var low = new Money(35_000m, Currency.USD);
        var high = new Money(42_000m, Currency.USD);

        Assert.True(low < high);
        Assert.False(high < low);
        Assert.True(high > low);
        Assert.True(low <= high);
        Assert.True(low <= new Money(35_000.00m, Currency.USD));
        Assert.True(high >= low);
        Assert.True(low >= new Money(35_000.00m, Currency.USD));
        Assert.Equal(0, low.CompareTo(new Money(35_000.00m, Currency.USD)));
    }

    [Fact]
    public void Non_generic_CompareTo_handles_null_money_and_other_types()
    {
        IComparable ten = TenDollars;

        Assert.True(ten.CompareTo(null) > 0);
        Assert.True(ten.CompareTo(new Money(5m, Currency.USD)) > 0);
        Assert.Throws<CurrencyMismatchException>(() => ten.CompareTo(TenEuros));
        var ex = Assert.Throws<ArgumentException>(() => ten.CompareTo(10m));
        Assert.Equal("obj", ex.ParamName);
        Assert.Contains("not with Decimal", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sorting_amounts_in_one_currency_orders_them_by_amount()
    {
        decimal[] unsorted = [52_000m, 35_000m, 150_000m, 42_000m];
        var amounts = unsorted.Select(a => new Money(a, Currency.USD)).ToList();

        amounts.Sort();

        decimal[] expected = [35_000m, 42_000m, 52_000m, 150_000m];
        Assert.Equal(expected, amounts.Select(m => m.Amount));
    }

    // --- Equality ---

    [Fact]
    public void Equal_amounts_with_different_scales_are_equal_and_hash_alike()
    {
        var a = new Money(1.0m, Currency.USD);
        var b = new Money(1.00m, Currency.USD);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Equals_object_is_false_for_other_types()
    {
        Assert.False(TenDollars.Equals(10m));
        Assert.False(TenDollars.Equals(null));
    }

    // --- Rounding ---

    [Theory]
    [InlineData("2.345", "2.34")]
    [InlineData("2.355", "2.36")]
    [InlineData("-2.345", "-2.34")]
    [InlineData("2.3449", "2.34")]
    [InlineData("2.3451", "2.35")]
    [InlineData("2.3", "2.3")]
    public void RoundToMinorUnits_defaults_to_bankers_rounding(string amount, string expected)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.USD);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), money.RoundToMinorUnits().Amount);
        Assert.Equal(money.RoundToMinorUnits(MidpointRounding.ToEven), money.RoundToMinorUnits());
    }

    [Theory]
    [InlineData("2.345", "2.35")]
    [InlineData("2.355", "2.36")]
    [InlineData("-2.345", "-2.35")]
    public void RoundToMinorUnits_away_from_zero_rounds_half_cents_up_in_magnitude(string amount, string expected)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.USD);

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), money.RoundToMinorUnits(MidpointRounding.AwayFromZero).Amount);
    }

    [Fact]
    public void RoundToMinorUnits_in_yen_rounds_to_whole_yen()
    {
        Assert.Equal(new Money(1_234m, Currency.JPY), new Money(1_234.5m, Currency.JPY).RoundToMinorUnits());
        Assert.Equal(new Money(1_236m, Currency.JPY), new Money(1_235.5m, Currency.JPY).RoundToMinorUnits());
        Assert.Equal(new Money(1_235m, Currency.JPY), new Money(1_234.5m, Currency.JPY).RoundToMinorUnits(MidpointRounding.AwayFromZero));
        Assert.Equal(0, new Money(1_234.567m, Currency.JPY).RoundToMinorUnits().Amount.Scale);
    }

    [Fact]
    public void RoundToMinorUnits_keeps_the_currency()
    {
        var dinar = new Currency("KWD", 3, "Kuwaiti dinar");

        var rounded = new Money(1.23456m, dinar).RoundToMinorUnits();

        Assert.Equal(new Money(1.235m, dinar), rounded);
        Assert.Same(dinar, rounded.Currency);
    }

    [Fact]
    public void Occupation_median_in_hourly_terms_rounds_to_18_81()
    {
        var hourly = new Money(39_120m, Currency.USD) / 2_080m;

        Assert.StartsWith("18.807692", hourly.Amount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Equal(new Money(18.81m, Currency.USD), hourly.RoundToMinorUnits());
    }

    // --- Formatting ---

    [Theory]
    [InlineData("42000", "USD", "USD 42,000.00")]
    [InlineData("42000.5", "USD", "USD 42,000.50")]
    [InlineData("-2500", "EUR", "EUR -2,500.00")]
    [InlineData("0", "USD", "USD 0.00")]
    [InlineData("1234567.891", "USD", "USD 1,234,567.891")]
    [InlineData("300000", "INR", "INR 300,000.00")]
    [InlineData("1234", "JPY", "JPY 1,234")]
    [InlineData("1234.5", "JPY", "JPY 1,234.5")]
    public void ToString_shows_the_code_and_the_amount_with_group_separators(string amount, string code, string expected)
    {
        var money = new Money(decimal.Parse(amount, CultureInfo.InvariantCulture), Currency.FromCode(code));

        Assert.Equal(expected, money.ToString());
    }

    [Fact]
    public void ToString_of_an_unrounded_amount_shows_all_its_decimals()
    {
        var hourly = new Money(39_120m, Currency.USD) / 2_080m;

        Assert.Equal("USD 18.807692307692307692307692308", hourly.ToString());
        Assert.Equal("USD 18.81", hourly.RoundToMinorUnits().ToString());
    }

    [Fact]
    public void ToString_pads_a_whole_amount_to_the_currency_minor_units()
    {
        var dinar = new Currency("KWD", 3, "Kuwaiti dinar");

        Assert.Equal("KWD 1,000.500", new Money(1_000.5m, dinar).ToString());
        Assert.Equal("USD 1.50", new Money(1.5000m, Currency.USD).ToString());
    }

    [Fact]
    public void The_largest_amount_plus_forty_cents_is_refused_rather_than_rounded_back_to_the_largest_amount()
    {
        var largest = new Money(decimal.MaxValue, Currency.USD);

        var ex = Assert.Throws<ArithmeticException>(() => largest + new Money(0.4m, Currency.USD));

        Assert.StartsWith("USD 79,228,162,514,264,337,593,543,950,335.00 + USD 0.40 cannot be represented exactly", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_that_decimal_would_round_throws_naming_both_amounts()
    {
        var largest = new Money(decimal.MaxValue, Currency.USD);

        var ex = Assert.Throws<ArithmeticException>(() => largest - new Money(0.4m, Currency.USD));

        Assert.StartsWith($"{largest} − USD 0.40 cannot be represented exactly", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sum_past_the_largest_amount_is_an_overflow()
    {
        var largest = new Money(decimal.MaxValue, Currency.USD);

        Assert.Throws<OverflowException>(() => largest + new Money(1m, Currency.USD));
    }

    [Fact]
    public void A_product_with_more_digits_than_a_decimal_holds_is_refused()
    {
        var pay = new Money(1.0000000000000000000000000001m, Currency.USD);

        var ex = Assert.Throws<ArithmeticException>(() => pay * 1.5m);

        Assert.Contains("× 1.5 cannot be represented exactly", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sums_and_products_that_only_drop_trailing_zeros_are_exact_and_accepted()
    {
        var big = new Money(79_228_162_514_264_337_593_543_950_334.0m, Currency.USD);

        Assert.Equal(decimal.MaxValue, (big + new Money(1.0m, Currency.USD)).Amount);
        Assert.Equal(new Money(63_000m, Currency.USD), new Money(42_000m, Currency.USD) * 1.5m);
    }
}
