namespace CareerModel.Monetary;

/// <summary>
/// Collects what is wrong with the entries of a dated table (exchange rates, purchasing-power
/// parity factors), so that one <see cref="ArgumentException"/> lists every problem and all can
/// be fixed in one pass.
/// </summary>
/// <param name="table">What the table is, for the message: <c>exchange-rate table</c>.</param>
/// <param name="paramName">The parameter that held the entries.</param>
internal sealed class TableProblems(string table, string paramName)
{
    private readonly List<string> problems = [];

    public void Add(string problem) => problems.Add(problem);

    /// <summary>Copies the entries, reporting each null one by its index.</summary>
    public T[] NonNull<T>(IEnumerable<T?> items) where T : class
    {
        var kept = new List<T>();
        var index = 0;
        foreach (var item in items)
        {
            if (item is null)
                Add($"{paramName}[{index}] is null.");
            else
                kept.Add(item);
            index++;
        }
        return [.. kept];
    }

    /// <summary>
    /// Reports codes that name two different currencies (say EUR with 2 minor units and EUR with 3):
    /// lookups go by currency, so such a table would silently keep two separate euros.
    /// </summary>
    public void OneCurrencyPerCode(IEnumerable<Currency> currencies)
    {
        foreach (var clash in currencies.Distinct().GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var variants = string.Join(" and ", clash.Select(c => $"'{c.Name}' with {c.MinorUnits} minor units"));
            Add($"The code {clash.Key} names {clash.Count()} different currencies ({variants}); a table must use one currency per code.");
        }
    }

    /// <exception cref="ArgumentException">Any problem was found.</exception>
    public void ThrowIfAny()
    {
        if (problems.Count == 0)
            return;
        var header = problems.Count == 1 ? $"The {table} has 1 problem:" : $"The {table} has {problems.Count} problems:";
        throw new ArgumentException(header + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p)), paramName);
    }
}
