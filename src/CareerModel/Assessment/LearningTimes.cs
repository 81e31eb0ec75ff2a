using CareerModel.Internal;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// How long development takes: the learning time for one level step of a skill, by
/// <see cref="SkillCategory"/>; the time to complete each level of education; and how many skills a
/// person develops at once. Used to order development and to estimate the time to be ready.
/// </summary>
/// <remarks>
/// <para>Defaults (<see cref="Default"/>), per level step of a skill (from 2 to 3 on the scale):</para>
/// <list type="bullet">
/// <item><description><see cref="SkillCategory.Technical"/>: 3 months (a tool or technique is practised daily on the job).</description></item>
/// <item><description><see cref="SkillCategory.Soft"/>: 6 months (interpersonal skills grow with many conversations).</description></item>
/// <item><description><see cref="SkillCategory.Knowledge"/>: 4 months.</description></item>
/// <item><description><see cref="SkillCategory.Ability"/>: 12 months (lasting capacities change slowly).</description></item>
/// <item><description><see cref="SkillCategory.Language"/>: 12 months.</description></item>
/// <item><description><see cref="SkillCategory.Certification"/>: 3 months for the whole credential, whatever level is asked (the guides' customer-service programmes take 4–12 weeks).</description></item>
/// </list>
/// <para>
/// Education, the time to complete each level from the one below it: HighSchool 1 year (an
/// equivalency such as the GED), PostSecondaryCertificate 6 months, SomeCollege 6 months,
/// Associate 1 year (two years from high school), Bachelor 2 years (four from high school),
/// Master 2 years, Doctorate 4 years.
/// </para>
/// <para>
/// Concurrent skills: 3 — a person develops up to three skills side by side, and starts the next
/// one when one is done. Times are estimates for planning, not promises; replace them with your
/// own through the <c>With…</c> methods, which return a new instance.
/// </para>
/// <para>
/// A time may mix years, months, weeks and days; it counts as fractional months at the mean
/// Gregorian month of 365.2425 / 12 days (6 weeks is about 1.38 months), in the assessor's plans
/// and in the recommender's learning months alike.
/// </para>
/// </remarks>
public sealed class LearningTimes
{
    /// <summary>The most skills a person may develop at once.</summary>
    public const int MaxConcurrentSkills = 20;

    private const int MaxMonths = 20 * 12;

    private readonly Period[] perLevelStep;
    private readonly Period[] perEducationLevel;

    private LearningTimes(Period[] perLevelStep, Period[] perEducationLevel, int concurrentSkills)
    {
        this.perLevelStep = perLevelStep;
        this.perEducationLevel = perEducationLevel;
        ConcurrentSkills = concurrentSkills;
    }

    /// <summary>Gets the documented default times (see the remarks).</summary>
    public static LearningTimes Default { get; } = new(
        [
            Period.FromMonths(3),  // Technical
            Period.FromMonths(6),  // Soft
            Period.FromMonths(4),  // Knowledge
            Period.FromYears(1),   // Ability
            Period.FromMonths(3),  // Certification
            Period.FromYears(1),   // Language
        ],
        [
            Period.Zero,           // None
            Period.FromYears(1),   // HighSchool
            Period.FromMonths(6),  // PostSecondaryCertificate
            Period.FromMonths(6),  // SomeCollege
            Period.FromYears(1),   // Associate
            Period.FromYears(2),   // Bachelor
            Period.FromYears(2),   // Master
            Period.FromYears(4),   // Doctorate
        ],
        3);

    /// <summary>Gets how many skills a person develops side by side.</summary>
    public int ConcurrentSkills { get; }

    /// <summary>Gets the time to raise a skill of a category by one level (for a certification: to earn it).</summary>
    /// <param name="category">The skill category.</param>
    /// <returns>The learning time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public Period PerLevelStep(SkillCategory category) => perLevelStep[(int)Check.Defined(category, nameof(category))];

    /// <summary>Gets the time to complete a level of education from the level below it.</summary>
    /// <param name="level">The level; <see cref="EducationLevel.None"/> takes no time.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined.</exception>
    public Period ForEducationLevel(EducationLevel level) => perEducationLevel[(int)Check.Defined(level, nameof(level))];

