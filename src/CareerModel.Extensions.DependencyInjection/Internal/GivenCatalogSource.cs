using CareerModel.Careers;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>A catalog the application made itself.</summary>
internal sealed class GivenCatalogSource(CareerCatalog catalog) : CatalogSource
{
    public override string Description => "UseCatalog(…)";

    public override IEnumerable<string> Check() => [];

    public override CareerCatalog Load() => catalog;
}
