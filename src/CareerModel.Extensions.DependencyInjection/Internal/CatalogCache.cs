using CareerModel.Careers;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>
/// Loads the configured catalog once and keeps it (or why it failed), so the start-up check that
/// loads it and the container that hands it out share one load: an O*NET import takes a second.
/// </summary>
internal sealed class CatalogCache
{
    private readonly Lock _gate = new();
    private CareerModelOptions? _loadedFor;
    private CareerCatalog? _catalog;
    private CatalogLoadException? _failure;

    /// <summary>Gets the catalog the options choose, loading it the first time they are asked for.</summary>
    /// <exception cref="CatalogLoadException">The catalog cannot be loaded.</exception>
    public CareerCatalog Get(CareerModelOptions options)
    {
        lock (_gate)
        {
            // Options are one instance per container (the monitor caches it), so this loads once.
            if (!ReferenceEquals(_loadedFor, options))
            {
                _loadedFor = options;
                (_catalog, _failure) = (null, null);
                try
                {
                    _catalog = options.Source.Load();
                }
                catch (CatalogLoadException e)
                {
                    _failure = e;
                }
            }
            return _catalog ?? throw _failure!;
        }
    }
}
