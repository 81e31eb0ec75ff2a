namespace CareerModel.Careers;

/// <summary>The rule a <see cref="CatalogProblem"/> breaks.</summary>
public enum CatalogProblemKind
{
    /// <summary>Two items share an id, or two transitions link the same pair of roles in the same direction.</summary>
    DuplicateId,

    /// <summary>An id refers to a role, skill or region the catalog does not hold.</summary>
    UnknownReference,

    /// <summary>The region hierarchy is broken: a parent of the wrong kind, a cycle, or more than one world.</summary>
    InvalidHierarchy,

    /// <summary>A skill level lies outside the catalog's proficiency scale.</summary>
    LevelOutOfScale,

    /// <summary>A pay band is not in the currency of the region it is for.</summary>
    CurrencyMismatch,

    /// <summary>A transition's kind contradicts its roles: a promotion that does not raise rank, a track switch within one track.</summary>
    InconsistentTransition,
}
