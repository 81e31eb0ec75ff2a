using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Compensation.Location;
using CareerModel.Extensions.DependencyInjection;
using CareerModel.Extensions.DependencyInjection.Internal;
using CareerModel.Recommendation;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

// Extension methods that register services live in the container's namespace, as the framework's own do.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CareerModel's catalog and engines in a service collection.</summary>
public static class CareerModelServiceCollectionExtensions
{
    /// <summary>Registers CareerModel on the built-in customer-service catalog; see <see cref="AddCareerModel(IServiceCollection, Action{CareerModelOptions})"/>.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCareerModel(this IServiceCollection services) => services.AddCareerModel(_ => { });

    /// <summary>
    /// Registers CareerModel as singletons: the <see cref="CareerCatalog"/> the options choose, an
    /// <see cref="IClock"/> (the system clock, unless one is registered already), <see cref="RegionalPay"/>,
    /// a <see cref="CareerAssessor"/> and a <see cref="Recommender"/>. All are immutable and safe to share between threads.
    /// </summary>
    /// <remarks>
    /// The options are checked when the host starts (<c>ValidateOnStart</c>): a second catalog source,
    /// a missing file or an invalid catalog stops the start with an <see cref="OptionsValidationException"/>
    /// listing every problem and where it is; the catalog is loaded then, once. Without a host, the
    /// same check runs when the catalog is first resolved. Services registered before this call are kept,
    /// so an application can supply its own clock (a test, a <c>FakeClock</c>).
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options: the catalog source, the zone, exchange rates, pay policy, learning times.</param>
    /// <returns>The service collection, to chain calls.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddCareerModel(this IServiceCollection services, Action<CareerModelOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);

        services.AddOptions<CareerModelOptions>().Configure(configure).ValidateOnStart();
        services.TryAddSingleton<CatalogCache>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CareerModelOptions>, CareerModelOptionsValidator>());

        // The library never reads the system clock itself (src/BannedSymbols.txt); an application's container chooses it.
#pragma warning disable RS0030
        services.TryAddSingleton<IClock>(SystemClock.Instance);
#pragma warning restore RS0030

        services.TryAddSingleton(provider => provider.GetRequiredService<CatalogCache>().Get(Options(provider)));
        services.TryAddSingleton(provider => RegionalPay.Create(
            provider.GetRequiredService<CareerCatalog>().Regions, Options(provider).PayPolicy, ExchangeRates(provider)));
        services.TryAddSingleton(provider => CareerAssessor.Create(
            provider.GetRequiredService<CareerCatalog>(), provider.GetRequiredService<IClock>(), Options(provider).Zone, Options(provider).LearningTimes));
        services.TryAddSingleton(provider => Recommender.Create(
            provider.GetRequiredService<CareerCatalog>(), provider.GetRequiredService<IClock>(), Options(provider).Zone,
            ExchangeRates(provider), Options(provider).LearningTimes));
        return services;
    }

    // The monitor's instance is the one ValidateOnStart checked (and whose catalog the check loaded);
    // without a host, reading it the first time runs the validator, so an invalid configuration throws
    // before any engine is made.
    private static CareerModelOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptionsMonitor<CareerModelOptions>>().CurrentValue;

    private static CareerModel.Monetary.ExchangeRateTable? ExchangeRates(IServiceProvider provider) =>
        Options(provider) is var options && options.ExchangeRates is { } rates ? rates : options.Source.DefaultExchangeRates;
}
