using System.Numerics;
using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using CareerModel.Careers;
using CareerModel.Recommendation;
using CareerModel.Skills;

namespace CareerModel.Benchmarks;

/// <summary>
/// Scoring every role of a catalog for one person — fit and learning months — three ways: the
/// LINQ-and-dictionaries scorer a user would write by hand (the baseline), the library's
/// <see cref="BatchScorer.ScoreAll"/>, and a floor that only reads the bytes the kernel reads and
/// sums them: both roles × skills matrices in the dense layout, the four entry arrays (skill index,
/// need, weight, months) in the sparse one.
/// </summary>
/// <remarks>
/// Targets: ScoreAll at least 100× faster than the hand-written scorer, within 2× the floor, and
/// allocating nothing. The setup checks that the hand-written scorer computes the same numbers
/// (fit within 1e-4; months within 1e-4 relative, as the kernel works in single precision), so
/// the comparison is between two ways of doing one job.
/// </remarks>
[MemoryDiagnoser]
public class ScoreAllBenchmarks
{
    private CareerCatalog catalog = null!;
    private Recommender recommender = null!;
    private Dictionary<string, double> levels = null!;
    private Dictionary<string, (double Months, bool Once)> monthsPerLevel = null!;
    private float[] skills = null!;
    private float[] fit = null!;
    private float[] months = null!;
    private float[][] kernelData = null!;

    /// <summary>Gets or sets the catalog scored.</summary>
    [Params(Source.Synthetic, Source.BuiltIn, Source.Onet, Source.EscoShaped, Source.Esco)]
    public Source Catalog { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        catalog = Sources.Catalog(Catalog);
        recommender = Sources.Recommender(Catalog);
        var profile = SampleProfiles.Create(catalog, 1)[0];

        // What a hand-written scorer starts from: the person's levels by skill id (a certification
        // counts as the top of the scale when held, as the library counts it) and the months one
        // level step takes, by skill id, weeks and days included (at 365.2425 / 12 days a month);
        // a certification takes its months once, whatever level is asked.
        levels = profile.Skills.ToDictionary(s => s.SkillId, s => s.Level, StringComparer.Ordinal);
        foreach (var certification in profile.Certifications)
            levels[certification] = catalog.ProficiencyScale.Maximum;
        var times = recommender.LearningTimes;
        monthsPerLevel = catalog.Skills.ToDictionary(
            s => s.Id,
            s =>
            {
                var step = times.PerLevelStep(s.Category);
                return ((step.Years * 12) + step.Months + (((step.Weeks * 7) + step.Days) / (365.2425 / 12)), s.Category == SkillCategory.Certification);
            },
            StringComparer.Ordinal);

        skills = recommender.Scorer.CreateSkillVector(profile);
        fit = new float[recommender.Scorer.RoleCount];
        months = new float[recommender.Scorer.RoleCount];
        kernelData = recommender.Compiled.Estimate switch
        {
            DenseRequirements dense => [dense.Need, dense.WeightOverNeed],
            SparseRequirements sparse => [[.. sparse.Skill.Select(s => (float)s)], sparse.Need, sparse.WeightOverNeed, sparse.MonthsPerLevel],
            var other => throw new InvalidOperationException($"Unknown layout {other.Layout}."),
        };

        CheckAgreement();
    }

    /// <summary>
    /// For each role, LINQ over its required skills with a dictionary of the person's levels:
    /// fit = Σ w · min(have / need, 1) / Σ w, and months = max(longest gap, total gaps ÷ the
    /// skills learnt side by side), each gap being the missing levels × the months per level (a
    /// missing certification: its months once).
    /// </summary>
    [Benchmark(Baseline = true)]
    public (double[] Fit, double[] Months) HandWritten() =>
        ScoreByHand(catalog, levels, monthsPerLevel, recommender.LearningTimes.ConcurrentSkills);

    /// <summary>The library: one vectorised pass into buffers allocated once.</summary>
    [Benchmark]
    public float[] ScoreAll()
    {
        recommender.Scorer.ScoreAll(skills, fit, months);
        return fit;
    }

    /// <summary>Reads and sums the arrays the kernel reads, in the order it reads them: no scoring at all.</summary>
    [Benchmark]
    public float MemoryFloor() => kernelData.Length == 2 ? SumBoth(kernelData[0], kernelData[1]) : SumBoth(kernelData[0], kernelData[1]) + SumBoth(kernelData[2], kernelData[3]);

    internal static (double[] Fit, double[] Months) ScoreByHand(
        CareerCatalog catalog, Dictionary<string, double> have, Dictionary<string, (double Months, bool Once)> monthsPerLevel, int concurrentSkills)
    {
        var fit = new double[catalog.Roles.Count];
        var months = new double[catalog.Roles.Count];
        var i = 0;
        foreach (var role in catalog.Roles)
        {
            var required = role.Requirements.Where(q => q.IsRequired).ToList();
            var totalWeight = required.Sum(q => q.Importance);
            fit[i] = totalWeight == 0
                ? 1
                : required.Sum(q => q.Importance * (q.MinimumLevel <= 0 ? 1 : Math.Min(have.GetValueOrDefault(q.SkillId) / q.MinimumLevel, 1))) / totalWeight;
            var gaps = required
                .Select(q =>
                {
                    var (perLevel, once) = monthsPerLevel[q.SkillId];
                    var shortfall = Math.Max(0, q.MinimumLevel - have.GetValueOrDefault(q.SkillId));
                    return (once && shortfall > 0 ? 1 : shortfall) * perLevel;
                })
                .ToList();
            months[i] = gaps.Count == 0 ? 0 : Math.Max(gaps.Max(), gaps.Sum() / concurrentSkills);
            i++;
        }
        return (fit, months);
    }

    private static float SumBoth(float[] first, float[] second)
    {
        // Four independent accumulators, so the sum runs at the speed of the loads, not of the adds.
        ref var a = ref MemoryMarshal.GetArrayDataReference(first);
        ref var b = ref MemoryMarshal.GetArrayDataReference(second);
        var width = Vector<float>.Count;
        var s0 = Vector<float>.Zero;
        var s1 = Vector<float>.Zero;
        var s2 = Vector<float>.Zero;
        var s3 = Vector<float>.Zero;
        var i = 0;
        for (; i <= first.Length - (2 * width); i += 2 * width)
        {
            s0 += Vector.LoadUnsafe(ref a, (nuint)i);
            s1 += Vector.LoadUnsafe(ref b, (nuint)i);
            s2 += Vector.LoadUnsafe(ref a, (nuint)(i + width));
            s3 += Vector.LoadUnsafe(ref b, (nuint)(i + width));
        }
        for (; i < first.Length; i += width)
        {
            s0 += Vector.LoadUnsafe(ref a, (nuint)i);
            s1 += Vector.LoadUnsafe(ref b, (nuint)i);
        }
        return Vector.Sum((s0 + s1) + (s2 + s3));
    }

    private void CheckAgreement()
    {
        var (byHandFit, byHandMonths) = HandWritten();
        ScoreAll();
        for (var r = 0; r < fit.Length; r++)
        {
            if (Math.Abs(byHandFit[r] - fit[r]) > 1e-4 || Math.Abs(byHandMonths[r] - months[r]) > 1e-4 * Math.Max(1, byHandMonths[r]))
            {
                throw new InvalidOperationException(
                    $"The hand-written scorer and ScoreAll disagree on role '{recommender.Scorer.RoleIdAt(r)}': "
                    + $"fit {byHandFit[r]} against {fit[r]}, months {byHandMonths[r]} against {months[r]}.");
            }
        }
    }
}
