namespace CareerModel.Careers;

/// <summary>
/// Thrown by <see cref="CareerCatalogBuilder.Build"/> when the catalog breaks any rule. It lists
/// every problem found, not only the first, so that all can be fixed in one pass.
/// </summary>
public sealed class CatalogValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">The problems; at least one.</param>
    public CatalogValidationException(IEnumerable<CatalogProblem> problems)
        : this(problems?.ToArray() ?? throw new ArgumentNullException(nameof(problems)))
    {
    }

    private CatalogValidationException(CatalogProblem[] problems)
        : base(Describe(problems))
    {
        Problems = Array.AsReadOnly(problems);
    }

    /// <summary>Gets every problem found, in a stable order.</summary>
    public IReadOnlyList<CatalogProblem> Problems { get; }

    private static string Describe(CatalogProblem[] problems)
    {
        if (problems.Length == 0)
            throw new ArgumentException("A catalog validation exception needs at least one problem.", nameof(problems));
        var header = problems.Length == 1 ? "The catalog has 1 problem:" : $"The catalog has {problems.Length} problems:";
        return header + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
    }
}
