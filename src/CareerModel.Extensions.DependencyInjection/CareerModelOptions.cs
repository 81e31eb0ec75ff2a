using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Compensation.Location;
using CareerModel.Extensions.DependencyInjection.Internal;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.Serialization;
using NodaTime;

namespace CareerModel.Extensions.DependencyInjection;

/// <summary>
/// What <see cref="Microsoft.Extensions.DependencyInjection.CareerModelServiceCollectionExtensions.AddCareerModel(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{CareerModelOptions})"/>
/// registers: where the catalog comes from, the zone whose calendar day is "today", the exchange
/// rates, the pay policy and the learning times. Filled in once at start-up and checked there.
/// </summary>
/// <remarks>
/// Choose at most one catalog source; with none, the built-in customer-service catalog is used.
/// Choosing two is a start-up error, not last-wins: a configuration that says two things is a mistake.
/// </remarks>
public sealed class CareerModelOptions
{
    private readonly List<CatalogSource> _sources = [];

    /// <summary>Gets or sets the zone whose calendar day the engines treat as today; UTC unless set.</summary>
    public DateTimeZone Zone { get; set; } = DateTimeZone.Utc;

    /// <summary>
    /// Gets or sets the exchange rates for converting pay between currencies. Unless set, the
    /// built-in catalog comes with its own table (every currency it pays in) and other catalogs have none,
    /// so a conversion to another currency is refused.
    /// </summary>
    public ExchangeRateTable? ExchangeRates { get; set; }

    /// <summary>Gets or sets how a role's pay is found for a region (registered as <see cref="RegionalPay"/>); local-market pay unless set.</summary>
    public PayPolicy PayPolicy { get; set; } = PayPolicy.LocalMarket;

    /// <summary>Gets or sets how long closing a skill gap takes; <see cref="LearningTimes.Default"/> unless set.</summary>
    public LearningTimes? LearningTimes { get; set; }

    /// <summary>Uses the built-in customer-service catalog (the default) and its exchange rates.</summary>
    /// <returns>These options, to chain calls.</returns>
    public CareerModelOptions UseBuiltInCatalog() => Add(new BuiltInCatalogSource());

    /// <summary>Uses a catalog read from a JSON file in the documented format (<c>docs/json-format.md</c>).</summary>
    /// <param name="path">The file; relative paths are from the process's current directory.</param>
    /// <param name="readOptions">How to read it; the reader's defaults unless given.</param>
    /// <returns>These options, to chain calls.</returns>
    public CareerModelOptions UseCatalogFile(string path, CareerJsonReadOptions? readOptions = null) =>
        Add(new JsonFileCatalogSource(path, readOptions));

    /// <summary>Uses a catalog imported from an O*NET database text release, with BLS OEWS wages when a file is given.</summary>
    /// <param name="onetFolder">The folder of the release's text files.</param>
    /// <param name="oewsFile">An OEWS wage file (TSV) for pay bands, or null for none.</param>
    /// <param name="importOptions">How to import it; the importer's defaults unless given.</param>
    /// <returns>These options, to chain calls.</returns>
    public CareerModelOptions UseOnet(string onetFolder, string? oewsFile = null, OnetImportOptions? importOptions = null) =>
        Add(new OnetCatalogSource(onetFolder, oewsFile, importOptions));

    /// <summary>Uses a catalog the application has already made.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>These options, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalog"/> is null.</exception>
    public CareerModelOptions UseCatalog(CareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Add(new GivenCatalogSource(catalog));
    }

    /// <summary>Gets the catalog sources chosen, in the order chosen.</summary>
    internal IReadOnlyList<CatalogSource> Sources => _sources;

    /// <summary>Gets the one source to load: the one chosen, or the built-in catalog when none was.</summary>
    internal CatalogSource Source => _sources.Count == 0 ? new BuiltInCatalogSource() : _sources[0];

    private CareerModelOptions Add(CatalogSource source)
    {
        _sources.Add(source);
        return this;
    }
}
