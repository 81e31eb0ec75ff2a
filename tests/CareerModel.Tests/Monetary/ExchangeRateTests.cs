using System.Globalization;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Monetary;

/// <summary>One dated exchange rate: its validation rules, exact conversion, equality and description.</summary>
public class ExchangeRateTests
{
    private static readonly LocalDate NewYear2025 = new(2025, 1, 1);

    [Fact]
    public void A_rate_keeps_its_currencies_rate_date_and_trimmed_source()
    {
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025, "  ECB reference rate ");

        Assert.Equal(Currency.EUR, rate.From);
        Assert.Equal(Currency.USD, rate.To);
        Assert.Equal(1.08m, rate.Rate);
        Assert.Equal(NewYear2025, rate.EffectiveDate);
        Assert.Equal("ECB reference rate", rate.Source);
    }

    [Fact]
    public void A_rate_without_a_source_has_none()
    {
        Assert.Null(new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025).Source);
    }

    [Fact]
    public void A_null_source_currency_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new ExchangeRate(null!, Currency.USD, 1.08m, NewYear2025));

        Assert.Equal("from", error.ParamName);
    }

    [Fact]
    public void A_null_target_currency_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new ExchangeRate(Currency.EUR, null!, 1.08m, NewYear2025));

        Assert.Equal("to", error.ParamName);
    }

    [Fact]
    public void A_rate_from_a_currency_to_itself_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.EUR, Currency.EUR, 1m, NewYear2025));

        Assert.Equal("to", error.ParamName);
        Assert.StartsWith("Exchange rate currencies from and to are both EUR; they must differ, as a currency converts to itself at 1 without a rate.", error.Message);
    }

    [Theory]
    [InlineData("from")]
    [InlineData("to")]
    public void The_no_currency_code_XXX_cannot_be_exchanged(string side)
    {
        var error = Assert.Throws<ArgumentException>(() => side == "from"
            ? new ExchangeRate(Currency.None, Currency.USD, 1m, NewYear2025)
            : new ExchangeRate(Currency.USD, Currency.None, 1m, NewYear2025));

        Assert.Equal(side, error.ParamName);
        Assert.StartsWith($"Exchange rate currency {side} is XXX (no currency); it must be a real currency.", error.Message);
    }

    [Theory]
    [InlineData("0", "rate 0 must be greater than zero.")]
    [InlineData("-1.08", "rate -1.08 must be greater than zero.")]
    public void A_rate_that_is_not_greater_than_zero_is_rejected(string rate, string message)
    {
        var value = decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ExchangeRate(Currency.EUR, Currency.USD, value, NewYear2025));

        Assert.Equal("rate", error.ParamName);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), error.ActualValue);
        Assert.StartsWith(message, error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_source_is_rejected(string source)
    {
        var error = Assert.Throws<ArgumentException>(() => new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025, source));

        Assert.Equal("source", error.ParamName);
        Assert.StartsWith("source must not be empty or white space.", error.Message);
    }

    [Fact]
    public void A_date_in_another_calendar_is_kept_in_the_ISO_calendar()
    {
        var julian = NewYear2025.WithCalendar(CalendarSystem.Julian);

        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, julian);

        Assert.Equal(NewYear2025, rate.EffectiveDate);
        Assert.Equal(CalendarSystem.Iso, rate.EffectiveDate.Calendar);
    }

    [Fact]
    public void Convert_multiplies_exactly_without_rounding()
    {
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.0837m, NewYear2025);

        Assert.Equal(new Money(33.59470m, Currency.USD), rate.Convert(new Money(31m, Currency.EUR)));
        Assert.Equal(new Money(0.010837m, Currency.USD), rate.Convert(new Money(0.01m, Currency.EUR)));
    }

    [Fact]
    public void Convert_rejects_an_amount_in_another_currency()
    {
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025);

        var error = Assert.Throws<CurrencyMismatchException>(() => rate.Convert(new Money(100m, Currency.USD)));

        Assert.Equal("convert", error.Operation);
        Assert.Equal(Currency.USD, error.Left);
        Assert.Equal(Currency.EUR, error.Right);
        Assert.Contains("(USD and EUR)", error.Message);
    }

    [Fact]
    public void Rates_with_equal_parts_are_equal_and_the_rate_compares_as_a_number()
    {
        var a = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025, "ECB");
        var b = new ExchangeRate(Currency.EUR, Currency.USD, 1.080m, NewYear2025, "ECB");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a.Equals((object)b));
    }

    [Fact]
    public void Rates_that_differ_in_any_part_are_not_equal()
    {
        var rate = new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025, "ECB");

        Assert.NotEqual(rate, new ExchangeRate(Currency.GBP, Currency.USD, 1.08m, NewYear2025, "ECB"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.EUR, Currency.CAD, 1.08m, NewYear2025, "ECB"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.EUR, Currency.USD, 1.09m, NewYear2025, "ECB"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025.PlusDays(1), "ECB"));
        Assert.NotEqual(rate, new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, NewYear2025));
        Assert.True(rate != null);
        Assert.False(rate.Equals(null));
    }

    [Fact]
    public void ToString_reads_as_one_unit_equals_the_rate_on_the_date()
    {
        Assert.Equal("1 EUR = 1.08 USD on 2025-01-01", new ExchangeRate(Currency.EUR, Currency.USD, 1.0800m, NewYear2025).ToString());
        Assert.Equal("1 INR = 0.012 USD on 2025-01-01 (illustrative)", new ExchangeRate(Currency.INR, Currency.USD, 0.012m, NewYear2025, "illustrative").ToString());
    }
}
