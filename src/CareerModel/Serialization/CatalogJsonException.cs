namespace CareerModel.Serialization;

/// <summary>
/// Thrown by <see cref="CareerCatalogJson"/> when a document is not a valid catalog. It lists
/// every problem found, in document order, each with its JSON path, line and column, so that all
/// can be fixed in one pass. No catalog is made from a document with any problem.
/// </summary>
public sealed class CatalogJsonException : FormatException
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentException">No problem is given, or one is null.</exception>
    public CatalogJsonException(IEnumerable<CatalogJsonProblem> problems)
        : this(Copy(problems))
    {
    }

    private CatalogJsonException(CatalogJsonProblem[] problems)
        : base(Describe(problems))
    {
        Problems = Array.AsReadOnly(problems);
    }

    /// <summary>Gets every problem found, in the order they appear in the document.</summary>
    public IReadOnlyList<CatalogJsonProblem> Problems { get; }

    private static CatalogJsonProblem[] Copy(IEnumerable<CatalogJsonProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var copy = problems.ToArray();
        if (copy.Length == 0)
            throw new ArgumentException("A catalog JSON exception needs at least one problem.", nameof(problems));
        if (Array.IndexOf(copy, null) is var i and >= 0)
            throw new ArgumentException($"problems[{i}] must not be null.", nameof(problems));
        return copy;
    }

    private static string Describe(CatalogJsonProblem[] problems)
    {
        var header = problems.Length == 1 ? "The catalog JSON has 1 problem:" : $"The catalog JSON has {problems.Length} problems:";
        return header + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
    }
}
