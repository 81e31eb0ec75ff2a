using System.Collections.Frozen;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// One role's requirements compiled for scoring many people against it on one day: each
/// requirement's need, importance, months per level step and id in arrays (in the role's order),
/// a skill id → requirement lookup, the months of education from each level to the role's
/// minimum, and the total required importance. Scoring a profile then costs one dictionary lookup
/// per skill it lists and one pass over the requirements, and gives exactly the assessor's fit
/// and ready date (<see cref="CareerAssessor.AssessReadiness(Profile, string)"/>), because it
/// applies the same <see cref="SkillScoring"/> rules to the same numbers in the same order.
/// </summary>
/// <remarks>
/// Safe to share between threads: every call works in a <see cref="Scratch"/> of its caller's.
/// </remarks>
internal sealed class CompiledRole
{
    private readonly CareerAssessor assessor;
    private readonly CareerCatalog catalog;
    private readonly ProficiencyScale scale;
    private readonly FrozenDictionary<string, int> requirementOf;
    private readonly bool[] isCertification;
    private readonly double[] heldCertificationLevel;
    private readonly int[] required;
    private readonly double[] need;
    private readonly double[] importance;
    private readonly double[] monthsPerLevelStep;
    private readonly SkillCategory[] category;
    private readonly string[] skillId;
    private readonly double requiredWeight;
    private readonly double[] educationMonths;
    private readonly ExperienceRange? typicalExperience;
    private readonly string readinessOverflow;

    public CompiledRole(CareerAssessor assessor, Role role, LocalDate today)
    {
        this.assessor = assessor;
        catalog = assessor.Catalog;
        scale = catalog.ProficiencyScale;
        Role = role;
        Today = today;
        ConcurrentSkills = assessor.LearningTimes.ConcurrentSkills;

        var requirements = role.Requirements;
        var count = requirements.Count;
        isCertification = new bool[count];
        heldCertificationLevel = new double[count];
        need = new double[count];
        importance = new double[count];
        monthsPerLevelStep = new double[count];
        category = new SkillCategory[count];
        skillId = new string[count];
        var requiredIndices = new List<int>(count);
        var weight = default(SkillScoring.FitSum);
        for (var i = 0; i < count; i++)
        {
            var requirement = requirements[i];
            var skill = catalog.GetSkill(requirement.SkillId);
            isCertification[i] = skill.Category == SkillCategory.Certification;
            heldCertificationLevel[i] = SkillScoring.LevelOf(skill, 0, holdsCertification: true, scale);
            need[i] = requirement.MinimumLevel;
            importance[i] = requirement.Importance;
            monthsPerLevelStep[i] = SkillScoring.MonthsPerLevelStep(assessor.LearningTimes, skill.Category);
            category[i] = skill.Category;
            skillId[i] = skill.Id;
            if (requirement.IsRequired)
            {
                requiredIndices.Add(i);
                // Summed in the role's order, as the assessment's fit sums it, so impacts agree to the bit.
                weight.Add(requirement.Importance, 1);
            }
        }
        required = [.. requiredIndices];
        requiredWeight = weight.TotalWeight;
        requirementOf = Enumerable.Range(0, count).ToFrozenDictionary(i => skillId[i], StringComparer.Ordinal);

        var levels = Enum.GetValues<EducationLevel>();
        educationMonths = new double[levels.Max(l => (int)l) + 1];
        foreach (var level in levels)
        {
            educationMonths[(int)level] = role.Education is { } asked && level < asked.Minimum
                ? SkillScoring.MonthsOf(assessor.LearningTimes.ForEducation(level, asked.Minimum))
                : 0;
        }
        typicalExperience = role.TypicalExperience;
        readinessOverflow = $"Readiness for role '{role.Id}'";
    }

    /// <summary>Gets the role.</summary>
    public Role Role { get; }

    /// <summary>Gets the day people are scored on.</summary>
    public LocalDate Today { get; }

    /// <summary>Gets how many skills a person develops at once.</summary>
    public int ConcurrentSkills { get; }

    /// <summary>Makes the working memory one thread needs to score people.</summary>
    public Scratch CreateScratch() => new(need.Length, required.Length, ConcurrentSkills);

    /// <summary>
    /// Scores a person: the fit and the ready date the assessor gives. A profile the catalog
    /// refuses throws the assessor's exception for it, its message naming the profile's
    /// <paramref name="index"/> in the sequence.
    /// </summary>
    public (LocalDate ReadyDate, double Fit) Score(Profile profile, long index, Scratch scratch)
    {
        double fit;
        double months;
        bool valid;
        try
        {
            valid = TryScore(profile, scratch, out fit, out months);
        }
        catch (FutureEmploymentException e)
        {
            throw e.Located($" This is {CareerAssessor.ProfileAt(index)}.");
        }
        if (!valid)
        {
            // Refused by the quick checks: the assessor's own checks throw its exception, naming the person.
            assessor.ValidateProfile(profile, index);
            // Not reached while the quick checks are the assessor's; if ever they were stricter, its answer stands.
            var readiness = assessor.AssessReadinessOn(profile, Role, Today);
            return (readiness.ReadyDate, readiness.Fit);
        }
        return (ReadyDate(months, index), fit);
    }

