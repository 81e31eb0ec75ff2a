using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using static System.FormattableString;

namespace CareerModel.Tests.Compensation.Projection;

public class MeritBudgetTests
{
    private static readonly SalaryBand JuniorUs = BuiltInCatalogs.CustomerService.GetRole("cs-junior-specialist").PayBands["US"];
    private static readonly SalaryBand SpecialistUs = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    /// <summary>Below-midrange pay earns more: 4% for Meets and 6% for Exceeds in the lower half of the band.</summary>
    private static MeritMatrix Halves() => MeritMatrix.Create(
        ["Below", "Meets", "Exceeds"],
        RangePositionBasis.RangePenetration,
        [0.5m],
        [[0.01m, 0m], [0.04m, 0.02m], [0.06m, 0.04m]]);

    /// <summary>
    /// Three junior specialists (band USD 30,000–45,000): at 33,000 (penetration 0.2) rated Meets, 4% = 1,320;
    /// at 42,000 (0.8) rated Exceeds, 4% = 1,680; at 36,000 (0.4) rated Below, 1% = 360. The unscaled total is 3,360.
    /// </summary>
    private static RatedEmployee[] Team() =>
    [
        new(JuniorUs, Usd(33_000), "Meets"),
        new(JuniorUs, Usd(42_000), "Exceeds"),
        new(JuniorUs, Usd(36_000), "Below"),
    ];

    [Fact]
    public void A_pool_of_2520_dollars_scales_the_3360_dollar_matrix_by_three_quarters()
    {
        var budget = MeritBudget.Fit(Halves(), Team(), Usd(2_520));

        Assert.Equal(0.75m, budget.Factor);
        Assert.Equal([Usd(990), Usd(1_260), Usd(270)], budget.Increases);
        Assert.Equal(Usd(2_520), budget.Total);
        Assert.Equal(Usd(111_000), budget.Payroll);
        Assert.Equal(Halves().Scale(0.75m), budget.Matrix);
        Assert.Equal(0.03m, budget.Matrix.IncreaseAt("Meets", 0));
        Assert.Equal("factor 0.75 spends USD 2,520.00 of a USD 2,520.00 pool on 3 people (payroll USD 111,000.00)", budget.ToString());
    }

    [Fact]
    public void A_pool_of_2_percent_of_payroll_spends_2220_dollars_to_the_cent()
    {
        var budget = MeritBudget.FitToPayroll(Halves(), Team(), 0.02m);

        Assert.Equal(Usd(2_220), budget.Pool);
        Assert.Equal(2_220m / 3_360m, budget.Factor);
        Assert.Equal([Usd(872.14m), Usd(1_110), Usd(237.86m)], budget.Increases);
        Assert.Equal(Usd(2_220), budget.Total);
    }

    [Fact]
    public void A_pool_above_the_matrix_total_scales_it_up()
    {
        var budget = MeritBudget.Fit(Halves(), Team(), Usd(6_720));

        Assert.Equal(2m, budget.Factor);
        Assert.Equal(0.12m, budget.Matrix.IncreaseAt("Exceeds", 0));
    }

    [Fact]
    public void An_empty_pool_gives_a_matrix_of_zeros()
    {
        var budget = MeritBudget.Fit(Halves(), Team(), Usd(0));

        Assert.Equal(0m, budget.Factor);
        Assert.Equal(Usd(0), budget.Total);
        Assert.All(budget.Matrix.Increases.SelectMany(row => row), cell => Assert.Equal(0m, cell));
    }

    [Fact]
    public void A_pool_in_another_currency_than_the_pay_is_refused()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => MeritBudget.Fit(Halves(), Team(), new Money(2_520, Currency.EUR)));

        Assert.Equal(Currency.USD, ex.Left);
        Assert.Equal(Currency.EUR, ex.Right);
        Assert.StartsWith("Cannot budget, for population[0]'s pay and the pool, amounts in different currencies (USD and EUR)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_population_paid_in_two_currencies_is_refused()
    {
        var euroBand = SalaryBand.FromRange(new Money(25_000, Currency.EUR), new Money(45_000, Currency.EUR));
        RatedEmployee[] mixed = [.. Team(), new(euroBand, new Money(30_000, Currency.EUR), "Meets")];

        var ex = Assert.Throws<CurrencyMismatchException>(() => MeritBudget.FitToPayroll(Halves(), mixed, 0.02m));

        Assert.StartsWith("Cannot budget, for population[3]'s pay and population[0]'s pay, amounts in different currencies (EUR and USD)", ex.Message, StringComparison.Ordinal);
        Assert.Throws<CurrencyMismatchException>(() => MeritBudget.Fit(Halves(), mixed, Usd(1_000)));
    }

    [Fact]
    public void A_negative_pool_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritBudget.Fit(Halves(), Team(), Usd(-1)));

        Assert.Equal("pool", ex.ParamName);
        Assert.StartsWith("The merit pool USD -1.00 must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_fraction_of_payroll_outside_0_to_100_percent_is_refused(double fraction)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritBudget.FitToPayroll(Halves(), Team(), (decimal)fraction));

        Assert.Equal("fractionOfPayroll", ex.ParamName);
        Assert.Contains(Invariant($"fractionOfPayroll {(decimal)fraction} must be from 0 to 1 (100% of payroll)."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_that_would_push_an_increase_above_100_percent_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritBudget.Fit(Halves(), Team(), Usd(60_000)));

        Assert.Equal("pool", ex.ParamName);
        Assert.StartsWith("Spending the pool of USD 60,000.00 needs the factor 17.857142857142857142857142857, which takes the increase for rating 'Exceeds' in column 0 from 6% to", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_population_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritBudget.Fit(Halves(), [], Usd(100)));

        Assert.Equal("population", ex.ParamName);
        Assert.StartsWith("population must hold at least one person to share a merit pool.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_person_is_refused()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => MeritBudget.Fit(Halves(), [Team()[0], null!], Usd(100)));

        Assert.Equal("population", ex.ParamName);
        Assert.StartsWith("population[1] must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_the_matrix_does_not_have_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritBudget.Fit(Halves(), [new RatedEmployee(JuniorUs, Usd(35_000), "Great")], Usd(100)));

        Assert.Equal("population", ex.ParamName);
        Assert.StartsWith("population[0]'s rating 'Great' is not a rating of the merit matrix; its ratings are Below, Meets, Exceeds.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_band_under_a_range_penetration_matrix_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritBudget.Fit(Halves(), [.. Team(), new RatedEmployee(SpecialistUs, Usd(42_000), "Meets")], Usd(100)));

        Assert.Equal("population", ex.ParamName);
        Assert.StartsWith("population[3]'s band USD 42,000.00 (median), mean 45,000.00 has zero width", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pool_cannot_be_spent_by_a_matrix_that_gives_the_population_nothing()
    {
        RatedEmployee[] upperHalf = [new(JuniorUs, Usd(44_000), "Below")];

        var ex = Assert.Throws<ArgumentException>(() => MeritBudget.Fit(Halves(), upperHalf, Usd(500)));

        Assert.Equal("population", ex.ParamName);
        Assert.StartsWith("The merit matrix gives the population a total increase of USD 0.00, so no factor can make it spend the pool of USD 500.00", ex.Message, StringComparison.Ordinal);
    }
}
