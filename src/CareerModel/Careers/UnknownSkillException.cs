namespace CareerModel.Careers;

/// <summary>
/// Thrown when a profile names skills or certifications the catalog does not hold. It lists every
/// unknown id, not only the first.
/// </summary>
public sealed class UnknownSkillException : KeyNotFoundException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="skillIds">The unknown skill ids; at least one.</param>
    /// <exception cref="ArgumentException">No id is given.</exception>
    public UnknownSkillException(IEnumerable<string> skillIds)
        : this(UnknownIds.Sorted(skillIds, nameof(skillIds)), "")
    {
    }

    private UnknownSkillException(IReadOnlyList<string> skillIds, string located)
        : base(UnknownIds.Describe("skill", skillIds) + located)
    {
        SkillIds = skillIds;
    }

    /// <summary>Gets the unknown skill ids, ordered by id.</summary>
    public IReadOnlyList<string> SkillIds { get; }

    /// <summary>The exception for a profile's unknown skills, with a last sentence that says which profile it is when there are many.</summary>
    /// <param name="skillIds">The unknown ids.</param>
    /// <param name="located">The sentence, or empty.</param>
    internal static UnknownSkillException InProfile(IEnumerable<string> skillIds, string located) =>
        new(UnknownIds.Sorted(skillIds, nameof(skillIds)), located);
}