    /// <summary>Today plus the months to be ready, as the assessor works it out; past the calendar's end, its exception naming the person.</summary>
    private LocalDate ReadyDate(double months, long index)
    {
        try
        {
            return CalendarMath.PlusMonths(Today, months, readinessOverflow);
        }
        catch (OverflowException e)
        {
            throw new OverflowException($"{e.Message} This is {CareerAssessor.ProfileAt(index)}.", e.InnerException);
        }
    }

    /// <summary>
    /// The fit and the months to be ready (<see cref="CareerAssessor.ReadyMonths"/>), or
    /// <see langword="false"/> when the profile names a role or skill the catalog does not hold,
    /// mixes up skills and certifications, or gives a level off the scale (what
    /// <see cref="CareerAssessor.Validate(Profile)"/> refuses).
    /// </summary>
    /// <exception cref="FutureEmploymentException">A period of the work history starts after today.</exception>
    public bool TryScore(Profile profile, Scratch scratch, out double fit, out double readyMonths)
    {
        fit = 0;
        readyMonths = 0;
        if (!TryReadLevels(profile, scratch.Have))
            return false;

        // The fit and the required gaps, in the role's order.
        var have = scratch.Have;
        var sum = default(SkillScoring.FitSum);
        var gaps = 0;
        foreach (var i in required)
        {
            var ratio = SkillScoring.Ratio(have[i], need[i]);
            sum.Add(importance[i], ratio);
            if (have[i] >= need[i])
                continue;
            var impact = SkillScoring.Impact(importance[i], ratio, requiredWeight);
            var months = SkillScoring.LearningMonthsFor(monthsPerLevelStep[i], category[i], Math.Max(need[i] - have[i], 0));
            scratch.StepKeys[gaps] = new SkillScoring.StepKey(true, impact, months, importance[i], skillId[i]);
            scratch.StepMonths[gaps] = months;
            gaps++;
        }
        fit = sum.Fit;

        // The plan's schedule: the required steps in the plan's order, each on the first track to come free.
        var stepMonths = scratch.StepMonths.AsSpan(0, gaps);
        scratch.StepKeys.AsSpan(0, gaps).Sort(stepMonths, SkillScoring.StepOrder);
        var free = scratch.Free;
        Array.Clear(free);
        var skillsMonths = 0.0;
        foreach (var months in stepMonths)
            skillsMonths = Math.Max(skillsMonths, SkillScoring.Schedule(free, months) + months);

        var history = profile.WorkHistory;
        double experienceMonths;
        if (typicalExperience is { } typical)
        {
            experienceMonths = ExperienceGap.ShortfallMonthsOf(history.FullTimeEquivalentYearsOn(Today), typical);
        }
        else
        {
            // The assessment measures experience even when the role gives no range, so a history that starts in the future is refused alike.
            history.ThrowIfAnyStartsAfter(Today);
            experienceMonths = 0;
        }

        readyMonths = CareerAssessor.ReadyMonths(skillsMonths, educationMonths[(int)profile.Education], experienceMonths);
        return true;
    }

    /// <summary>
    /// Reads the person's level of every requirement into <paramref name="have"/> (0 when not
    /// listed; a certification the top of the scale when held), checking what the assessor's
    /// <see cref="CareerAssessor.Validate(Profile)"/> checks on the way.
    /// </summary>
    private bool TryReadLevels(Profile profile, double[] have)
    {
        if (profile.CurrentRoleId is { } current && !catalog.TryGetRole(current, out _))
            return false;
        var employments = profile.WorkHistory.Employments;
        for (var e = 0; e < employments.Count; e++)
        {
            var employment = employments[e];
            if ((employment.Family is null || employment.Track is null) && !catalog.TryGetRole(employment.RoleId, out _))
                return false;
        }

        Array.Clear(have);
        foreach (var entry in profile.SkillSpan)
        {
            if (!scale.Contains(entry.Level))
                return false;
            if (requirementOf.TryGetValue(entry.SkillId, out var i))
            {
                if (isCertification[i])
                    return false;
                have[i] = entry.Level;
            }
            else if (!catalog.TryGetSkill(entry.SkillId, out var skill) || skill.Category == SkillCategory.Certification)
            {
                return false;
            }
        }

        foreach (var certification in profile.CertificationSpan)
        {
            if (requirementOf.TryGetValue(certification, out var i))
            {
                if (!isCertification[i])
                    return false;
                have[i] = heldCertificationLevel[i];
            }
            else if (!catalog.TryGetSkill(certification, out var skill) || skill.Category != SkillCategory.Certification)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One thread's working memory: the levels, the required gaps in the plan's order and the schedule's tracks.</summary>
    internal sealed class Scratch
    {
        public Scratch(int requirements, int required, int concurrentSkills)
        {
            Have = new double[requirements];
            StepKeys = new SkillScoring.StepKey[required];
            StepMonths = new double[required];
            Free = new double[concurrentSkills];
        }

        public double[] Have { get; }

        public SkillScoring.StepKey[] StepKeys { get; }

        public double[] StepMonths { get; }

        public double[] Free { get; }
    }
}
