using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

public class SalaryLadderTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static KeyValuePair<string, SalaryBand> Level(string name, int min, int max) =>
        KeyValuePair.Create(name, SalaryBand.FromRange(Usd(min), Usd(max)));

    [Fact]
    public void Steps_report_midpoint_progression_overlap_and_promotion_risk()
    {
        var ladder = SalaryLadder.Create([Level("L1", 40_000, 60_000), Level("L2", 55_000, 85_000)]);
        var step = Assert.Single(ladder.Steps);

        Assert.Equal(0.4m, step.MidpointProgression);
        Assert.Equal(Usd(5_000), step.Overlap);
        Assert.Equal(0.25m, step.OverlapFraction);
        Assert.Equal(Usd(5_000), step.PromotionRisk);
        Assert.False(step.IsPromotionSafe);
        Assert.Same(step, Assert.Single(ladder.UnsafePromotions));
        Assert.Empty(ladder.FallingMidpoints);
    }

    [Fact]
    public void Bands_that_do_not_touch_are_safe_with_no_overlap()
    {
        var step = Assert.Single(SalaryLadder.Create([Level("L1", 40_000, 50_000), Level("L2", 50_000, 70_000)]).Steps);

        Assert.Equal(Usd(0), step.Overlap);
        Assert.True(step.IsPromotionSafe);
    }

    [Fact]
    public void A_falling_midpoint_is_reported()
    {
        var ladder = SalaryLadder.Create([Level("L1", 40_000, 60_000), Level("L2", 38_000, 58_000)]);

        Assert.Equal("L2", Assert.Single(ladder.FallingMidpoints).UpperLevel);
        Assert.Equal(1m, ladder.Steps[0].OverlapFraction);
    }

    [Fact]
    public void A_ladder_needs_levels_with_distinct_names_in_one_currency()
    {
        Assert.Contains("at least one level", Assert.Throws<ArgumentException>(() => SalaryLadder.Create([])).Message);
        Assert.Contains("'L1' appears more than once", Assert.Throws<ArgumentException>(() => SalaryLadder.Create([Level("L1", 1, 2), Level("L1", 2, 3)])).Message);
        Assert.Throws<CurrencyMismatchException>(() => SalaryLadder.Create(
            [Level("L1", 1, 2), KeyValuePair.Create("L2", SalaryBand.FromRange(new Money(2, Currency.EUR), new Money(3, Currency.EUR)))]));
    }

    [Fact]
    public void The_progression_from_a_level_whose_midpoint_is_zero_is_undefined_naming_the_level()
    {
        var step = Assert.Single(SalaryLadder.Create([Level("Volunteer", 0, 0), Level("L1", 40_000, 60_000)]).Steps);

        Assert.Contains("from 'Volunteer' is undefined", Assert.Throws<InvalidOperationException>(() => step.MidpointProgression).Message);
    }

    [Fact]
    public void A_level_whose_midpoint_equals_the_one_below_does_not_rise()
    {
        var ladder = SalaryLadder.Create([Level("L1", 40_000, 60_000), Level("L2", 45_000, 55_000)]);

        Assert.False(ladder.Steps[0].MidpointRises);
        Assert.Equal("L2", Assert.Single(ladder.FallingMidpoints).UpperLevel);
    }

    [Fact]
    public void The_overlap_of_a_point_band_below_has_no_fraction()
    {
        var step = Assert.Single(SalaryLadder.Create([KeyValuePair.Create("L1", SalaryBand.FromMedian(Usd(50_000))), Level("L2", 40_000, 60_000)]).Steps);

        Assert.Equal(Usd(10_000), step.Overlap);
        Assert.Null(step.OverlapFraction);
    }

    [Fact]
    public void A_null_level_list_a_blank_name_or_a_missing_band_is_refused_naming_it()
    {
        Assert.Equal("levels", Assert.Throws<ArgumentNullException>(() => SalaryLadder.Create(null!)).ParamName);
        Assert.Equal("levels[1] name", Assert.Throws<ArgumentException>(() => SalaryLadder.Create([Level("L1", 1, 2), Level(" ", 2, 3)])).ParamName);
        var missing = Assert.Throws<ArgumentException>(() => SalaryLadder.Create([Level("L1", 1, 2), KeyValuePair.Create("L2", (SalaryBand)null!)]));
        Assert.Equal("levels", missing.ParamName);
        Assert.Contains("Level 'L2' must have a band.", missing.Message);
    }

    [Fact]
    public void Levels_in_two_currencies_are_refused_naming_both()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => SalaryLadder.Create(
            [Level("L1", 1, 2), KeyValuePair.Create("L2", SalaryBand.FromRange(new Money(2, Currency.EUR), new Money(3, Currency.EUR)))]));

        Assert.StartsWith("Cannot compare amounts in different currencies (USD and EUR)", ex.Message);
    }

    [Fact]
    public void A_ladder_of_one_level_describes_that_level()
    {
        Assert.Equal("L1: USD 40,000.00 – 60,000.00 (midpoint 50,000.00)", SalaryLadder.Create([Level("L1", 40_000, 60_000)]).ToString());
    }

    [Fact]
    public void A_step_from_a_zero_midpoint_describes_its_progression_as_not_applicable()
    {
        var step = Assert.Single(SalaryLadder.Create([Level("Volunteer", 0, 0), Level("L1", 40_000, 60_000)]).Steps);

        Assert.StartsWith("Volunteer → L1: midpoint n/a", step.ToString(), StringComparison.Ordinal);
    }
}
