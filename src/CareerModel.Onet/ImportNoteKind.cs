namespace CareerModel.Onet;

/// <summary>What an <see cref="ImportNote"/> reports.</summary>
public enum ImportNoteKind
{
    /// <summary>An occupation was left out of the catalog, such as one without a Job Zone.</summary>
    OccupationSkipped,

    /// <summary>A rating was not made into a requirement, such as one flagged Recommend Suppress.</summary>
    RatingDropped,

    /// <summary>A row was ignored, such as one naming an occupation the release does not list.</summary>
    RowIgnored,

    /// <summary>An occupation's wages were joined through a broader or combined OEWS code, or not found.</summary>
    WageJoin,

    /// <summary>An occupation got no pay band, because the figures a band needs are top-coded or not published.</summary>
    PayBandOmitted,

    /// <summary>An optional file was absent, so what it would give is missing.</summary>
    FileAbsent,

    /// <summary>
    /// An occupation has no Skills, Knowledge or Abilities ratings (O*NET rates only some), so its
    /// role has no requirements, and transition inference compares it through its SOC group's
    /// mean profile, at reduced weight.
    /// </summary>
    RequirementsMissing,
}
