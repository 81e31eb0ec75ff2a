using BenchmarkDotNet.Attributes;
using CareerModel.Careers;
using CareerModel.Esco;

namespace CareerModel.Benchmarks;

/// <summary>
/// Importing the whole ESCO v1.1.1 English release (3,007 occupations, 13,896 skills, 123,855
/// relations read as RFC 4180 CSV, transitions inferred over every pair that shares a skill),
/// against the same import without transition inference. Target: under 3 s and 500 MB.
/// </summary>
[MemoryDiagnoser]
public class EscoImportBenchmarks
{
    private string esco = null!;

    [GlobalSetup]
    public void Setup() => esco = Sources.EscoFolder;

    [Benchmark(Baseline = true)]
    public CareerCatalog ImportWithoutTransitions() =>
        EscoCatalog.Load(esco, new EscoImportOptions { Transitions = { Enabled = false } }).Catalog;

    [Benchmark]
    public CareerCatalog ImportWholeRelease() => EscoCatalog.Load(esco).Catalog;
}
