using CareerModel.Catalogs;
using CareerModel.Compensation.Location;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Samples;

/// <summary>The README's compensation example, with the output it promises.</summary>
public class ReadmeCompensationExampleTests
{
    [Fact]
    public void The_compensation_example_prints_what_the_readme_says()
    {
        var catalog = BuiltInCatalogs.CustomerService;
        var specialist = catalog.GetRole("cs-specialist");
        var rates = BuiltInCatalogs.CustomerServiceExchangeRates;
        var day = new LocalDate(2025, 6, 1);

        var europe = specialist.PayBands["europe"];
        Assert.Equal("USD 27,000.00 – 48,600.00 (midpoint 37,800.00)", europe.Convert(rates, Currency.USD, day).ToString());
        var pay = new Money(31_500m, Currency.EUR);
        Assert.Equal("0.9 0.325", $"{europe.CompaRatio(pay)} {europe.RangePenetration(pay)}");

        var factors = LocationFactors.Create(catalog.Regions, "north-america", [new LocationFactor("DE", 0.85m)]);
        var germany = RegionalPay.Create(catalog.Regions, PayPolicy.BenchmarkTimesFactor(factors), rates, RoundingPolicy.UpTo(100))
            .BandFor(specialist.PayBands, "DE", day);
        Assert.Equal("EUR 31,500.00 – 47,300.00 (midpoint 39,400.00)", germany.Band.ToString());
        Assert.StartsWith("north-america band, location factor 0.85, converted USD→EUR", germany.Explanation, StringComparison.Ordinal);
    }
}
