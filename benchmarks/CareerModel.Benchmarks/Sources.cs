using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.Benchmarks;

/// <summary>Loads the catalog of a <see cref="Source"/> and builds a recommender over it, on a fixed day.</summary>
public static class Sources
{
    /// <summary>The day every benchmark runs on: 2026-11-25, noon UTC.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 25, 12, 0);

    /// <summary>Gets a clock fixed at <see cref="Now"/>.</summary>
    public static IClock Clock { get; } = new FixedClock(Now);

    /// <summary>Gets the catalog of a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The catalog (built once per process).</returns>
    public static CareerCatalog Catalog(Source source) => source switch
    {
        Source.Synthetic => SyntheticCatalog.Default,
        Source.BuiltIn => BuiltInCatalogs.CustomerService,
        Source.Onet => OnetRelease.Value,
        Source.EscoShaped => EscoShapedCatalog.Default,
        Source.Esco => EscoRelease.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown catalog source."),
    };

    /// <summary>
    /// Gets the data folder: the repository's <c>data/</c>, found by walking up from the running
    /// assembly to the folder holding <c>CareerModel.sln</c> (BenchmarkDotNet runs each benchmark
    /// from a generated project under <c>bin/</c>, still inside the repository).
    /// </summary>
    public static string SharedData => SharedDataFolder.Value;

    /// <summary>Gets the O*NET release folder in <see cref="SharedData"/>.</summary>
    public static string OnetFolder => Path.Combine(SharedData, "onet");

    /// <summary>Gets the ESCO v1.1.1 English CSV release in <see cref="SharedData"/>.</summary>
    public static string EscoFolder => Path.Combine(SharedData, "esco");

    /// <summary>Gets the OEWS national wage table in <see cref="SharedData"/>.</summary>
    public static string OewsFile => Path.Combine(SharedData, "oews", "national_M2024_dl.tsv");

    private static readonly Lazy<string> SharedDataFolder = new(FindSharedData);

    private static readonly Lazy<CareerCatalog> OnetRelease = new(() => OnetCatalog.Load(OnetFolder, OewsFile).Catalog);

    private static readonly Lazy<CareerCatalog> EscoRelease = new(() => CareerModel.Esco.EscoCatalog.Load(EscoFolder).Catalog);

    private static string FindSharedData()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerModel.sln")))
                return Path.GetFullPath(Path.Combine(folder.FullName, "data"));
        }
        throw new InvalidOperationException($"No CareerModel.sln above {AppContext.BaseDirectory}; the O*NET data is looked for in data/ beside it.");
    }

    /// <summary>Gets the exchange rates that go with a source's catalog, if any.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The rates, or <see langword="null"/> (the synthetic and O*NET catalogs price in one currency per region).</returns>
    public static ExchangeRateTable? ExchangeRates(Source source) =>
        source == Source.BuiltIn ? BuiltInCatalogs.CustomerServiceExchangeRates : null;

    /// <summary>Builds a recommender over a source's catalog with a clock fixed at <see cref="Now"/>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The recommender.</returns>
    public static Recommender Recommender(Source source) =>
        CareerModel.Recommendation.Recommender.Create(Catalog(source), Clock, exchangeRates: ExchangeRates(source));

    /// <summary>Builds an assessor over a source's catalog with a clock fixed at <see cref="Now"/>, in UTC.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The assessor.</returns>
    public static CareerAssessor Assessor(Source source) => CareerAssessor.Create(Catalog(source), new FixedClock(Now));

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
