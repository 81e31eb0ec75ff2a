using BenchmarkDotNet.Attributes;
using CareerModel.Careers;
using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.Benchmarks;

/// <summary>
/// Compiling a catalog for recommendation (<see cref="Recommender.Create"/>), in the layout it
/// picks: what it costs and allocates. On ESCO's 3,007 × 13,896 the dense matrices alone would take
/// 334 MB; target: the sparse layout's compiled recommender under 40 MB. The setup prints the bytes
/// the compiled scoring data hold (requirement tables and skill profiles), which stay allocated.
/// </summary>
[MemoryDiagnoser]
public class RecommenderCreateBenchmarks
{
    private CareerCatalog catalog = null!;
    private IClock clock = null!;

    /// <summary>Gets or sets the catalog compiled.</summary>
    [Params(Source.Onet, Source.EscoShaped, Source.Esco)]
    public Source Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = Sources.Catalog(Catalog);
        var recommender = Sources.Recommender(Catalog);
        clock = Sources.Clock;
        Console.WriteLine($"// {Catalog}: {recommender.Layout} layout, scoring data {recommender.Compiled.ScoringSizeInBytes / (1024.0 * 1024):0.00} MiB");
    }

    [Benchmark]
    public Recommender Create() => Recommender.Create(catalog, clock);
}
