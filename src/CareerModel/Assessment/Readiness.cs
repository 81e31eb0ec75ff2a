using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// A career readiness assessment: how ready a person is for a role, when they could be ready, and
/// the actions that would get them there, in order.
/// </summary>
/// <remarks>
/// <para>
/// <b>Score.</b> <c>Score = (Fit + ExperienceRatio) / 2</c>: the skills fit of the
/// <see cref="GapAnalysis"/> and how far the person's full-time-equivalent experience reaches the
/// bottom of the role's typical range (<see cref="ExperienceGap.Ratio"/>; 1 when the role gives no
/// range). It is in [0, 1] and 1 exactly when both are met. Education is a gate, not a score:
/// <see cref="IsReady"/> also needs the minimum education.
/// </para>
/// <para>
/// <b>Time to ready.</b> Three things run side by side from today, and the person is ready when the
/// last is done: the skills plan (<see cref="DevelopmentPlan.RequiredTime"/>, skills developed a few
/// at a time), education up to the role's minimum (<see cref="LearningTimes"/>), and experience up
/// to the bottom of the role's range (gained at full time while learning). Each is measured in
/// months (a month of days counted at 365.2425 / 12); <see cref="ReadyDate"/> is today plus the
/// longest, and <see cref="TimeToReady"/> is the period from today to that date. Preferred skills
/// and education never delay readiness.
/// </para>
/// <para>
/// <b>Actions,</b> in order: the required skills and certifications in the plan's order, then
/// education to the minimum, then experience; then the optional ones — preferred skills and
/// certifications in the plan's order, then education to the preferred level.
/// </para>
/// </remarks>
public sealed class Readiness
{
    internal Readiness(
        GapAnalysis gaps,
        DevelopmentPlan plan,
        Period educationTime,
        Period experienceTime,
        LocalDate readyDate,
        IReadOnlyList<ReadinessAction> actions)
    {
        Gaps = gaps;
        Plan = plan;
        ExperienceRatio = gaps.Experience?.Ratio ?? 1;
        Score = (gaps.Fit + ExperienceRatio) / 2;
        IsReady = gaps.AreRequiredSkillsMet && (gaps.Education?.IsMinimumMet ?? true) && (gaps.Experience?.IsMet ?? true);
        SkillsTime = plan.RequiredTime;
        EducationTime = educationTime;
        ExperienceTime = experienceTime;
        ReadyDate = readyDate;
        TimeToReady = readyDate == gaps.AsOf ? Period.Zero : Period.Between(gaps.AsOf, readyDate);
        Actions = actions;
    }

    /// <summary>Gets the id of the role assessed against.</summary>
    public string RoleId => Gaps.RoleId;

    /// <summary>Gets the day of the assessment, from the assessor's clock.</summary>
    public LocalDate AsOf => Gaps.AsOf;

    /// <summary>Gets the gap analysis the assessment rests on.</summary>
    public GapAnalysis Gaps { get; }

    /// <summary>Gets the development plan for the skills.</summary>
    public DevelopmentPlan Plan { get; }

    /// <summary>Gets the skills fit, in [0, 1] (see <see cref="GapAnalysis"/>).</summary>
    public double Fit => Gaps.Fit;

    /// <summary>Gets how far experience reaches the bottom of the role's typical range, in [0, 1].</summary>
    public double ExperienceRatio { get; }

    /// <summary>Gets the readiness score, <c>(Fit + ExperienceRatio) / 2</c>, in [0, 1].</summary>
    public double Score { get; }

    /// <summary>Gets a value indicating whether the person is ready now: every required skill, the minimum education and the minimum experience met.</summary>
    public bool IsReady { get; }

    /// <summary>Gets the time to meet every required skill, following the plan.</summary>
    public Period SkillsTime { get; }

    /// <summary>Gets the time to complete the role's minimum education; zero when met.</summary>
    public Period EducationTime { get; }

    /// <summary>Gets the time to gain the role's minimum experience; zero when met.</summary>
    public Period ExperienceTime { get; }

    /// <summary>Gets the estimated time until the person is ready: from <see cref="AsOf"/> to <see cref="ReadyDate"/>.</summary>
    public Period TimeToReady { get; }

    /// <summary>Gets the estimated day the person is ready; <see cref="AsOf"/> when ready now.</summary>
    public LocalDate ReadyDate { get; }

    /// <summary>Gets the actions that would close the gaps, in order (see the remarks).</summary>
    public IReadOnlyList<ReadinessAction> Actions { get; }

    /// <summary>
    /// Summarises the assessment, such as
    /// <c>cs-specialist: score 0.833 (fit 0.667, experience 1), ready on 2027-11-25, in 1 year</c>
    /// or <c>cs-specialist: score 1 (fit 1, experience 1), ready now</c>.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{RoleId}: score {CalendarMath.Fraction(Score)} (fit {CalendarMath.Fraction(Fit)}, experience {CalendarMath.Fraction(ExperienceRatio)}), "
        + (IsReady ? "ready now" : $"ready on {CalendarMath.Iso(ReadyDate)}, in {CalendarMath.Describe(TimeToReady)}");
}
