using CareerModel.Monetary;

namespace CareerModel.Tests.Monetary;

public class CurrencyMismatchExceptionTests
{
    [Fact]
    public void Constructor_keeps_the_operation_and_both_currencies()
    {
        var ex = new CurrencyMismatchException("add", Currency.USD, Currency.EUR);

        Assert.Equal("add", ex.Operation);
        Assert.Same(Currency.USD, ex.Left);
        Assert.Same(Currency.EUR, ex.Right);
    }

    [Fact]
    public void Message_names_the_operation_both_codes_and_the_remedy()
    {
        var ex = new CurrencyMismatchException("compare", Currency.GBP, Currency.JPY);

        Assert.Equal(
            "Cannot compare amounts in different currencies (GBP and JPY); only amounts in the same currency can be combined or compared, so convert one first.",
            ex.Message);
    }

    [Fact]
    public void It_is_an_InvalidOperationException()
    {
        InvalidOperationException ex = new CurrencyMismatchException("add", Currency.USD, Currency.EUR);

        Assert.IsType<CurrencyMismatchException>(ex);
    }

    [Fact]
    public void Constructor_with_a_null_left_currency_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new CurrencyMismatchException("add", null!, Currency.EUR));

        Assert.Equal("left", ex.ParamName);
    }

    [Fact]
    public void Constructor_with_a_null_right_currency_throws_ArgumentNullException()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new CurrencyMismatchException("add", Currency.USD, null!));

        Assert.Equal("right", ex.ParamName);
    }
}
