using CareerModel.Compensation.Equity;
using CareerModel.Monetary;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>An employee's pay record validates its own fields.</summary>
public class EmployeePayTests
{
    [Fact]
    public void An_employee_keeps_what_it_was_given_with_the_group_trimmed()
    {
        var employee = new EmployeePay("e-1", Specialist, Band(Specialist), Usd(41_000m), "  F ");

        Assert.Equal("e-1", employee.Id);
        Assert.Equal(Specialist, employee.RoleId);
        Assert.Equal(Band(Specialist), employee.Band);
        Assert.Equal(Usd(41_000m), employee.Pay);
        Assert.Equal("F", employee.Group);
    }

    [Fact]
    public void A_negative_pay_is_rejected_naming_the_employee_and_the_pay()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Employee("e1", Specialist, -1m, "F"));

        Assert.Equal("pay", error.ParamName);
        Assert.StartsWith("Employee 'e1' pay USD -1.00 must not be negative.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_pay_is_accepted()
    {
        Assert.True(Employee("e1", Specialist, 0m, "F").Pay.IsZero);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_group_is_rejected(string group)
    {
        var error = Assert.Throws<ArgumentException>(() => Employee("e1", Specialist, 1m, group));

        Assert.Equal("group", error.ParamName);
        Assert.StartsWith($"Employee 'e1' group '{group}' must not be empty or white space; it names the group the employee is compared in.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_group_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => Employee("e1", Specialist, 1m, null!));

        Assert.Equal("group", error.ParamName);
    }

    [Fact]
    public void An_id_with_a_space_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Employee("e 1", Specialist, 1m, "F"));

        Assert.Equal("id", error.ParamName);
        Assert.StartsWith("id 'e 1' contains ' '; an id may hold only ASCII letters, digits, '-', '_' and '.'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_role_id_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => new EmployeePay("e1", "", Band(Specialist), Usd(1m), "F"));

        Assert.Equal("roleId", error.ParamName);
    }

    [Fact]
    public void A_null_band_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new EmployeePay("e1", Specialist, null!, Usd(1m), "F"));

        Assert.Equal("band", error.ParamName);
    }

    [Fact]
    public void A_pay_in_another_currency_than_the_band_is_accepted_here_and_rejected_by_the_analysis()
    {
        var employee = new EmployeePay("e1", Specialist, Band(Specialist), new Money(40_000m, Currency.EUR), "F");

        Assert.Throws<PopulationCurrencyMismatchException>(() => PayEquityAnalysis.Analyze([employee]));
    }

    [Fact]
    public void Employees_with_equal_fields_are_equal()
    {
        Assert.Equal(Employee("e1", Specialist, 1m, "F"), Employee("e1", Specialist, 1.00m, "F "));
        Assert.NotEqual(Employee("e1", Specialist, 1m, "F"), Employee("e1", Specialist, 1m, "M"));
        Assert.Equal(Employee("e1", Specialist, 1m, "F").GetHashCode(), Employee("e1", Specialist, 1m, "F").GetHashCode());
    }

    [Fact]
    public void The_employee_prints_with_role_group_pay_and_band()
    {
        Assert.Equal(
            "f1 (cs-specialist, group F): USD 39,900.00 in band USD 42,000.00 (median), mean 45,000.00",
            Employee("f1", Specialist, 39_900m, "F").ToString());
    }
}
