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
        : this(UnknownIds.Sorted(skillIds, nameof(skillIds)))
    {
    }

    private UnknownSkillException(IReadOnlyList<string> skillIds)
        : base(UnknownIds.Describe("skill", skillIds))
    {
        SkillIds = skillIds;
    }

    /// <summary>Gets the unknown skill ids, ordered by id.</summary>
    public IReadOnlyList<string> SkillIds { get; }
}
