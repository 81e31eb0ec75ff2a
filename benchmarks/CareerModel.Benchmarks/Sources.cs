using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Monetary;
using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.Benchmarks;

/// <summary>Loads the catalog of a <see cref="Source"/> and builds a recommender over it, on a fixed day.</summary>
public static class Sources
{
    /// <summary>The day every benchmark runs on: 2026-11-25, noon UTC.</summary>
    public static Instant Now { get; } = Instant.FromUtc(2026, 11, 25, 12, 0);

    /// <summary>Gets the catalog of a source.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The catalog (built once per process).</returns>
    public static CareerCatalog Catalog(Source source) => source switch
    {
        Source.Synthetic => SyntheticCatalog.Default,
        Source.BuiltIn => BuiltInCatalogs.CustomerService,
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "Unknown catalog source."),
    };

    /// <summary>Gets the exchange rates that go with a source's catalog, if any.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The rates, or <see langword="null"/>.</returns>
    public static ExchangeRateTable? ExchangeRates(Source source) =>
        source == Source.BuiltIn ? BuiltInCatalogs.CustomerServiceExchangeRates : null;

    /// <summary>Builds a recommender over a source's catalog with a clock fixed at <see cref="Now"/>.</summary>
    /// <param name="source">The source.</param>
    /// <returns>The recommender.</returns>
    public static Recommender Recommender(Source source) =>
        CareerModel.Recommendation.Recommender.Create(Catalog(source), new FixedClock(Now), exchangeRates: ExchangeRates(source));

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
