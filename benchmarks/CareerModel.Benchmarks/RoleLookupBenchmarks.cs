using BenchmarkDotNet.Attributes;
using CareerModel.Careers;
using CareerModel.Catalogs;

namespace CareerModel.Benchmarks;

/// <summary>
/// Looking every role up by id in the built-in catalog: the catalog's frozen index against the
/// linear search over <see cref="CareerCatalog.Roles"/> that a caller would otherwise write.
/// Lookups by id sit under every later feature (gap analysis, paths), so they must stay O(1).
/// </summary>
[MemoryDiagnoser]
public class RoleLookupBenchmarks
{
    private CareerCatalog catalog = null!;
    private string[] ids = null!;

    [GlobalSetup]
    public void Setup()
    {
        catalog = BuiltInCatalogs.CustomerService;
        // Fresh string instances, so no lookup wins by reference equality.
        ids = catalog.Roles.Select(r => new string(r.Id.AsSpan())).Reverse().ToArray();
    }

    [Benchmark(Baseline = true)]
    public int LinearSearch()
    {
        var sum = 0;
        foreach (var id in ids)
            sum += catalog.Roles.First(r => r.Id == id).Rank;
        return sum;
    }

    [Benchmark]
    public int GetRole()
    {
        var sum = 0;
        foreach (var id in ids)
            sum += catalog.GetRole(id).Rank;
        return sum;
    }
}
