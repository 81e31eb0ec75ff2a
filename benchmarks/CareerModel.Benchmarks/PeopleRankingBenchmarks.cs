using BenchmarkDotNet.Attributes;
using CareerModel.Assessment;
using CareerModel.People;

namespace CareerModel.Benchmarks;

/// <summary>
/// Who of a workforce is closest to ready for one role: 100,000 sample people on the O*NET
/// catalog ranked for First-Line Supervisors of Office and Administrative Support Workers
/// (43-1011.00) with <see cref="CareerAssessor.RankPeople"/>, keeping the top 10, on the calling
/// thread (the baseline) and on two. Target: under 1 s on 2 cores, with memory that does not grow
/// with the people.
/// </summary>
/// <remarks>
/// The people are <see cref="SampleProfiles"/> made in the setup (the skills of their own O*NET
/// role and a few more, 57 on average; one to seven years in it; no education recorded), handed over as an
/// <see cref="IEnumerable{T}"/>, which the ranking reads once. The setup checks that both runs keep
/// the same ten people.
/// </remarks>
[MemoryDiagnoser]
public class PeopleRankingBenchmarks
{
    /// <summary>The number of people ranked per operation.</summary>
    public const int People = 100_000;

    /// <summary>The role the people are ranked for.</summary>
    public const string RoleId = "43-1011.00";

    private CareerAssessor assessor = null!;
    private IReadOnlyList<Profile> people = null!;

    [GlobalSetup]
    public void Setup()
    {
        assessor = Sources.Assessor(Source.Onet);
        people = SampleProfiles.Create(assessor.Catalog, People);
        var sequential = string.Join(", ", Sequential().People.Select(p => p.Index));
        var parallel = string.Join(", ", TwoCores().People.Select(p => p.Index));
        if (sequential != parallel)
            throw new InvalidOperationException($"The rankings differ: [{sequential}] on one thread, [{parallel}] on two.");
    }

    [Benchmark(Baseline = true)]
    public PeopleRanking Sequential() => assessor.RankPeople(RoleId, people, 10, maxDegreeOfParallelism: 1);

    [Benchmark]
    public PeopleRanking TwoCores() => assessor.RankPeople(RoleId, people, 10, maxDegreeOfParallelism: 2);
}
