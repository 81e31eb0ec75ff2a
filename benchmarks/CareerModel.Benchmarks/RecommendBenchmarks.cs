using BenchmarkDotNet.Attributes;
using CareerModel.People;
using CareerModel.Recommendation;

namespace CareerModel.Benchmarks;

/// <summary>
/// One recommendation request: the best 10 paths of up to 3 steps from a person's current role,
/// with their explanations. Target: under 1 ms on the 1,000-role catalog, with the allocations
/// reported.
/// </summary>
/// <remarks>
/// The trade-off front (<see cref="Recommender.FindTradeOffs"/>) needs every path, so it is a
/// request of its own; <see cref="FindTradeOffs"/> shows what it costs.
/// </remarks>
[MemoryDiagnoser]
public class RecommendBenchmarks
{
    private Recommender recommender = null!;
    private Profile profile = null!;
    private RecommendationOptions options = null!;

    /// <summary>Gets or sets the catalog searched.</summary>
    [Params(Source.Synthetic, Source.BuiltIn, Source.Onet, Source.EscoShaped, Source.Esco)]
    public Source Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        recommender = Sources.Recommender(Catalog);
        profile = SampleProfiles.Create(recommender.Catalog, 1)[0];
        options = new RecommendationOptions { Count = 10, MaxSteps = 3 };
        var result = recommender.Recommend(profile, options);
        if (result.Paths.Count != 10)
            throw new InvalidOperationException($"Expected 10 paths, found {result.Paths.Count}: {result}");
    }

    [Benchmark]
    public RecommendationResult Recommend() => recommender.Recommend(profile, options);

    [Benchmark]
    public TradeOffFront FindTradeOffs() => recommender.FindTradeOffs(profile, options);
}
