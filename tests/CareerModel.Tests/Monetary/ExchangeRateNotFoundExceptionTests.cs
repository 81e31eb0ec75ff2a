using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Monetary;

/// <summary>The error for a missing exchange rate names the pair, the date and what would help.</summary>
public class ExchangeRateNotFoundExceptionTests
{
    private static readonly LocalDate LastDayOf2019 = new(2019, 12, 31);

    [Fact]
    public void The_message_names_both_currencies_the_date_and_the_earliest_rate()
    {
        var error = new ExchangeRateNotFoundException(Currency.EUR, Currency.USD, LastDayOf2019, new LocalDate(2020, 1, 1));

        Assert.Equal("No EUR→USD exchange rate is effective on or before 2019-12-31; the earliest is 2020-01-01.", error.Message);
        Assert.Equal(Currency.EUR, error.From);
        Assert.Equal(Currency.USD, error.To);
        Assert.Equal(LastDayOf2019, error.AsOf);
        Assert.Equal(new LocalDate(2020, 1, 1), error.EarliestDate);
        Assert.Null(error.Pivot);
    }

    [Fact]
    public void Without_a_later_rate_the_message_says_the_pair_has_none()
    {
        var error = new ExchangeRateNotFoundException(Currency.EUR, Currency.JPY, LastDayOf2019, pivot: Currency.USD);

        Assert.Equal("No EUR→JPY exchange rate is effective, directly or through the pivot USD, on or before 2019-12-31; the table has none for that pair at any date.", error.Message);
        Assert.Equal(Currency.USD, error.Pivot);
        Assert.Null(error.EarliestDate);
    }

    [Fact]
    public void It_is_a_key_not_found_exception()
    {
        Assert.IsAssignableFrom<KeyNotFoundException>(new ExchangeRateNotFoundException(Currency.EUR, Currency.USD, LastDayOf2019));
    }

    [Fact]
    public void Both_currencies_are_required()
    {
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => new ExchangeRateNotFoundException(null!, Currency.USD, LastDayOf2019)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => new ExchangeRateNotFoundException(Currency.EUR, null!, LastDayOf2019)).ParamName);
    }
}
