namespace CareerModel.Recommendation;

/// <summary>
/// A note on what a recommendation could not know or had to ignore: its kind, for a program to
/// act on, the ids it concerns, and a sentence for a person.
/// </summary>
public sealed class RecommendationWarning
{
    internal RecommendationWarning(RecommendationWarningKind kind, IReadOnlyList<string> ids, string message)
    {
        Kind = kind;
        Ids = ids;
        Message = message;
    }

    /// <summary>Gets what the warning is about.</summary>
    public RecommendationWarningKind Kind { get; }

    /// <summary>Gets the ids of the skills, certifications, regions or roles it concerns, in the order named; empty when it concerns none.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Gets the warning as a sentence, such as <c>Skill 'juggling' is not in the catalog and was ignored.</c></summary>
    public string Message { get; }

    /// <summary>Returns <see cref="Message"/>.</summary>
    /// <returns>The message.</returns>
    public override string ToString() => Message;
}
