using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests;

/// <summary>Every published figure can say where it comes from.</summary>
public class ProvenanceTests
{
    [Fact]
    public void A_provenance_describes_its_source_vintage_and_date()
    {
        var bls = new Provenance("BLS OEWS", new LocalDate(2024, 5, 1), "May 2024");

        Assert.Equal("BLS OEWS, May 2024, effective 2024-05-01", bls.ToString());
        Assert.Equal(bls, new Provenance(" BLS OEWS ", new LocalDate(2024, 5, 1), "May 2024"));
    }

    [Fact]
    public void A_blank_source_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new Provenance(" "));

        Assert.Equal("source", ex.ParamName);
    }

    [Fact]
    public void A_band_with_provenance_keeps_its_figures_but_is_a_different_value()
    {
        var band = SalaryBand.FromRange(new Money(40_000, Currency.USD), new Money(60_000, Currency.USD));
        var sourced = band.WithProvenance(new Provenance("Guide"));

        Assert.Equal(band.Midpoint, sourced.Midpoint);
        Assert.NotEqual(band, sourced);
        Assert.Equal(band, sourced.WithProvenance(null));
    }

    [Fact]
    public void The_built_in_catalogs_bands_and_outlooks_cite_the_guides()
    {
        var catalog = BuiltInCatalogs.CustomerService;
        var sourced = catalog.Roles.SelectMany(r => r.PayBands.Values).ToArray();

        Assert.NotEmpty(sourced);
        Assert.All(sourced, band => Assert.Equal("2025", band.Provenance?.Vintage));
        Assert.Equal("2025", catalog.GetRole("cs-specialist").Outlook?.Provenance?.Vintage);
    }
}
