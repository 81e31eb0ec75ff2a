using BenchmarkDotNet.Attributes;
using CareerModel.Careers;
using CareerModel.Onet;

namespace CareerModel.Benchmarks;

/// <summary>
/// Importing the whole O*NET 29.0 release (923 roles, 49,361 requirements, transitions inferred
/// over every pair of occupations) with OEWS wages, against the same import without transition
/// inference, to show what the similarity model costs. Target: under 3 s and 500 MB.
/// </summary>
[MemoryDiagnoser]
public class OnetImportBenchmarks
{
    private string onet = null!;
    private string oews = null!;

    [GlobalSetup]
    public void Setup()
    {
        onet = Sources.OnetFolder;
        oews = Sources.OewsFile;
    }

    [Benchmark(Baseline = true)]
    public CareerCatalog ImportWithoutTransitions() =>
        OnetCatalog.Load(onet, oews, new OnetImportOptions { Transitions = { Enabled = false } }).Catalog;

    [Benchmark]
    public CareerCatalog ImportWholeRelease() => OnetCatalog.Load(onet, oews).Catalog;
}
