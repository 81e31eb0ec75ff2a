using BenchmarkDotNet.Attributes;
using CareerModel.Careers;
using CareerModel.Esco;
using CareerModel.Search;

namespace CareerModel.Benchmarks;

/// <summary>
/// Finding an occupation by title over ESCO v1.1.1 (3,007 occupations, their preferred labels and
/// 30,071 alternative labels): <see cref="RoleTitleSearch.Find"/> against the scan a caller would
/// otherwise write, every title tested with a case-insensitive <c>Contains</c> and the shortest
/// matching titles' roles kept (it neither folds plurals, diacritics or word order nor weighs
/// words). Each reports the mean of one search over eight typical queries. Target: under 100 µs a
/// search.
/// </summary>
[MemoryDiagnoser]
public class TitleSearchBenchmarks
{
    private const int Queries = 8;

    private static readonly string[] QueryTexts =
    [
        "call centre agent", "software developers", "nurse", "head of sales",
        "technical director", "outbound call center agent", "truck driver", "Web Designer",
    ];

    private RoleTitleSearch search = null!;
    private (Role Role, string Title)[] titles = null!;

    [GlobalSetup]
    public void Setup()
    {
        var catalog = EscoCatalog.Load(Sources.EscoFolder, new EscoImportOptions { Transitions = { Enabled = false } }).Catalog;
        search = RoleTitleSearch.Create(catalog);
        titles = [.. catalog.Roles.SelectMany(role => role.AlternativeTitles.Prepend(role.Title).Select(title => (role, title)))];
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Queries)]
    public int LinqContainsScan()
    {
        var found = 0;
        foreach (var query in QueryTexts)
        {
            found += titles
                .Where(t => t.Title.Contains(query, StringComparison.OrdinalIgnoreCase))
                .OrderBy(t => t.Title.Length)
                .Select(t => t.Role)
                .Distinct()
                .Take(10)
                .Count();
        }
        return found;
    }

    [Benchmark(OperationsPerInvoke = Queries)]
    public int Find()
    {
        var found = 0;
        foreach (var query in QueryTexts)
            found += search.Find(query).Count;
        return found;
    }
}
