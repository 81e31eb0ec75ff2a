using BenchmarkDotNet.Attributes;
using CareerModel.Recommendation;

namespace CareerModel.Benchmarks;

/// <summary>
/// Scoring 100,000 people against every role of the 1,000-role catalog with
/// <see cref="Recommender.ScoreAll"/> under <see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>,
/// on one core and on two: throughput is 100,000 ÷ the mean.
/// </summary>
/// <remarks>
/// The people are dense skill vectors made in the setup (each skill held with probability 0.3, at
/// a level of 1–5), 51 MB in all; each worker scores into two buffers of its own. The result is a
/// checksum of one fit and one learning time per person.
/// </remarks>
[MemoryDiagnoser]
public class BatchScoringBenchmarks
{
    /// <summary>The number of people scored per operation.</summary>
    public const int People = 100_000;

    private Recommender recommender = null!;
    private float[] vectors = null!;
    private int stride;

    /// <summary>Gets or sets the most cores the loop may use.</summary>
    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        recommender = Sources.Recommender(Source.Synthetic);
        stride = recommender.Scorer.SkillVectorLength;
        var skillCount = recommender.Catalog.Skills.Count;
        var random = new Random(SyntheticCatalog.DefaultSeed);
        vectors = new float[People * stride];
        for (var p = 0; p < People; p++)
        {
            for (var s = 0; s < skillCount; s++)
                vectors[(p * stride) + s] = random.NextDouble() < 0.3 ? random.Next(1, 6) : 0f;
        }
    }

    [Benchmark]
    public double ScoreAllPeople()
    {
        var roles = recommender.Scorer.RoleCount;
        var total = 0.0;
        var gate = new object();
        Parallel.For(
            0, People, new ParallelOptions { MaxDegreeOfParallelism = Cores },
            () => new Worker(roles),
            (p, _, worker) =>
            {
                recommender.Scorer.ScoreAll(vectors.AsSpan(p * stride, stride), worker.Fit, worker.Months);
                worker.Checksum += worker.Fit[p % roles] + worker.Months[p % roles];
                return worker;
            },
            worker =>
            {
                lock (gate)
                    total += worker.Checksum;
            });
        return total;
    }

    private sealed class Worker(int roles)
    {
        public float[] Fit { get; } = new float[roles];

        public float[] Months { get; } = new float[roles];

        public double Checksum { get; set; }
    }
}
