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

    private SkillLevelOutOfScaleException(IReadOnlyList<SkillLevel> levels, ProficiencyScale scale, string who = "the profile", string paramName = "profile")
        : base(paramName, Describe(levels, scale, who))
    {
        Levels = levels;
        Scale = scale;
    }

    /// <summary>Gets the levels that are off the scale, in the order given (the library's engines give them ordered by skill id).</summary>
    public IReadOnlyList<SkillLevel> Levels { get; }

    /// <summary>Gets the scale the levels should lie on.</summary>
    public ProficiencyScale Scale { get; }

    /// <summary>The exception for one profile of many: the message names it (<paramref name="who"/>, such as "the profile at index 17 of the people ranked").</summary>
    /// <param name="levels">The levels off the scale; at least one.</param>
    /// <param name="scale">The scale.</param>
    /// <param name="who">The profile, as the message names it.</param>
    /// <param name="paramName">The parameter that held the profile.</param>
    internal static SkillLevelOutOfScaleException InProfileAt(IEnumerable<SkillLevel> levels, ProficiencyScale scale, string who, string paramName) =>
        new(ReadOnly.Copy(levels, nameof(levels)), scale, who, paramName);

    private static string Describe(IReadOnlyList<SkillLevel> levels, ProficiencyScale scale, string who)
    {
        if (levels.Count == 0)
            throw new ArgumentException("A skill-level exception needs at least one level.", nameof(levels));
        var list = string.Join(", ", levels.Select(l => $"'{l.SkillId}' at {Check.Format(l.Level)}"));
        return $"Skill levels must lie on the catalog's {scale.Name} scale, from {Check.Format(scale.Minimum)} to {Check.Format(scale.Maximum)}, but {who} gives {list}.";
    }
}
