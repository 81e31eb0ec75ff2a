using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using NodaTime;
using static System.FormattableString;

namespace CareerModel.Tests.Compensation.Projection;

public class SurveyAgeingTests
{
    private static readonly LocalDate Effective = new(2025, 1, 1);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Theory]
    [InlineData(AgeingMethod.Simple)]
    [InlineData(AgeingMethod.Compound)]
    public void Fifty_thousand_aged_3_percent_for_exactly_one_year_is_51500(AgeingMethod method)
    {
        Assert.Equal(Usd(51_500), SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2026, 1, 1), 0.03m, method));
    }

    [Fact]
    public void Half_a_year_compound_raises_by_1_03_to_the_power_182_over_365()
    {
        var aged = SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2025, 7, 2), 0.03m, AgeingMethod.Compound);

        Assert.Equal(50_000m * (decimal)Math.Pow(1.03, 182.0 / 365), aged.Amount);
        Assert.Equal(Usd(50_742.40m), aged.RoundToMinorUnits());
    }

    [Fact]
    public void Half_a_year_simple_adds_the_rate_pro_rata()
    {
        var aged = SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2025, 7, 2), 0.03m, AgeingMethod.Simple);

        Assert.Equal(50_000m * (1m + (0.03m * 182 / 365)), aged.Amount);
        Assert.Equal(Usd(50_747.95m), aged.RoundToMinorUnits());
    }

    [Fact]
    public void A_leap_year_of_366_days_is_a_little_more_than_one_year_of_the_day_count()
    {
        Assert.Equal(366m / 365m, SurveyAgeing.YearFraction(new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1)));
        Assert.Equal(Usd(51_504.11m), SurveyAgeing.Age(Usd(50_000), new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1), 0.03m, AgeingMethod.Simple).RoundToMinorUnits());
        Assert.Equal(Usd(51_504.17m), SurveyAgeing.Age(Usd(50_000), new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1), 0.03m, AgeingMethod.Compound).RoundToMinorUnits());
    }

    [Fact]
    public void Whole_years_compound_exactly()
    {
        Assert.Equal(Usd(54_636.35m), SurveyAgeing.Age(Usd(50_000), Effective, Effective.PlusDays(3 * 365), 0.03m, AgeingMethod.Compound));
    }

    [Theory]
    [InlineData(AgeingMethod.Simple)]
    [InlineData(AgeingMethod.Compound)]
    public void Ageing_backwards_de_ages_as_the_inverse_of_ageing_forward(AgeingMethod method)
    {
        Assert.Equal(Usd(50_000), SurveyAgeing.Age(Usd(51_500), new LocalDate(2026, 1, 1), Effective, 0.03m, method));
    }

    [Fact]
    public void Simple_de_ageing_divides_rather_than_subtracting_the_rate()
    {
        // Two years at 5% simple: 60,000 ÷ 1.1, not 60,000 × 0.9.
        var deAged = SurveyAgeing.Age(Usd(60_000), Effective.PlusDays(730), Effective, 0.05m, AgeingMethod.Simple);

        Assert.Equal(60_000m / 1.1m, deAged.Amount);
    }

    [Fact]
    public void The_year_fraction_is_actual_days_over_365_and_negative_backwards()
    {
        Assert.Equal(182m / 365m, SurveyAgeing.YearFraction(Effective, new LocalDate(2025, 7, 2)));
        Assert.Equal(-182m / 365m, SurveyAgeing.YearFraction(new LocalDate(2025, 7, 2), Effective));
        Assert.Equal(0m, SurveyAgeing.YearFraction(Effective, Effective));
    }

    [Fact]
    public void The_factor_on_the_effective_date_is_one()
    {
        Assert.Equal(1m, SurveyAgeing.Factor(Effective, Effective, 0.25m, AgeingMethod.Compound));
    }

    [Fact]
    public void A_negative_rate_ages_a_figure_down()
    {
        Assert.Equal(Usd(49_000), SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2026, 1, 1), -0.02m, AgeingMethod.Compound));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-1.5)]
    [InlineData(10.01)]
    public void A_rate_of_minus_100_percent_or_less_or_above_1000_percent_is_refused(double rate)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2026, 1, 1), (decimal)rate, AgeingMethod.Compound));

        Assert.Equal("annualRate", ex.ParamName);
        Assert.StartsWith(Invariant($"annualRate {(decimal)rate} must be greater than -1 and at most 10 (1000% a year)."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_method_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2026, 1, 1), 0.03m, (AgeingMethod)9));

        Assert.Equal("method", ex.ParamName);
        Assert.StartsWith("method 9 is not a defined AgeingMethod value.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_figure_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SurveyAgeing.Age(Usd(-1), Effective, new LocalDate(2026, 1, 1), 0.03m, AgeingMethod.Simple));

        Assert.Equal("figure", ex.ParamName);
        Assert.StartsWith("Market figure USD -1.00 must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_in_two_calendars_are_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => SurveyAgeing.Age(Usd(50_000), Effective, new LocalDate(2026, 1, 1, CalendarSystem.Julian), 0.03m, AgeingMethod.Simple));

        Assert.Equal("targetDate", ex.ParamName);
        Assert.StartsWith("targetDate 2026-01-01 is in the Julian calendar but 2025-01-01 is in ISO; days can only be counted between dates of one calendar.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Simple_ageing_at_a_negative_rate_past_zero_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => SurveyAgeing.Age(Usd(50_000), Effective, Effective.PlusDays(11 * 365), -0.1m, AgeingMethod.Simple));

        Assert.Equal("annualRate", ex.ParamName);
        Assert.StartsWith("Simple ageing at annualRate -0.1 over 4015 days gives a factor of -0.1; at a negative rate a simple span must be shorter than 1 ÷ |rate| years", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_factor_beyond_decimal_range_throws_an_overflow_naming_the_rate_and_dates()
    {
        var ex = Assert.Throws<OverflowException>(() => SurveyAgeing.Factor(Effective, Effective.PlusYears(100), 10m, AgeingMethod.Compound));

        Assert.Equal("Ageing at annualRate 10 from 2025-01-01 to 2125-01-01 gives a factor beyond decimal range.", ex.Message);
    }

    [Fact]
    public void The_factor_back_to_an_earlier_date_is_the_inverse_of_the_factor_forward()
    {
        Assert.Equal(1m / 1.03m, SurveyAgeing.Factor(new LocalDate(2026, 1, 1), Effective, 0.03m, AgeingMethod.Compound));
        Assert.Equal(1m / 1.03m, SurveyAgeing.Factor(new LocalDate(2026, 1, 1), Effective, 0.03m, AgeingMethod.Simple));
    }

    [Fact]
    public void A_factor_too_small_for_a_decimal_throws_an_overflow_rather_than_dividing_by_zero()
    {
        var ex = Assert.Throws<OverflowException>(() => SurveyAgeing.Factor(Effective, Effective.PlusYears(1_000), -0.99m, AgeingMethod.Compound));

        Assert.Equal("Ageing at annualRate -0.99 from 2025-01-01 to 3025-01-01 gives a factor beyond decimal range.", ex.Message);
    }
}
