using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Monetary;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>The built-in customer-service catalog, which comes with its exchange rates.</summary>
internal sealed class BuiltInCatalogSource : CatalogSource
{
    public override string Description => "UseBuiltInCatalog()";

    public override ExchangeRateTable DefaultExchangeRates => BuiltInCatalogs.CustomerServiceExchangeRates;

    public override IEnumerable<string> Check() => [];

    public override CareerCatalog Load() => BuiltInCatalogs.CustomerService;
}
