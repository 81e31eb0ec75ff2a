using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Location;
using CareerModel.Geography;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Compensation.Location;

/// <summary>Pay policies applied to the seed's bands: the regional table comes out of the model.</summary>
public class RegionalPayTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;
    private static readonly Role Specialist = Catalog.GetRole("cs-specialist");
    private static readonly ExchangeRateTable GuideRates = BuiltInCatalogs.CustomerServiceExchangeRates;
    private static readonly LocalDate Day = new(2025, 6, 1);

    private static Money Money(decimal amount, Currency currency) => new(amount, currency);

    [Theory]
    [InlineData("europe", 25_000, 45_000, 1_000, 27_000, 49_000)]
    [InlineData("AU", 50_000, 70_000, 1_000, 33_000, 46_000)]
    [InlineData("IN", 300_000, 600_000, 100, 3_600, 7_200)]
    public void The_guides_regional_table_comes_out_in_local_currency_and_its_USD_equivalent(string regionId, int localMin, int localMax, int roundTo, int usdMin, int usdMax)
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.LocalMarket, GuideRates);

        var local = pay.BandFor(Specialist.PayBands, regionId, Day).Band;
        // The guide rounds its USD equivalents to thousands (to hundreds for India).
        var usd = local.Convert(GuideRates, Currency.USD, Day, RoundingPolicy.ToNearest(roundTo));
        var currency = Catalog.GetRegion(regionId).Currency;

        Assert.Equal(Money(localMin, currency), local.Minimum);
        Assert.Equal(Money(localMax, currency), local.Maximum);
        Assert.Equal(Money(usdMin, Currency.USD), usd.Minimum);
        Assert.Equal(Money(usdMax, Currency.USD), usd.Maximum);
    }

    [Fact]
    public void The_european_band_converts_to_exactly_27000_to_48600_dollars_before_rounding()
    {
        var europe = Specialist.PayBands["europe"].Convert(GuideRates, Currency.USD, Day);

        Assert.Equal(Money(27_000, Currency.USD), europe.Minimum);
        Assert.Equal(Money(48_600, Currency.USD), europe.Maximum);
    }

    [Fact]
    public void Local_market_pay_for_a_region_without_a_band_takes_the_nearest_enclosing_regions_band()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.LocalMarket, GuideRates);

        var france = pay.BandFor(Specialist.PayBands, "FR", Day);

        Assert.Equal("europe", france.SourceRegionId);
        Assert.Equal(Specialist.PayBands["europe"], france.Band);
        Assert.Equal(1m, france.Factor);
        Assert.Equal("europe band", france.Explanation);
        Assert.Equal("FR", france.RegionId);
        Assert.Equal("FR: EUR 25,000.00 – 45,000.00 (midpoint 35,000.00) (europe band)", france.ToString());
    }

    [Fact]
    public void Local_market_pay_where_no_enclosing_region_has_a_band_is_refused_naming_the_region()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.LocalMarket, GuideRates);
        var usOnly = new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromRange(Money(40_000, Currency.USD), Money(60_000, Currency.USD)) };

        var ex = Assert.Throws<KeyNotFoundException>(() => pay.BandFor(usOnly, "DE", Day));

        Assert.Equal("The role has no band for region 'DE' or any region enclosing it.", ex.Message);
    }

    [Fact]
    public void A_band_that_must_change_currency_without_rates_is_refused_naming_both_currencies()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.LocalMarket);

        var ex = Assert.Throws<InvalidOperationException>(() => pay.BandFor(Specialist.PayBands, "GB", Day));

        Assert.Contains("EUR", ex.Message);
        Assert.Contains("GBP", ex.Message);
        Assert.Contains("no exchange rates were given", ex.Message);
    }

    [Fact]
    public void A_missing_rate_is_reported_by_the_rate_table()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.LocalMarket, GuideRates);

        Assert.Throws<ExchangeRateNotFoundException>(() => pay.BandFor(Specialist.PayBands, "GB", Day));
    }

    [Fact]
    public void Benchmark_times_factor_scales_the_benchmark_band_and_converts_it()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "north-america", [new LocationFactor("DE", 0.85m)]);
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.BenchmarkTimesFactor(factors), GuideRates, RoundingPolicy.UpTo(100));

        var germany = pay.BandFor(Specialist.PayBands, "DE", Day);

        // USD 40,000–60,000 × 0.85 = 34,000–51,000, ÷ 1.08 = EUR 31,481.48–47,222.22, up to 100.
        Assert.Equal(Money(31_500, Currency.EUR), germany.Band.Minimum);
        Assert.Equal(Money(47_300, Currency.EUR), germany.Band.Maximum);
        Assert.Equal(0.85m, germany.Factor);
        Assert.Contains("location factor 0.85", germany.Explanation);
        Assert.Contains("converted USD→EUR", germany.Explanation);
    }

    [Fact]
    public void Rounding_at_each_step_and_at_the_end_give_different_bands()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "north-america", [new LocationFactor("DE", 0.8333m)]);
        RegionalBand Germany(RoundingMoment moment) =>
            RegionalPay.Create(Catalog.Regions, PayPolicy.BenchmarkTimesFactor(factors), GuideRates, RoundingPolicy.UpTo(100, moment))
                .BandFor(Specialist.PayBands, "DE", Day);

        // 40,000 × 0.8333 = 33,332: rounded first to 33,400 then ÷ 1.08 = 30,925.93 → 31,000; unrounded ÷ 1.08 = 30,862.96 → 30,900.
        Assert.Equal(Money(31_000, Currency.EUR), Germany(RoundingMoment.EachStep).Band.Minimum);
        Assert.Equal(Money(30_900, Currency.EUR), Germany(RoundingMoment.AtEnd).Band.Minimum);
    }

    [Fact]
    public void A_region_without_its_own_factor_inherits_the_nearest_enclosing_one()
    {
        Region[] regions = [.. Catalog.Regions, new Region("lisbon", "Lisbon", RegionKind.Metro, Currency.EUR, "PT")];
        var factors = LocationFactors.Create(regions, "north-america", [new LocationFactor("europe", 0.8m), new LocationFactor("PT", 0.6m)]);

        Assert.Equal(0.6m, factors.FactorFor("lisbon").Factor);
        Assert.Equal("PT", factors.FactorFor("lisbon").RegionId);
        Assert.Equal(0.8m, factors.FactorFor("DE").Factor);
        Assert.Equal(1m, factors.FactorFor("US").Factor);
        Assert.Contains("(from europe)", RegionalPay.Create(regions, PayPolicy.BenchmarkTimesFactor(factors), GuideRates)
            .BandFor(Specialist.PayBands, "DE", Day).Explanation);
    }

    [Fact]
    public void A_region_outside_the_benchmark_with_no_factor_anywhere_above_it_is_refused()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "US", []);

        var ex = Assert.Throws<KeyNotFoundException>(() => factors.FactorFor("DE"));

        Assert.Contains("Neither region 'DE' nor any region enclosing it has a location factor", ex.Message);
    }

    [Fact]
    public void Pay_zones_map_the_location_factor_to_the_zones_factor_never_below_the_levels_floor()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "north-america", [new LocationFactor("IN", 0.3m), new LocationFactor("DE", 0.82m)]);
        PayZone[] zones = [new("Tier 1", 0.9m, 1.0m), new("Tier 2", 0.75m, 0.85m), new("Tier 3", 0.6m, 0.75m), new("Tier 4", 0m, 0.6m)];
        var policy = PayPolicy.PayZones(factors, zones, new Dictionary<int, decimal> { [5] = 0.75m });
        var pay = RegionalPay.Create(Catalog.Regions, policy, GuideRates);

        Assert.Equal(0.85m, pay.BandFor(Specialist.PayBands, "DE", Day).Factor);
        Assert.Equal(0.6m, pay.BandFor(Specialist.PayBands, "IN", Day, level: 2).Factor);
        var manager = pay.BandFor(Specialist.PayBands, "IN", Day, level: 5);
        Assert.Equal(0.75m, manager.Factor);
        Assert.Contains("raised to the level 5 floor 0.75", manager.Explanation);
        // USD 40,000 × 0.75 ÷ 0.012 = INR 2,500,000.
        Assert.Equal(Money(2_500_000, Currency.INR), manager.Band.Minimum);
    }

    [Fact]
    public void No_adjustment_pays_the_benchmark_band_everywhere_in_local_currency()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.NoAdjustment("US"), GuideRates);

        var india = pay.BandFor(Specialist.PayBands, "IN", Day);

        Assert.Equal(Money(3_500_000, Currency.INR), india.Band.Midpoint);
        Assert.Equal("US", india.SourceRegionId);
    }

    [Fact]
    public void Zones_must_cover_every_factor()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "US", []);

        var ex = Assert.Throws<ArgumentException>(() => PayPolicy.PayZones(factors, [new PayZone("Tier 1", 0.5m, 1m)]));

        Assert.Contains("the lowest zone must start at 0", ex.Message);
    }

    [Fact]
    public void Location_factors_report_every_problem_at_once()
    {
        var ex = Assert.Throws<ArgumentException>(() => LocationFactors.Create(Catalog.Regions, "US",
            [new LocationFactor("mars", 0.5m), new LocationFactor("DE", 0.8m), new LocationFactor("DE", 0.9m), new LocationFactor("US", 0.9m)]));

        Assert.Contains("3 problem(s)", ex.Message);
        Assert.Contains("'mars'", ex.Message);
        Assert.Contains("region 'DE' has more than one factor", ex.Message);
        Assert.Contains("must have factor 1, not 0.9", ex.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.5)]
    [InlineData(10.5)]
    public void A_factor_of_zero_or_less_or_over_ten_is_rejected(double factor)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new LocationFactor("DE", (decimal)factor));

        Assert.Equal("factor", ex.ParamName);
        Assert.Contains("must be greater than 0 and at most 10", ex.Message);
    }

    [Fact]
    public void Unknown_regions_and_missing_benchmark_bands_are_refused()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.NoAdjustment("AU"), GuideRates);

        Assert.Contains("'mars'", Assert.Throws<KeyNotFoundException>(() => pay.BandFor(Specialist.PayBands, "mars", Day)).Message);
        Assert.Contains("benchmark region 'AU'", Assert.Throws<KeyNotFoundException>(() => pay.BandFor(Catalog.GetRole("cs-manager").PayBands, "IN", Day)).Message);
        Assert.Throws<ArgumentException>(() => RegionalPay.Create(Catalog.Regions, PayPolicy.NoAdjustment("atlantis")));
    }

    /// <summary>Two region groups that enclose each other, below the guide's world: the walk up from either never ends.</summary>
    private static Region[] RegionsWithALoop() =>
    [
        .. Catalog.Regions,
        new Region("north", "North", RegionKind.RegionGroup, Currency.USD, "south"),
        new Region("south", "South", RegionKind.RegionGroup, Currency.USD, "north"),
    ];

    [Fact]
    public void Location_factors_refuse_a_region_hierarchy_that_loops_naming_the_regions_on_the_loop()
    {
        var ex = Assert.Throws<ArgumentException>(() => LocationFactors.Create(RegionsWithALoop(), "US", [new LocationFactor("north", 0.9m)]));

        Assert.Equal("regions", ex.ParamName);
        Assert.Contains("the regions 'north', 'south' are their own ancestors", ex.Message);
    }

    [Fact]
    public void Regional_pay_refuses_a_region_hierarchy_that_loops_instead_of_walking_it_forever()
    {
        var ex = Assert.Throws<ArgumentException>(() => RegionalPay.Create(RegionsWithALoop(), PayPolicy.LocalMarket, GuideRates));

        Assert.Equal("regions", ex.ParamName);
        Assert.Contains("'north', 'south'", ex.Message);
    }

    [Fact]
    public void Two_different_regions_under_one_id_are_refused_rather_than_the_first_silently_winning()
    {
        Region[] regions = [.. Catalog.Regions, new Region("DE", "Germany (EUR)", RegionKind.Country, Currency.USD, "europe")];

        var ex = Assert.Throws<ArgumentException>(() => RegionalPay.Create(regions, PayPolicy.LocalMarket, GuideRates));

        Assert.Contains("two different regions have the id 'DE'", ex.Message);
    }

    [Fact]
    public void The_same_region_given_twice_is_accepted()
    {
        var pay = RegionalPay.Create([.. Catalog.Regions, Catalog.GetRegion("DE")], PayPolicy.LocalMarket, GuideRates);

        Assert.Equal(Currency.EUR, pay.BandFor(Specialist.PayBands, "DE", Day).Band.Currency);
    }

    [Fact]
    public void A_band_explains_its_source_zone_conversion_and_rounding_in_order()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "north-america", [new LocationFactor("europe", 0.82m)]);
        var policy = PayPolicy.PayZones(factors, [new PayZone("Tier 1", 0.9m, 1m), new PayZone("Tier 2", 0m, 0.85m)]);
        var pay = RegionalPay.Create(Catalog.Regions, policy, GuideRates, RoundingPolicy.ToNearest(100m));

        var germany = pay.BandFor(Specialist.PayBands, "DE", Day);

        Assert.Equal("north-america band, zone 'Tier 2' factor 0.85 for location factor 0.82 (from europe), converted USD→EUR at 0.925926 as of 2025-06-01, rounded to the nearest multiple of 100 (ToEven), at the end", germany.Explanation);
        Assert.Equal(0.85m, germany.Factor);
    }

    [Fact]
    public void A_region_with_its_own_factor_names_no_other_region_and_a_factor_of_1_leaves_the_band_as_it_is()
    {
        var factors = LocationFactors.Create(Catalog.Regions, "US", [new LocationFactor("CA", 1m)]);
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.BenchmarkTimesFactor(factors), GuideRates);

        var us = pay.BandFor(Specialist.PayBands, "US", Day);

        Assert.Equal("US band, location factor 1", us.Explanation);
        Assert.Same(Specialist.PayBands["US"], us.Band);
    }

    [Fact]
    public void Missing_arguments_and_an_unknown_benchmark_are_refused_naming_them()
    {
        var pay = RegionalPay.Create(Catalog.Regions, PayPolicy.LocalMarket, GuideRates);

        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => RegionalPay.Create(Catalog.Regions, null!)).ParamName);
        Assert.Equal("bands", Assert.Throws<ArgumentNullException>(() => pay.BandFor(null!, "US", Day)).ParamName);
        Assert.Equal("regionId", Assert.Throws<ArgumentNullException>(() => pay.BandFor(Specialist.PayBands, null!, Day)).ParamName);
        Assert.StartsWith("The pay policy's benchmark region 'atlantis' is not among the regions.",
            Assert.Throws<ArgumentException>(() => RegionalPay.Create(Catalog.Regions, PayPolicy.NoAdjustment("atlantis"))).Message, StringComparison.Ordinal);
    }
}
