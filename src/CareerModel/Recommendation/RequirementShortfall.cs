using System.Globalization;
using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>A skill the person lacks for a path's final role: how far short, and how much it matters.</summary>
public sealed class RequirementShortfall
{
    internal RequirementShortfall(Skill skill, SkillRequirement requirement, double have)
    {
        Skill = skill;
        Requirement = requirement;
        Have = have;
    }

    /// <summary>Gets the skill.</summary>
    public Skill Skill { get; }

    /// <summary>Gets the requirement.</summary>
    public SkillRequirement Requirement { get; }

    /// <summary>Gets the person's level.</summary>
    public double Have { get; }

    /// <summary>Gets the level required.</summary>
    public double Need => Requirement.MinimumLevel;

    /// <summary>Gets the shortfall, need − have.</summary>
    public double Shortfall => Need - Have;

    /// <summary>Gets the shortfall weighted by importance, by which gaps are ordered.</summary>
    public double Impact => Shortfall * Requirement.Importance;

    /// <summary>Describes the gap, such as <c>De-escalation: 0 of 2 (importance 3)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Skill.Name}: {Have:0.##} of {Need:0.##} (importance {Requirement.Importance:0.##}{(Requirement.IsRequired ? "" : ", preferred")})");
}
