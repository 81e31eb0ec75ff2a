using System.Globalization;
using CareerModel.Compensation;
using CareerModel.Compensation.Equity;
using CareerModel.Monetary;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>Every rule of the analysis's input, with the exception it throws and the message it gives.</summary>
public class PayEquityAnalysisValidationTests
{
    [Fact]
    public void A_null_population_is_rejected()
    {
        var error = Assert.Throws<ArgumentNullException>(() => PayEquityAnalysis.Analyze(null!));

        Assert.Equal("employees", error.ParamName);
    }

    [Fact]
    public void An_empty_population_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze([]));

        Assert.Equal("employees", error.ParamName);
        Assert.Equal("The population must hold at least one employee, but employees is empty. (Parameter 'employees')", error.Message);
    }

    [Fact]
    public void A_null_employee_is_rejected_by_position()
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze([Employee("a", Specialist, 1m, "F"), null!]));

        Assert.Equal("employees", error.ParamName);
        Assert.StartsWith("employees[1] must not be null.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_employee_ids_are_all_listed()
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze(
        [
            Employee("e2", Specialist, 1m, "F"),
            Employee("e1", Specialist, 2m, "F"),
            Employee("e2", Specialist, 3m, "M"),
            Employee("e1", Senior, 4m, "M"),
            Employee("e2", Senior, 5m, "F"),
            Employee("e3", Senior, 6m, "F"),
        ]));

        Assert.Equal("employees", error.ParamName);
        Assert.Equal("Employee ids must be unique in a population, but 'e1' appears 2 times, 'e2' appears 3 times. (Parameter 'employees')", error.Message);
    }

    [Fact]
    public void Ids_differing_only_in_case_are_distinct()
    {
        Assert.Equal(2, PayEquityAnalysis.Analyze([Employee("e", Specialist, 1m, "F"), Employee("E", Specialist, 1m, "F")]).Headcount);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("-0.05")]
    [InlineData("5")]
    public void A_threshold_outside_zero_to_one_is_rejected(string threshold)
    {
        var value = decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PayEquityAnalysis.Analyze(WorkedExample(), threshold: value));

        Assert.Equal("threshold", error.ParamName);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), error.ActualValue);
        Assert.StartsWith($"Pay gap threshold {threshold} must be greater than 0 and less than 1 (a fraction: 0.05 for 5%).", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.0001")]
    [InlineData("0.9999")]
    public void A_threshold_just_inside_zero_to_one_is_accepted(string threshold)
    {
        var value = decimal.Parse(threshold, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(value, PayEquityAnalysis.Analyze(WorkedExample(), threshold: value).Threshold);
    }

    [Fact]
    public void A_reference_group_without_members_is_rejected_listing_the_groups_present()
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup: "X"));

        Assert.Equal("referenceGroup", error.ParamName);
        Assert.Equal("Reference group 'X' has no members in the population; groups present: F, M. (Parameter 'referenceGroup')", error.Message);
    }

    [Fact]
    public void A_reference_group_differing_only_in_case_has_no_members()
    {
        Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup: "f"));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    public void A_blank_reference_group_is_rejected(string referenceGroup)
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze(WorkedExample(), referenceGroup));

        Assert.Equal("referenceGroup", error.ParamName);
        Assert.StartsWith($"Reference group '{referenceGroup}' must not be empty or white space; pass null for the group with the highest mean pay.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_group_paid_zero_is_rejected_because_gaps_are_fractions_of_its_pay()
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze(
            [.. WorkedExample(), Employee("x", Specialist, 0m, "X")], referenceGroup: "X"));

        Assert.Equal("referenceGroup", error.ParamName);
        Assert.StartsWith("The reference group 'X' has a mean pay of USD 0.00; gaps are fractions of the reference group's pay, so its mean and median pay must be greater than zero.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_group_with_a_zero_median_pay_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => PayEquityAnalysis.Analyze(
        [
            Employee("a", Specialist, 0m, "X"),
            Employee("b", Specialist, 0m, "X"),
            Employee("c", Specialist, 90_000m, "X"),
        ]));

        Assert.Equal("employees", error.ParamName);
        Assert.StartsWith("The reference group 'X' has a median pay of USD 0.00;", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pays_and_bands_in_other_currencies_are_rejected_listing_every_offending_employee()
    {
        var eur = new Money(40_000m, Currency.EUR);
        var euroBand = SalaryBand.FromMedian(new Money(40_000m, Currency.EUR));
        EmployeePay[] offenders =
        [
            new("e9", Specialist, Band(Specialist), eur, "F"),
            new("e4", Specialist, euroBand, eur, "M"),
        ];

        var error = Assert.Throws<PopulationCurrencyMismatchException>(() => PayEquityAnalysis.Analyze([.. WorkedExample(), .. offenders]));

        Assert.Equal(Currency.USD, error.Currency);
        Assert.Equal(offenders, error.Employees);
        Assert.Equal("employees", error.ParamName);
        Assert.Equal(
            "Pays and bands must share one currency, but 2 employees have amounts that are not in USD:" + Environment.NewLine
            + "  - employee 'e9': pay in EUR, band in USD" + Environment.NewLine
            + "  - employee 'e4': pay in EUR, band in EUR (Parameter 'employees')",
            error.Message);
    }

    [Fact]
    public void The_population_currency_is_the_one_most_amounts_are_in()
    {
        var yen = new Money(5_000_000m, Currency.JPY);
        var yenBand = SalaryBand.FromMedian(yen);
        var usdEmployee = Employee("u", Specialist, 40_000m, "F");

        var error = Assert.Throws<PopulationCurrencyMismatchException>(() => PayEquityAnalysis.Analyze(
        [
            new EmployeePay("j1", Specialist, yenBand, yen, "F"),
            new EmployeePay("j2", Specialist, yenBand, yen, "M"),
            usdEmployee,
        ]));

        Assert.Equal(Currency.JPY, error.Currency);
        Assert.Equal(new[] { usdEmployee }, error.Employees);
        Assert.StartsWith("Pays and bands must share one currency, but 1 employee has an amount that is not in JPY:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_population_in_one_other_currency_is_analysed_in_it()
    {
        var yenBand = SalaryBand.FromMedian(new Money(5_000_000m, Currency.JPY));

        var report = PayEquityAnalysis.Analyze([new EmployeePay("j1", Specialist, yenBand, new Money(4_500_000m, Currency.JPY), "F")]);

        Assert.Equal(Currency.JPY, report.Currency);
        Assert.Equal(new Money(4_500_000m, Currency.JPY), report.GetGroup("F").MeanPay);
    }
}
