using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// A skills gap analysis: a person's profile against one role's requirements — each skill and
/// certification, education and experience — with an overall fit.
/// </summary>
/// <remarks>
/// <para>
/// <b>Fit.</b> Over the role's <em>required</em> skills i, with importance wᵢ, needed level nᵢ and
/// the person's level hᵢ:
/// </para>
/// <code>
/// rᵢ  = 1 when hᵢ ≥ nᵢ (a need of 0 is always met), else hᵢ / nᵢ
/// Fit = Σ wᵢ · rᵢ / Σ wᵢ          (1 when the role requires no skills)
/// </code>
/// <para>
/// So the fit is in [0, 1]; it is exactly 1 when every required skill is met and below 1 otherwise
/// (it never rounds up to 1 while a requirement is short); and raising any skill never lowers it.
/// Preferred skills do not lower the fit: they are scored the same way in
/// <see cref="PreferredFit"/> and reported as gaps. Education and experience are reported beside the
/// fit (<see cref="Education"/>, <see cref="Experience"/>), not inside it; readiness combines them.
/// </para>
/// <para>
/// <b>Order.</b> <see cref="Requirements"/> lists required skills first, then preferred ones; within
/// each, by <see cref="SkillGap.Impact"/> (the share of fit the gap costs), largest first, then by
/// importance, then by skill id. <see cref="Gaps"/> is the same list without the requirements met.
/// </para>
/// </remarks>
public sealed class GapAnalysis
{
    internal GapAnalysis(
        string roleId,
        LocalDate asOf,
        double fit,
        double preferredFit,
        IReadOnlyList<SkillGap> requirements,
        EducationGap? education,
        ExperienceGap? experience)
    {
        RoleId = roleId;
        AsOf = asOf;
        Fit = fit;
        PreferredFit = preferredFit;
        Requirements = requirements;
        Gaps = Array.AsReadOnly(requirements.Where(r => !r.IsMet).ToArray());
        Education = education;
        Experience = experience;
    }

    /// <summary>Gets the id of the role assessed against.</summary>
    public string RoleId { get; }

    /// <summary>Gets the day of the assessment (experience is measured up to it).</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the importance-weighted fit to the role's required skills, in [0, 1] (see the remarks).</summary>
    public double Fit { get; }

    /// <summary>Gets the same score over the role's preferred skills, in [0, 1]; 1 when it prefers none.</summary>
    public double PreferredFit { get; }

    /// <summary>Gets every skill requirement of the role, met or not, in order of impact (see the remarks).</summary>
    public IReadOnlyList<SkillGap> Requirements { get; }

    /// <summary>Gets the requirements not met, in order of impact: required ones first.</summary>
    public IReadOnlyList<SkillGap> Gaps { get; }

    /// <summary>Gets the education gap, or <see langword="null"/> when the role asks for no education.</summary>
    public EducationGap? Education { get; }

    /// <summary>Gets the experience gap, or <see langword="null"/> when the role gives no typical experience.</summary>
    public ExperienceGap? Experience { get; }

    /// <summary>Gets a value indicating whether every required skill is met (<see cref="Fit"/> is 1).</summary>
    public bool AreRequiredSkillsMet => Fit == 1;

    /// <summary>
    /// Summarises the analysis, such as
    /// <c>cs-specialist: fit 0.667 (preferred 0), 6 of 12 required skills short, top gap de-escalation</c>.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var required = Requirements.Count(r => r.IsRequired);
        var shortCount = Gaps.Count(g => g.IsRequired);
        var top = Gaps.Count > 0 ? $", top gap {Gaps[0].SkillId}" : "";
        return $"{RoleId}: fit {CalendarMath.Fraction(Fit)} (preferred {CalendarMath.Fraction(PreferredFit)}), {shortCount} of {required} required skills short{top}";
    }
}
