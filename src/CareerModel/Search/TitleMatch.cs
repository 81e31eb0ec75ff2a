using System.Globalization;
using CareerModel.Careers;

namespace CareerModel.Search;

/// <summary>
/// One role found by <see cref="RoleTitleSearch.Find"/>: the role, the title of it that matched
/// best, how it matched and its score.
/// </summary>
/// <remarks>
/// A result of a search, compared by what it says rather than by value equality.
/// </remarks>
public sealed class TitleMatch
{
    internal TitleMatch(Role role, string title, bool isPreferredTitle, TitleMatchKind kind, double score)
    {
        Role = role;
        Title = title;
        IsPreferredTitle = isPreferredTitle;
        Kind = kind;
        Score = score;
    }

    /// <summary>Gets the role found.</summary>
    public Role Role { get; }

    /// <summary>Gets the title of the role that matched best, as the role gives it: <see cref="Role.Title"/> or one of its <see cref="Role.AlternativeTitles"/>.</summary>
    public string Title { get; }

    /// <summary>Gets a value indicating whether <see cref="Title"/> is the role's own title rather than an alternative one.</summary>
    public bool IsPreferredTitle { get; }

    /// <summary>Gets how the title matched the query.</summary>
    public TitleMatchKind Kind { get; }

    /// <summary>
    /// Gets the score: the number of <see cref="Kind"/> (2 exact, 1 all words, 0 partial) plus the
    /// title's IDF-weighted word-set similarity to the query, from 0 (exclusive) to 1, times
    /// <see cref="RoleTitleSearch.AlternativeTitleWeight"/> for an alternative title. So an exact
    /// match of a role's own title scores 3 and of an alternative title 2.95.
    /// </summary>
    public double Score { get; }

    /// <summary>Describes the match, such as <c>Customer Service Team Lead (cs-team-lead): 'Customer Service Team Lead', exact, score 3</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Role.Title} ({Role.Id}): '{Title}', {KindName}, score {Score:0.###}");

    private string KindName => Kind switch
    {
        TitleMatchKind.Exact => "exact",
        TitleMatchKind.AllWords => "all words",
        _ => "partial",
    };
}
