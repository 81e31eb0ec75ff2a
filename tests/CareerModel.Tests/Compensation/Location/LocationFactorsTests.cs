using CareerModel.Catalogs;
using CareerModel.Compensation.Location;
using CareerModel.Geography;

namespace CareerModel.Tests.Compensation.Location;

/// <summary>A table of location factors over the guides' regions: what it lists, and the regions and benchmarks it refuses.</summary>
public class LocationFactorsTests
{
    private static readonly IReadOnlyList<Region> Regions = BuiltInCatalogs.CustomerService.Regions;

    [Fact]
    public void The_factors_are_listed_by_region_id_with_the_benchmark_at_1()
    {
        var factors = LocationFactors.Create(Regions, "US", [new LocationFactor("IN", 0.3m), new LocationFactor("DE", 0.82m)]);

        Assert.Equal(["DE × 0.82", "IN × 0.3", "US × 1"], factors.Factors.Select(f => f.ToString()));
        Assert.Equal("US", factors.BenchmarkRegionId);
    }

    [Fact]
    public void A_benchmark_given_its_factor_of_1_is_listed_once()
    {
        var factors = LocationFactors.Create(Regions, "US", [new LocationFactor("US", 1m)]);

        Assert.Equal(["US × 1"], factors.Factors.Select(f => f.ToString()));
    }

    [Fact]
    public void A_factor_keeps_its_provenance()
    {
        var source = new Provenance("Company location survey 2026");

        var factor = new LocationFactor("DE", 0.82m, source);

        Assert.Same(source, factor.Provenance);
        Assert.Same(source, LocationFactors.Create(Regions, "US", [factor]).FactorFor("DE").Provenance);
    }

    [Fact]
    public void A_benchmark_that_is_not_among_the_regions_is_one_of_the_problems_reported()
    {
        var ex = Assert.Throws<ArgumentException>(() => LocationFactors.Create(Regions, "atlantis", [new LocationFactor("mars", 0.5m)]));

        Assert.Equal("factors", ex.ParamName);
        Assert.StartsWith("The location factors have 2 problem(s): the benchmark region 'atlantis' is not among the regions; the factor for region 'mars' names a region that is not among the regions.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_factor_for_a_region_the_table_does_not_know_is_refused_naming_it()
    {
        var factors = LocationFactors.Create(Regions, "US", []);

        var ex = Assert.Throws<KeyNotFoundException>(() => factors.FactorFor("mars"));

        Assert.Equal("Region 'mars' is not among the location factors' regions.", ex.Message);
    }

    [Fact]
    public void Missing_arguments_and_a_malformed_benchmark_id_are_refused_naming_them()
    {
        Assert.Equal("factors", Assert.Throws<ArgumentNullException>(() => LocationFactors.Create(Regions, "US", null!)).ParamName);
        Assert.Equal("factors", Assert.Throws<ArgumentNullException>(() => LocationFactors.Create(Regions, "US", [null!])).ParamName);
        Assert.Equal("benchmarkRegionId", Assert.Throws<ArgumentException>(() => LocationFactors.Create(Regions, "not an id", [])).ParamName);
        Assert.Equal("regionId", Assert.Throws<ArgumentNullException>(() => LocationFactors.Create(Regions, "US", []).FactorFor(null!)).ParamName);
        Assert.Equal("factors", Assert.Throws<ArgumentNullException>(() => PayPolicy.BenchmarkTimesFactor(null!)).ParamName);
        Assert.Equal("factors", Assert.Throws<ArgumentNullException>(() => PayPolicy.PayZones(null!, [])).ParamName);
    }

    [Fact]
    public void The_largest_factor_is_accepted()
    {
        Assert.Equal(LocationFactor.MaxFactor, new LocationFactor("DE", LocationFactor.MaxFactor).Factor);
    }
}
