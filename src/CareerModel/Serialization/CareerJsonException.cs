namespace CareerModel.Serialization;

/// <summary>
/// Thrown when a JSON document of CareerModel is not valid: by <see cref="CareerCatalogJson"/> for
/// a catalog, and by <see cref="ProfileJson"/> for a profile. It lists every problem found, in
/// document order, each with its JSON path, line and column, so that all can be fixed in one pass.
/// No catalog or profile is made from a document with any problem.
/// </summary>
/// <remarks>
/// The name is the catalog's, which came first; the exception, its <see cref="CareerJsonProblem"/>s
/// and their <see cref="CareerJsonProblemKind"/> serve every document the library reads.
/// </remarks>
public sealed class CareerJsonException : FormatException
{
    /// <summary>Creates the exception from the problems found in a catalog.</summary>
    /// <param name="problems">The problems; at least one.</param>
    /// <exception cref="ArgumentException">No problem is given, or one is null.</exception>
    public CareerJsonException(IEnumerable<CareerJsonProblem> problems)
        : this(Copy(problems), "catalog")
    {
    }

    /// <summary>Creates the exception from the problems found in a document of one kind.</summary>
    /// <param name="problems">The problems; at least one, none null.</param>
    /// <param name="document">What the document is, for the message: <c>catalog</c>, <c>profile</c>.</param>
    internal CareerJsonException(CareerJsonProblem[] problems, string document)
        : base(Describe(problems, document))
    {
        Problems = Array.AsReadOnly(problems);
    }

    /// <summary>Gets every problem found, in the order they appear in the document.</summary>
    public IReadOnlyList<CareerJsonProblem> Problems { get; }

    private static CareerJsonProblem[] Copy(IEnumerable<CareerJsonProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var copy = problems.ToArray();
        if (copy.Length == 0)
            throw new ArgumentException("A catalog JSON exception needs at least one problem.", nameof(problems));
        if (Array.IndexOf(copy, null) is var i and >= 0)
            throw new ArgumentException($"problems[{i}] must not be null.", nameof(problems));
        return copy;
    }

    private static string Describe(CareerJsonProblem[] problems, string document)
    {
        var header = problems.Length == 1 ? $"The {document} JSON has 1 problem:" : $"The {document} JSON has {problems.Length} problems:";
        return header + string.Concat(problems.Select(p => Environment.NewLine + "  - " + p));
    }
}
