using CareerModel.Careers;

namespace CareerModel.Onet;

/// <summary>
/// What an O*NET import gives: the validated catalog, the OEWS wage table as published (top-coded
/// and suppressed figures kept as such), the inferred transitions with their evidence, and notes
/// on every row skipped or join made and why.
/// </summary>
public sealed class OnetImportResult
{
    internal OnetImportResult(
        CareerCatalog catalog,
        IReadOnlyDictionary<string, OccupationWages> wages,
        IReadOnlyList<InferredTransition> inferredTransitions,
        IReadOnlyList<ImportNote> notes)
    {
        Catalog = catalog;
        Wages = wages;
        InferredTransitions = inferredTransitions;
        Notes = notes;
    }

    /// <summary>Gets the catalog: occupations as roles, O*NET descriptors as skills, the US region and inferred transitions.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>Gets the OEWS wages by O*NET-SOC code; empty when no OEWS file was given.</summary>
    public IReadOnlyDictionary<string, OccupationWages> Wages { get; }

    /// <summary>Gets the inferred transitions with their scores, in the catalog's order (by source, then target).</summary>
    public IReadOnlyList<InferredTransition> InferredTransitions { get; }

    /// <summary>Gets the notes: occupations skipped, ratings dropped, rows ignored, wage joins made.</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    /// <summary>Summarises the result, such as <c>CareerCatalog: 923 roles, …; 781 occupations with wages; 3,412 notes</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{Catalog}; {Wages.Count} occupations with wages; {Notes.Count} notes";
}
