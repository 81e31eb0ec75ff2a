using CareerModel.Compensation.Equity;
using CareerModel.Monetary;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>The exception that lists every employee whose pay or band is in another currency.</summary>
public class PopulationCurrencyMismatchExceptionTests
{
    [Fact]
    public void It_is_an_argument_exception_about_the_employees()
    {
        var error = new PopulationCurrencyMismatchException(Currency.EUR, [Employee("e1", Specialist, 1m, "F")]);

        Assert.IsAssignableFrom<ArgumentException>(error);
        Assert.Equal("employees", error.ParamName);
        Assert.Equal(Currency.EUR, error.Currency);
        Assert.Equal("e1", Assert.Single(error.Employees).Id);
    }

    [Fact]
    public void It_needs_at_least_one_employee()
    {
        var error = Assert.Throws<ArgumentException>(() => new PopulationCurrencyMismatchException(Currency.EUR, []));

        Assert.Equal("employees", error.ParamName);
    }

    [Fact]
    public void It_rejects_null_arguments_and_null_employees()
    {
        Assert.Throws<ArgumentNullException>(() => new PopulationCurrencyMismatchException(null!, [Employee("e1", Specialist, 1m, "F")]));
        Assert.Throws<ArgumentNullException>(() => new PopulationCurrencyMismatchException(Currency.EUR, null!));
        Assert.Throws<ArgumentException>(() => new PopulationCurrencyMismatchException(Currency.EUR, [null!]));
    }
}
