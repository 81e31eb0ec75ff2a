using CareerModel.Catalogs;
using CareerModel.Compensation.Location;
using CareerModel.Geography;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation.Location;

/// <summary>The four pay policies on the guides' regions: what each says it does, and the zones and floors they refuse.</summary>
public class PayPolicyTests
{
    private static readonly IReadOnlyList<Region> Regions = BuiltInCatalogs.CustomerService.Regions;
    private static readonly LocationFactors Factors = LocationFactors.Create(Regions, "US", [new LocationFactor("IN", 0.3m)]);
    private static readonly PayZone[] Zones = [new("Tier 1", 0.9m, 1m), new("Tier 2", 0m, 0.6m)];

    [Fact]
    public void Each_policy_describes_itself_with_its_benchmark_and_zones()
    {
        Assert.Equal("local market pay", PayPolicy.LocalMarket.ToString());
        Assert.Equal("benchmark US everywhere", PayPolicy.NoAdjustment("US").ToString());
        Assert.Equal("benchmark US × location factor", PayPolicy.BenchmarkTimesFactor(Factors).ToString());
        Assert.Equal("benchmark US × pay zone (Tier 1, Tier 2)", PayPolicy.PayZones(Factors, Zones).ToString());
    }

    [Fact]
    public void Zones_that_repeat_a_threshold_or_a_name_are_refused()
    {
        var threshold = Assert.Throws<ArgumentException>(() => PayPolicy.PayZones(Factors, [new PayZone("Tier 1", 0.9m, 1m), new PayZone("Tier 2", 0m, 0.8m), new PayZone("Tier 3", 0m, 0.6m)]));
        var name = Assert.Throws<ArgumentException>(() => PayPolicy.PayZones(Factors, [new PayZone("Tier 1", 0.9m, 1m), new PayZone("Tier 2", 0.5m, 0.8m), new PayZone("Tier 2", 0m, 0.6m)]));

        Assert.Equal("zones", threshold.ParamName);
        Assert.StartsWith("Each pay zone needs its own name and its own minimum location factor.", threshold.Message, StringComparison.Ordinal);
        Assert.StartsWith("Each pay zone needs its own name and its own minimum location factor.", name.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_zones_at_all_leave_factors_without_a_zone_and_are_refused()
    {
        Assert.Contains("the lowest zone must start at 0", Assert.Throws<ArgumentException>(() => PayPolicy.PayZones(Factors, [])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.75)]
    [InlineData(5, 0)]
    [InlineData(5, -0.1)]
    [InlineData(5, 10.5)]
    public void A_level_floor_for_no_level_or_out_of_range_is_refused_naming_both(int level, double floor)
    {
        var ex = Assert.Throws<ArgumentException>(() => PayPolicy.PayZones(Factors, Zones, new Dictionary<int, decimal> { [level] = (decimal)floor }));

        Assert.Equal("minimumFactorByLevel", ex.ParamName);
        Assert.StartsWith(FormattableString.Invariant($"The floor {(decimal)floor} for level {level} must be for a level of at least 1 and be greater than 0 and at most 10."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_highest_floor_accepted_is_the_largest_factor_at_level_one()
    {
        var policy = PayPolicy.PayZones(Factors, Zones, new Dictionary<int, decimal> { [1] = LocationFactor.MaxFactor });

        Assert.Equal(LocationFactor.MaxFactor, policy.MinimumFactorByLevel[1]);
    }

    [Theory]
    [InlineData(-0.1, 1)]
    [InlineData(10.5, 1)]
    public void A_zone_threshold_outside_0_to_10_is_refused(double minimum, double factor)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayZone("Tier 9", (decimal)minimum, (decimal)factor));

        Assert.Equal("minimumLocationFactor", ex.ParamName);
        Assert.Contains(FormattableString.Invariant($"Zone 'Tier 9' minimum location factor {(decimal)minimum} must be from 0 to 10."), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10.5)]
    public void A_zone_factor_of_zero_or_less_or_over_ten_is_refused(double factor)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayZone("Tier 9", 0m, (decimal)factor));

        Assert.Equal("zoneFactor", ex.ParamName);
        Assert.Contains(FormattableString.Invariant($"Zone 'Tier 9' factor {(decimal)factor} must be greater than 0 and at most 10."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zone_at_the_limits_is_accepted_and_describes_itself()
    {
        var zone = new PayZone("Tier 0", LocationFactor.MaxFactor, LocationFactor.MaxFactor);

        Assert.Equal("Tier 0: location factor ≥ 10 pays 10", zone.ToString());
    }
}
