using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// Which skills to develop first for a role, and a schedule for them.
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> Required skills come first, then preferred ones. Within each, steps are ordered by
/// <see cref="DevelopmentStep.Priority"/> — the weighted shortfall closed per unit of learning time,
/// measured as fit gained per year of learning — highest first; ties go to the larger fit gain, then
/// the higher importance, then the skill id. Because a skill's learning time grows with its
/// shortfall, the priority favours important skills that are quick to learn per level.
/// </para>
/// <para>
/// <b>Schedule.</b> The person develops up to <see cref="LearningTimes.ConcurrentSkills"/> skills at
/// once: each step, in order, starts as soon as one of them is free (list scheduling). The time to
/// meet every required skill, <see cref="RequiredTime"/>, is when the last required step is done.
/// </para>
/// </remarks>
public sealed class DevelopmentPlan
{
    internal DevelopmentPlan(string roleId, int concurrentSkills, IReadOnlyList<DevelopmentStep> steps)
    {
        RoleId = roleId;
        ConcurrentSkills = concurrentSkills;
        Steps = steps;
        RequiredMonths = steps.Where(s => s.IsRequired).Select(s => s.DoneMonths).DefaultIfEmpty(0).Max();
        RequiredTime = CalendarMath.PeriodOfMonths(RequiredMonths);
    }

    /// <summary>Gets the id of the role planned for.</summary>
    public string RoleId { get; }

    /// <summary>Gets how many skills the schedule develops at once.</summary>
    public int ConcurrentSkills { get; }

    /// <summary>Gets the steps in priority order (required first); empty when no skill is short.</summary>
    public IReadOnlyList<DevelopmentStep> Steps { get; }

    /// <summary>Gets the time until every required skill is met, following the schedule; zero when none is short.</summary>
    public Period RequiredTime { get; }

    internal double RequiredMonths { get; }

    /// <summary>Summarises the plan, such as <c>plan for cs-specialist: 6 required steps in 1 year, 2 preferred, first troubleshooting</c>.</summary>
    /// <returns>The summary.</returns>
    public override string ToString()
    {
        var required = Steps.Count(s => s.IsRequired);
        var first = Steps.Count > 0 ? $", first {Steps[0].SkillId}" : "";
        return $"plan for {RoleId}: {required} required {(required == 1 ? "step" : "steps")} in {CalendarMath.Describe(RequiredTime)}, "
            + $"{Steps.Count - required} preferred{first}";
    }
}
