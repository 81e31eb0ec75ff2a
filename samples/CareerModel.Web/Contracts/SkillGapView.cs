using CareerModel.Assessment;

namespace CareerModel.Web.Contracts;

/// <summary>One skill requirement measured against a person: the levels had and needed, and what closing it is worth.</summary>
/// <param name="SkillId">The skill.</param>
/// <param name="SkillName">The skill's name.</param>
/// <param name="Have">The person's level.</param>
/// <param name="Need">The level the role needs.</param>
/// <param name="Importance">How much the requirement weighs in the fit.</param>
/// <param name="Required">Whether it is required (or only preferred).</param>
/// <param name="Met">Whether the person meets it.</param>
/// <param name="Shortfall">How far below the need the person is (0 when met).</param>
/// <param name="Impact">The fit the shortfall costs.</param>
public sealed record SkillGapView(
    string SkillId, string SkillName, double Have, double Need, double Importance, bool Required, bool Met, double Shortfall, double Impact)
{
    public static SkillGapView From(SkillGap gap) =>
        new(gap.SkillId, gap.SkillName, gap.Have, gap.Need, gap.Importance, gap.IsRequired, gap.IsMet, gap.Shortfall, gap.Impact);
}
