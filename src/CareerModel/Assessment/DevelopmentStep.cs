using CareerModel.Internal;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// One step of a <see cref="DevelopmentPlan"/>: raise one skill from the level the person has to
/// the level the role needs (or earn one certification), with its learning time, the fit it gains,
/// and when it starts and ends in the plan's schedule.
/// </summary>
public sealed class DevelopmentStep
{
    internal DevelopmentStep(SkillGap gap, Period learningTime, double learningMonths, double startMonths)
    {
        SkillId = gap.SkillId;
        SkillName = gap.SkillName;
        Category = gap.Category;
        From = gap.Have;
        To = gap.Need;
        Importance = gap.Importance;
        IsRequired = gap.IsRequired;
        FitGain = gap.Impact;
        LearningTime = learningTime;
        LearningMonths = learningMonths;
        Priority = gap.Impact / (learningMonths / 12);
        StartMonths = startMonths;
        StartsAfter = CalendarMath.PeriodOfMonths(startMonths);
        DoneAfter = CalendarMath.PeriodOfMonths(startMonths + learningMonths);
    }

    /// <summary>Gets the skill id.</summary>
    public string SkillId { get; }

    /// <summary>Gets the skill's display name.</summary>
    public string SkillName { get; }

    /// <summary>Gets the skill's category, which sets its learning time per level.</summary>
    public SkillCategory Category { get; }

    /// <summary>Gets the person's level now.</summary>
    public double From { get; }

    /// <summary>Gets the level the role needs.</summary>
    public double To { get; }

    /// <summary>Gets the requirement's importance weight.</summary>
    public double Importance { get; }

    /// <summary>Gets a value indicating whether the skill is required (<see langword="true"/>) or only preferred.</summary>
    public bool IsRequired { get; }

    /// <summary>Gets the fit gained by the step: the gap's <see cref="SkillGap.Impact"/> (on the preferred fit for a preferred skill).</summary>
    public double FitGain { get; }

    /// <summary>
    /// Gets the learning time: the level steps short (<c>To − From</c>, fractions included) times the
    /// category's time per level step; for a certification, the category's time once.
    /// </summary>
    public Period LearningTime { get; }

    /// <summary>Gets the step's priority: the fit gained per year of learning, <c>FitGain / (learning time in years)</c>.</summary>
    public double Priority { get; }

    /// <summary>Gets when the step starts in the plan's schedule, counted from the day of the plan.</summary>
    public Period StartsAfter { get; }

    /// <summary>Gets when the step is done in the plan's schedule, counted from the day of the plan.</summary>
    public Period DoneAfter { get; }

    internal double LearningMonths { get; }

    internal double StartMonths { get; }

    internal double DoneMonths => StartMonths + LearningMonths;

    /// <summary>
    /// Describes the step, such as
    /// <c>troubleshooting 1 → 2: 3 months, starting at once (fit +0.043, required)</c> or
    /// <c>crm-software 2 → 3: 3 months, starting after 3 months (fit +0.029, required)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{SkillId} {Check.Format(From)} → {Check.Format(To)}: {CalendarMath.Describe(LearningTime)}, "
        + $"starting {(StartMonths == 0 ? "at once" : "after " + CalendarMath.Describe(StartsAfter))} (fit +{CalendarMath.Fraction(FitGain)}, {(IsRequired ? "required" : "preferred")})";
}
