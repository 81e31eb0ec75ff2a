using BenchmarkDotNet.Attributes;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using QuikGraph;
using QuikGraph.Algorithms.ShortestPath;

namespace CareerModel.Benchmarks;

/// <summary>
/// Target mode: the best 10 paths from a person's role to a chosen role, against QuikGraph's
/// Yen k-shortest loopless paths on the same graph — the .NET graph library a user would reach
/// for. Targets: at least 30× faster and 100× less allocation than Yen.
/// </summary>
/// <remarks>
/// <para>
/// The graph is the catalog's: roles as vertices, transitions as edges. Yen's edge weight is the
/// months the step takes for this person as far as it depends on the edge alone — the longer of
/// the transition's typical time and the learning the target role's gaps need (from
/// <see cref="Recommender.ScoreAll"/>); the recommender adds the experience a role asks for, which
/// depends on the whole path, and ranks by its full score. The weights are computed and the graph
/// built once in the setup, which favours the baseline; each Yen query then clones the graph, as
/// its constructor does.
/// </para>
/// <para>
/// The pair is chosen in the setup: the person's role and the first role (by id) 3 moves away, or
/// else 4, to which both find 10 paths; the recommender may take up to <see cref="MaxSteps"/>
/// steps and <see cref="HorizonYears"/> years (Yen has no limit on either).
/// </para>
/// </remarks>
[MemoryDiagnoser]
public class RecommendPathsToBenchmarks
{
    /// <summary>The most steps the recommender's paths may take here.</summary>
    public const int MaxSteps = 6;

    /// <summary>How far ahead the recommender's paths may reach here: 3–4 moves take longer than the default 10 years.</summary>
    public const int HorizonYears = 20;

    private const int K = 10;

    private Recommender recommender = null!;
    private Profile profile = null!;
    private RecommendationOptions options = null!;
    private AdjacencyGraph<string, EquatableTaggedEdge<string, double>> graph = null!;
    private string source = null!;
    private string target = null!;

    /// <summary>Gets or sets the catalog searched.</summary>
    [Params(Source.Synthetic, Source.Onet, Source.EscoShaped, Source.Esco)]
    public Source Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        recommender = Sources.Recommender(Catalog);
        var catalog = recommender.Catalog;
        profile = SampleProfiles.Create(catalog, 1)[0];
        options = new RecommendationOptions { Count = K, MaxSteps = MaxSteps, Horizon = Period.FromYears(HorizonYears) };
        source = profile.CurrentRoleId!;

        var fit = new float[recommender.Scorer.RoleCount];
        var learningMonths = new float[recommender.Scorer.RoleCount];
        recommender.Scorer.ScoreAll(recommender.Scorer.CreateSkillVector(profile), fit, learningMonths);
        var learning = Enumerable.Range(0, recommender.Scorer.RoleCount).ToDictionary(recommender.Scorer.RoleIdAt, r => (double)learningMonths[r], StringComparer.Ordinal);
        graph = new AdjacencyGraph<string, EquatableTaggedEdge<string, double>>(allowParallelEdges: false);
        graph.AddVertexRange(catalog.Roles.Select(r => r.Id));
        foreach (var transition in catalog.Transitions)
        {
            var typical = transition.TypicalTime is { } time ? (time.Years * 12) + time.Months : 0;
            graph.AddEdge(new EquatableTaggedEdge<string, double>(
                transition.FromRoleId, transition.ToRoleId, Math.Max(typical, learning[transition.ToRoleId])));
        }

        var hops = Hops(catalog, source);
        var candidates = catalog.Roles
            .Where(r => hops.GetValueOrDefault(r.Id) is 3 or 4)
            .OrderBy(r => hops[r.Id]).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id);
        target = null!;
        foreach (var candidate in candidates)
        {
            target = candidate;
            if (RecommendPathsTo().Paths.Count == K && QuikGraphYen().Count == K)
                break;
            target = null!;
        }
        if (target is null)
            throw new InvalidOperationException($"No role 3 or 4 moves from '{source}' has {K} paths to it.");
        Console.WriteLine($"// Target mode: {source} → {target} ({hops[target]} moves); best path {RecommendPathsTo().Paths[0]}");
    }

    [Benchmark(Baseline = true)]
    public List<YenShortestPathsAlgorithm<string>.SortedPath> QuikGraphYen() =>
        new YenShortestPathsAlgorithm<string>(graph, source, target, K).Execute().ToList();

    [Benchmark]
    public RecommendationResult RecommendPathsTo() => recommender.RecommendPathsTo(profile, target, options);

    private static Dictionary<string, int> Hops(Careers.CareerCatalog catalog, string from)
    {
        var hops = new Dictionary<string, int>(StringComparer.Ordinal) { [from] = 0 };
        var queue = new Queue<string>([from]);
        while (queue.TryDequeue(out var role))
        {
            foreach (var move in catalog.GetTransitionsFrom(role))
            {
                if (hops.TryAdd(move.ToRoleId, hops[role] + 1))
                    queue.Enqueue(move.ToRoleId);
            }
        }
        return hops;
    }
}
