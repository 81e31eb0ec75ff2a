using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation.Projection;

public class RatedEmployeeTests
{
    private static readonly SalaryBand JuniorUs = BuiltInCatalogs.CustomerService.GetRole("cs-junior-specialist").PayBands["US"];

    [Fact]
    public void A_rated_employee_keeps_band_pay_and_trimmed_rating()
    {
        var employee = new RatedEmployee(JuniorUs, new Money(35_000, Currency.USD), " Meets ");

        Assert.Same(JuniorUs, employee.Band);
        Assert.Equal(new Money(35_000, Currency.USD), employee.Pay);
        Assert.Equal("Meets", employee.Rating);
        Assert.Equal("rated Meets, paid USD 35,000.00 in USD 30,000.00 – 45,000.00 (midpoint 35,000.00), mean 38,000.00", employee.ToString());
    }

    [Fact]
    public void Candidates_with_equal_band_pay_and_rating_are_equal()
    {
        var a = new RatedEmployee(JuniorUs, new Money(35_000, Currency.USD), "Meets");
        var b = new RatedEmployee(JuniorUs, new Money(35_000.00m, Currency.USD), "Meets");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new RatedEmployee(JuniorUs, new Money(35_000, Currency.USD), "Exceeds"));
    }

    [Fact]
    public void A_negative_pay_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new RatedEmployee(JuniorUs, new Money(-1, Currency.USD), "Meets"));

        Assert.Equal("pay", ex.ParamName);
        Assert.StartsWith("A rated employee's pay USD -1.00 must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_rating_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => new RatedEmployee(JuniorUs, new Money(35_000, Currency.USD), "  "));

        Assert.Equal("rating", ex.ParamName);
    }

    [Fact]
    public void Pay_in_another_currency_than_the_band_is_refused()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => new RatedEmployee(JuniorUs, new Money(35_000, Currency.EUR), "Meets"));

        Assert.Equal(Currency.EUR, ex.Left);
        Assert.Equal(Currency.USD, ex.Right);
        Assert.StartsWith("Cannot place, for a rated employee's pay and band, amounts in different currencies (EUR and USD)", ex.Message, StringComparison.Ordinal);
    }
}
