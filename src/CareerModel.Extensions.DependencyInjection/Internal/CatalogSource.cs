using CareerModel.Careers;
using CareerModel.Monetary;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>Where the registered catalog comes from: checked cheaply first, then loaded once.</summary>
internal abstract class CatalogSource
{
    /// <summary>Gets the option call that chose the source, for messages, such as <c>UseCatalogFile("roles.json")</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Gets the exchange rates that come with the catalog, used when the options set none.</summary>
    public virtual ExchangeRateTable? DefaultExchangeRates => null;

    /// <summary>Gets what is wrong with the source before anything is read (a missing file), or nothing.</summary>
    public abstract IEnumerable<string> Check();

    /// <summary>Loads the catalog.</summary>
    /// <exception cref="CatalogLoadException">The source cannot be read or is invalid; every problem is listed.</exception>
    public abstract CareerCatalog Load();
}