    /// <summary>Gets the time to go from one level of education to a higher one: the sum of the levels in between.</summary>
    /// <param name="from">The level completed now.</param>
    /// <param name="to">The level wanted.</param>
    /// <returns>The time, or <see cref="Period.Zero"/> when <paramref name="to"/> is not above <paramref name="from"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A level is not defined.</exception>
    public Period ForEducation(EducationLevel from, EducationLevel to)
    {
        Check.Defined(from, nameof(from));
        Check.Defined(to, nameof(to));
        var total = Period.Zero;
        for (var level = from + 1; level <= to; level++)
            total += perEducationLevel[(int)level];
        return CalendarMath.Normalize(total);
    }

    /// <summary>Makes a copy with another learning time per level step for one category.</summary>
    /// <param name="category">The skill category.</param>
    /// <param name="time">The time for one level step: years, months, weeks and days, none negative, more than zero and at most 20 years.</param>
    /// <returns>The new learning times.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    /// <exception cref="ArgumentException">The time is zero, negative, longer than 20 years or has time units.</exception>
    public LearningTimes WithPerLevelStep(SkillCategory category, Period time)
    {
        var copy = (Period[])perLevelStep.Clone();
        copy[(int)Check.Defined(category, nameof(category))] = Valid(time, $"learning time for {category}", nameof(time));
        return new LearningTimes(copy, perEducationLevel, ConcurrentSkills);
    }

    /// <summary>Makes a copy with another time to complete one level of education from the level below it.</summary>
    /// <param name="level">The level; not <see cref="EducationLevel.None"/>.</param>
    /// <param name="time">The time: years, months, weeks and days, none negative, more than zero and at most 20 years.</param>
    /// <returns>The new learning times.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The level is not defined or is <see cref="EducationLevel.None"/>.</exception>
    /// <exception cref="ArgumentException">The time is zero, negative, longer than 20 years or has time units.</exception>
    public LearningTimes WithEducationLevel(EducationLevel level, Period time)
    {
        if (Check.Defined(level, nameof(level)) == EducationLevel.None)
            throw InvariantArgument.OutOfRange(nameof(level), level, $"level None takes no time to complete; give a level from HighSchool up.");
        var copy = (Period[])perEducationLevel.Clone();
        copy[(int)level] = Valid(time, $"time to complete {level}", nameof(time));
        return new LearningTimes(perLevelStep, copy, ConcurrentSkills);
    }

    /// <summary>Makes a copy in which a person develops another number of skills at once.</summary>
    /// <param name="count">The number of skills developed side by side, from 1 (one after another) to <see cref="MaxConcurrentSkills"/>.</param>
    /// <returns>The new learning times.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is out of range.</exception>
    public LearningTimes WithConcurrentSkills(int count)
    {
        if (count is < 1 or > MaxConcurrentSkills)
            throw InvariantArgument.OutOfRange(nameof(count), count, $"count {count} of skills developed at once must be from 1 to {MaxConcurrentSkills}.");
        return new LearningTimes(perLevelStep, perEducationLevel, count);
    }

    /// <summary>
    /// Describes the times, such as
    /// <c>per level step: Technical 3 months, Soft 6 months, …; 3 skills at once</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        "per level step: "
        + string.Join(", ", Enum.GetValues<SkillCategory>().Select(c => $"{c} {CalendarMath.Describe(perLevelStep[(int)c])}"))
        + $"; {ConcurrentSkills} {(ConcurrentSkills == 1 ? "skill" : "skills")} at once";

    private static Period Valid(Period time, string what, string paramName)
    {
        ArgumentNullException.ThrowIfNull(time, paramName);
        if (time.HasTimeComponent || time.Years < 0 || time.Months < 0 || time.Weeks < 0 || time.Days < 0)
            throw new ArgumentException($"The {what}, {time}, must be in years, months, weeks and days, none of them negative.", paramName);
        var months = CalendarMath.MonthsOf(time);
        if (months <= 0 || months > MaxMonths)
            throw new ArgumentException($"The {what}, {time}, must be more than zero and at most 20 years.", paramName);
        return time;
    }
}
