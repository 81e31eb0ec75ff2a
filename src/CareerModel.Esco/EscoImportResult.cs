using CareerModel.Careers;

namespace CareerModel.Esco;

/// <summary>What <see cref="EscoCatalog.Load(string, EscoImportOptions?)"/> made of a release.</summary>
public sealed class EscoImportResult
{
    internal EscoImportResult(
        CareerCatalog catalog,
        IReadOnlyDictionary<string, EscoOccupation> occupations,
        IReadOnlyDictionary<string, EscoSkill> skills,
        IReadOnlyDictionary<string, string> iscoGroups,
        IReadOnlyList<EscoInferredTransition> inferredTransitions,
        IReadOnlyList<EscoImportNote> notes)
    {
        Catalog = catalog;
        Occupations = occupations;
        Skills = skills;
        IscoGroups = iscoGroups;
        InferredTransitions = inferredTransitions;
        Notes = notes;
    }

    /// <summary>Gets the catalog: one role per occupation, one skill per skill concept, the inferred transitions.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>Gets the occupations as the release describes them (labels, ISCO group, hierarchy), by id.</summary>
    public IReadOnlyDictionary<string, EscoOccupation> Occupations { get; }

    /// <summary>Gets the skills as the release describes them (type, reusability, groups), by id.</summary>
    public IReadOnlyDictionary<string, EscoSkill> Skills { get; }

    /// <summary>Gets the ISCO-08 groups' labels by code, such as <c>2654</c> → <c>Film, stage and related directors and producers</c>.</summary>
    public IReadOnlyDictionary<string, string> IscoGroups { get; }

    /// <summary>Gets the inferred transitions with their evidence, by source occupation and then score.</summary>
    public IReadOnlyList<EscoInferredTransition> InferredTransitions { get; }

    /// <summary>Gets the gaps of the release the import stepped over.</summary>
    public IReadOnlyList<EscoImportNote> Notes { get; }
}
