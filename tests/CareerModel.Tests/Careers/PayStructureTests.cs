using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Monetary;

namespace CareerModel.Tests.Careers;

/// <summary>The seed ladder's US pay structure, reviewed.</summary>
public class PayStructureTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    [Fact]
    public void The_US_ladder_has_seven_levels_whose_midpoints_rise_by_the_seed_figures()
    {
        var ladder = PayStructure.Ladder(Catalog, "customer-service", "US");

        Assert.Equal(7, ladder.Levels.Count);
        Assert.Empty(ladder.FallingMidpoints);
        decimal[] expected = [42m / 35 - 1, 52m / 42 - 1, 65m / 52 - 1, 80m / 65 - 1, 110m / 80 - 1, 150m / 110 - 1];
        Assert.Equal(expected, ladder.Steps.Select(s => s.MidpointProgression));
        Assert.Equal(0.2m, ladder.Steps[0].MidpointProgression);
        Assert.Equal(0.25m, ladder.Steps[2].MidpointProgression);
    }

    [Fact]
    public void Promoting_a_junior_at_the_top_of_the_starting_range_to_the_specialist_median_risks_3000_dollars()
    {
        var risk = Assert.Single(PayStructure.UnsafePromotions(Catalog, "US"));

        Assert.Equal("cs-junior-specialist", risk.LowerLevel);
        Assert.Equal("cs-specialist", risk.UpperLevel);
        Assert.Equal(new Money(3_000, Currency.USD), risk.PromotionRisk);
    }

    [Fact]
    public void A_family_without_bands_in_the_region_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => PayStructure.Ladder(Catalog, "customer-service", "JM"));

        Assert.Contains("No role of family 'customer-service' has a pay band in region 'JM'", ex.Message);
    }

    [Fact]
    public void An_unknown_region_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => PayStructure.UnsafePromotions(Catalog, "mars"));
    }
}
