namespace CareerModel.Recommendation;

/// <summary>How a <see cref="Recommender"/> stores the roles' skill requirements it scores people against.</summary>
/// <remarks>
/// Both layouts give the same fits, learning months, gaps and rankings, to the bit: they differ
/// only in what they hold and how fast they read it. See <see cref="Recommender.Create"/> for the
/// rule <see cref="Automatic"/> follows.
/// </remarks>
public enum ScoringLayout
{
    /// <summary>Chosen from the catalog's shape: <see cref="Dense"/> for a catalog whose roles ask for a good share of its skills, <see cref="Sparse"/> otherwise.</summary>
    Automatic,

    /// <summary>
    /// Roles × skills matrices (each row padded to whole vectors) read in one vectorised pass: the
    /// fastest for a catalog where most roles rate most skills, as O*NET's do (82%), and refused past
    /// <see cref="Recommender.MaxCatalogCells"/>.
    /// </summary>
    Dense,

    /// <summary>
    /// Per role, only the skills it requires, contiguous: its size and its reading time follow the
    /// number of requirements, not roles × skills. For taxonomies such as ESCO, where an occupation
    /// names about 40 of 13,896 skills.
    /// </summary>
    Sparse,
}
