namespace CareerModel.Search;

/// <summary>
/// How a title matched a query, best last: the tiers of <see cref="TitleMatch.Score"/>, whose whole
/// part is the kind's number.
/// </summary>
public enum TitleMatchKind
{
    /// <summary>The title has some of the query's words, not all.</summary>
    Partial = 0,

    /// <summary>The title has every word of the query, and more.</summary>
    AllWords = 1,

    /// <summary>The title has exactly the query's words, in any order.</summary>
    Exact = 2,
}
