using CareerModel.Internal;
using CareerModel.People;
using CareerModel.Skills;

namespace CareerModel.Assessment;

/// <summary>
/// Thrown when a profile gives skill levels that are not on the catalog's
/// <see cref="ProficiencyScale"/>. It lists every offending level, not only the first.
/// </summary>
public sealed class SkillLevelOutOfScaleException : ArgumentOutOfRangeException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="levels">The levels off the scale; at least one.</param>
    /// <param name="scale">The scale they should lie on.</param>
    /// <exception cref="ArgumentException">No level is given.</exception>
    public SkillLevelOutOfScaleException(IEnumerable<SkillLevel> levels, ProficiencyScale scale)
        : this(ReadOnly.Copy(levels ?? throw new ArgumentNullException(nameof(levels)), nameof(levels)), scale ?? throw new ArgumentNullException(nameof(scale)))
    {
    }

    private SkillLevelOutOfScaleException(IReadOnlyList<SkillLevel> levels, ProficiencyScale scale)
        : base("profile", Describe(levels, scale))
    {
        Levels = levels;
        Scale = scale;
    }

    /// <summary>Gets the levels that are off the scale, ordered by skill id.</summary>
    public IReadOnlyList<SkillLevel> Levels { get; }

    /// <summary>Gets the scale the levels should lie on.</summary>
    public ProficiencyScale Scale { get; }

    private static string Describe(IReadOnlyList<SkillLevel> levels, ProficiencyScale scale)
    {
        if (levels.Count == 0)
            throw new ArgumentException("A skill-level exception needs at least one level.", nameof(levels));
        var list = string.Join(", ", levels.Select(l => $"'{l.SkillId}' at {Check.Format(l.Level)}"));
        return $"Skill levels must lie on the catalog's {scale.Name} scale, from {Check.Format(scale.Minimum)} to {Check.Format(scale.Maximum)}, but the profile gives {list}.";
    }
}
