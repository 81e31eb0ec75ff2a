using CareerModel.Internal;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// How a person stands against one of a role's skill requirements: the level they have, the level
/// needed, the shortfall, and how much closing it would raise the fit.
/// </summary>
/// <remarks>
/// <para>
/// A certification (a skill in <see cref="SkillCategory.Certification"/>) is held or not: when the
/// profile holds it, <see cref="Have"/> is the top of the catalog's scale, otherwise 0.
/// </para>
/// <para>
/// The one gap type of both engines: <see cref="GapAnalysis.Gaps"/> lists them, and a recommended
/// path's <see cref="Recommendation.PathRecommendation.TopGaps"/> lists the first five of the same
/// list for its final role, equal value for value (but for <see cref="LastUsed"/>).
/// </para>
/// </remarks>
public sealed class SkillGap
{
    internal SkillGap(Skill skill, SkillRequirement requirement, double have, double ratio, double impact, LocalDate? lastUsed)
    {
        SkillId = skill.Id;
        SkillName = skill.Name;
        Category = skill.Category;
        Have = have;
        Need = requirement.MinimumLevel;
        Importance = requirement.Importance;
        IsRequired = requirement.IsRequired;
        Ratio = ratio;
        Impact = impact;
        LastUsed = lastUsed;
    }

    /// <summary>Gets the skill id.</summary>
    public string SkillId { get; }

    /// <summary>Gets the skill's display name.</summary>
    public string SkillName { get; }

    /// <summary>Gets the skill's category.</summary>
    public SkillCategory Category { get; }

    /// <summary>Gets a value indicating whether the requirement is a certification.</summary>
    public bool IsCertification => Category == SkillCategory.Certification;

    /// <summary>Gets the person's level (0 when the profile does not list the skill).</summary>
    public double Have { get; }

    /// <summary>Gets the level the role asks for.</summary>
    public double Need { get; }

    /// <summary>Gets how far the person's level falls short: <c>max(Need − Have, 0)</c>.</summary>
    public double Shortfall => Math.Max(Need - Have, 0);

    /// <summary>Gets the requirement's importance weight.</summary>
    public double Importance { get; }

    /// <summary>Gets a value indicating whether the skill is required (<see langword="true"/>) or only preferred.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets a value indicating whether the person meets the requirement: <c>Have ≥ Need</c>.</summary>
    public bool IsMet => Have >= Need;

    /// <summary>Gets how far the requirement is met, in [0, 1]: <c>min(Have / Need, 1)</c>, 1 when the need is 0, and below 1 whenever it is not met.</summary>
    public double Ratio { get; }

    /// <summary>
    /// Gets the share of the fit this gap costs: <c>Importance × (1 − Ratio) / W</c>, where W is the
    /// total importance of the role's required skills (for a preferred skill: of its preferred
    /// skills, so the impact is on <see cref="GapAnalysis.PreferredFit"/>). The impacts of the
    /// required gaps add up to <c>1 − Fit</c>.
    /// </summary>
    public double Impact { get; }

    /// <summary>Gets the day the person last used the skill, when the profile says; never in a path's top gaps, which are scored from levels alone.</summary>
    public LocalDate? LastUsed { get; }

    /// <summary>
    /// Describes the gap, such as <c>de-escalation: have 0, need 2 (importance 3, required), impact 0.13</c>
    /// or <c>empathy: have 3, need 3 (importance 2, required), met</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{SkillId}: have {Check.Format(Have)}, need {Check.Format(Need)} (importance {Check.Format(Importance)}, {(IsRequired ? "required" : "preferred")}), "
        + (IsMet ? "met" : $"impact {CalendarMath.Fraction(Impact)}");
}
