using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// Assesses people against the roles of a catalog: skills gap analysis, development plans and
/// career readiness. Safe to share between threads; it holds no state besides its settings.
/// </summary>
/// <remarks>
/// <para>
/// Time comes from the injected <see cref="IClock"/>, read in the given time zone: "today" is the
/// clock's current calendar day there. Experience counts up to today, and ready dates count from
/// it. Tests pass a <c>NodaTime.Testing.FakeClock</c>; applications pass
/// <c>SystemClock.Instance</c>.
/// </para>
/// <para>
/// Every profile is checked against the catalog first (<see cref="Validate"/>), so an unknown id or
/// an off-scale level is reported as such, with every offender listed, rather than skewing a fit.
/// </para>
/// </remarks>
public sealed partial class CareerAssessor
{
    private readonly IClock clock;

    private CareerAssessor(CareerCatalog catalog, IClock clock, DateTimeZone zone, LearningTimes learningTimes)
    {
        Catalog = catalog;
        this.clock = clock;
        Zone = zone;
        LearningTimes = learningTimes;
    }

    /// <summary>Creates an assessor over a catalog, built as <see cref="Recommendation.Recommender.Create"/> builds a recommender.</summary>
    /// <param name="catalog">The catalog whose roles, skills and scale assessments use.</param>
    /// <param name="clock">The clock that says what day it is.</param>
    /// <param name="zone">The time zone whose calendar day is "today". The default is UTC.</param>
    /// <param name="learningTimes">How long development takes. The default is <see cref="LearningTimes.Default"/>.</param>
    /// <returns>The assessor; safe to share between threads.</returns>
    /// <exception cref="ArgumentNullException">The catalog or clock is null.</exception>
    public static CareerAssessor Create(CareerCatalog catalog, IClock clock, DateTimeZone? zone = null, LearningTimes? learningTimes = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(clock);
        return new CareerAssessor(catalog, clock, zone ?? DateTimeZone.Utc, learningTimes ?? LearningTimes.Default);
    }

    /// <summary>Gets the catalog assessments use.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>Gets the time zone whose calendar day is "today".</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets how long development takes.</summary>
    public LearningTimes LearningTimes { get; }

    /// <summary>
    /// Checks a profile against the catalog: its current role and the roles of its work history
    /// exist (a period in a role outside the catalog must give the role's family and track), its
    /// skills and certifications exist, certifications are certification skills and skills are
    /// not, and every level lies on the catalog's proficiency scale.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <exception cref="UnknownRoleException">A role id is not in the catalog; lists every one.</exception>
    /// <exception cref="UnknownSkillException">A skill or certification id is not in the catalog; lists every one.</exception>
    /// <exception cref="ArgumentException">A certification is not a certification skill, or a certification skill is given a level.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A level is above the scale's maximum; lists every one.</exception>
    public void Validate(Profile profile) => ValidateProfile(profile, null);

    /// <summary>
    /// <see cref="Validate(Profile)"/> for one of many people: with <paramref name="index"/>, each
    /// message says which profile of the sequence it is about (<see cref="ProfileAt"/>).
    /// </summary>
    internal void ValidateProfile(Profile profile, long? index)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var located = index is { } at ? $" This is {ProfileAt(at)}." : "";
        var paramName = index is null ? nameof(profile) : "people";
        var unknownRoles = profile.WorkHistory.Employments
            .Where(e => (e.Family is null || e.Track is null) && !Catalog.TryGetRole(e.RoleId, out _))
            .Select(e => e.RoleId)
            .ToList();
        if (profile.CurrentRoleId is { } current && !Catalog.TryGetRole(current, out _))
            unknownRoles.Add(current);
        if (unknownRoles.Count > 0)
            throw UnknownRoleException.InProfile(unknownRoles, located);

        var unknownSkills = profile.Skills.Select(s => s.SkillId).Concat(profile.Certifications)
            .Where(id => !Catalog.TryGetSkill(id, out _))
            .ToArray();
        if (unknownSkills.Length > 0)
            throw UnknownSkillException.InProfile(unknownSkills, located);

        var notCertifications = profile.Certifications.Where(id => Catalog.GetSkill(id).Category != SkillCategory.Certification).ToArray();
        if (notCertifications.Length > 0)
        {
            throw new ArgumentException(
                $"Profile certifications must be certification skills, but {Quote(notCertifications)} {(notCertifications.Length == 1 ? "is" : "are")} not; give {(notCertifications.Length == 1 ? "it" : "them")} a level among the skills instead.{located}",
                paramName);
        }
        var certificationLevels = profile.Skills.Where(s => Catalog.GetSkill(s.SkillId).Category == SkillCategory.Certification).Select(s => s.SkillId).ToArray();
        if (certificationLevels.Length > 0)
        {
            throw new ArgumentException(
                $"Profile skills must not include certifications, but {Quote(certificationLevels)} {(certificationLevels.Length == 1 ? "is one" : "are")}; list {(certificationLevels.Length == 1 ? "it" : "them")} among the certifications held instead.{located}",
                paramName);
        }

        var offScale = profile.Skills.Where(s => !Catalog.ProficiencyScale.Contains(s.Level)).ToArray();
        if (offScale.Length > 0)
            throw index is { } person
                ? SkillLevelOutOfScaleException.InProfileAt(offScale, Catalog.ProficiencyScale, ProfileAt(person), paramName)
                : new SkillLevelOutOfScaleException(offScale, Catalog.ProficiencyScale);
    }

    /// <summary>Analyses a person's gaps to a role: every skill requirement, education and experience, with the fit (see <see cref="GapAnalysis"/>).</summary>
    /// <param name="profile">The person.</param>
    /// <param name="roleId">The id of the role.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="UnknownRoleException">The role, or a role the profile names, is not in the catalog.</exception>
    /// <exception cref="UnknownSkillException">The profile names a skill the catalog does not hold.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">The profile gives a level off the catalog's scale.</exception>
    /// <exception cref="ArgumentException">The profile's certifications and skills are mixed up (see <see cref="Validate"/>).</exception>
    /// <exception cref="FutureEmploymentException">A period of the work history starts after today.</exception>
    public GapAnalysis AnalyzeGaps(Profile profile, string roleId)
    {
        var (role, today) = Prepare(profile, roleId);
        return Analyze(profile, role, today);
    }

    /// <summary>Plans which skills to develop first for a role, and when (see <see cref="DevelopmentPlan"/>).</summary>
    /// <param name="profile">The person.</param>
    /// <param name="roleId">The id of the role.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="UnknownRoleException">The role, or a role the profile names, is not in the catalog.</exception>
    /// <exception cref="UnknownSkillException">The profile names a skill the catalog does not hold.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">The profile gives a level off the catalog's scale.</exception>
    /// <exception cref="ArgumentException">The profile's certifications and skills are mixed up (see <see cref="Validate"/>).</exception>
    /// <exception cref="FutureEmploymentException">A period of the work history starts after today.</exception>
    public DevelopmentPlan PlanDevelopment(Profile profile, string roleId)
    {
        var (role, today) = Prepare(profile, roleId);
        return Plan(Analyze(profile, role, today));
    }

    /// <summary>Assesses how ready a person is for a role, when they could be ready, and what to do (see <see cref="Readiness"/>).</summary>
    /// <param name="profile">The person.</param>
    /// <param name="roleId">The id of the role.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="UnknownRoleException">The role, or a role the profile names, is not in the catalog.</exception>
    /// <exception cref="UnknownSkillException">The profile names a skill the catalog does not hold.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">The profile gives a level off the catalog's scale.</exception>
    /// <exception cref="ArgumentException">The profile's certifications and skills are mixed up (see <see cref="Validate"/>).</exception>
    /// <exception cref="FutureEmploymentException">A period of the work history starts after today.</exception>
    /// <exception cref="OverflowException">The readiness date lies past the calendar's last day, 9999-12-31 (thousands of years of learning).</exception>
    public Readiness AssessReadiness(Profile profile, string roleId)
    {
        var (role, today) = Prepare(profile, roleId);
        return AssessReadinessOn(profile, role, today);
    }

    /// <summary>Describes the assessor, such as <c>CareerAssessor over CareerCatalog: 24 roles, … in UTC</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"CareerAssessor over {Catalog} in {Zone.Id}";

    private static string Quote(IEnumerable<string> ids) => string.Join(", ", ids.Select(id => $"'{id}'"));

    private (Role Role, LocalDate Today) Prepare(Profile profile, string roleId)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(roleId);
        if (!Catalog.TryGetRole(roleId, out var role))
            throw new UnknownRoleException([roleId]);
        Validate(profile);
        return (role, clock.GetCurrentInstant().InZone(Zone).Date);
    }

    /// <summary>The readiness of a profile already validated, for a role of the catalog, on a given day.</summary>
    internal Readiness AssessReadinessOn(Profile profile, Role role, LocalDate today)
    {
        var gaps = Analyze(profile, role, today);
        var plan = Plan(gaps);

        var educationTime = gaps.Education is { IsMinimumMet: false } education
            ? LearningTimes.ForEducation(education.Have, education.Minimum)
            : Period.Zero;
        var experienceMonths = gaps.Experience?.ShortfallMonths ?? 0;
        var readyMonths = ReadyMonths(plan.RequiredMonths, SkillScoring.MonthsOf(educationTime), experienceMonths);
        var readyDate = CalendarMath.PlusMonths(today, readyMonths, $"Readiness for role '{role.Id}'");

        return new Readiness(gaps, plan, educationTime, CalendarMath.PeriodOfMonths(experienceMonths), readyDate, Actions(role, gaps, plan, educationTime).AsReadOnly());
    }

    /// <summary>The months to be ready: the longest of the skills plan, education to the minimum and experience to the minimum, which run side by side.</summary>
    internal static double ReadyMonths(double skillsMonths, double educationMonths, double experienceMonths) =>
        Math.Max(skillsMonths, Math.Max(educationMonths, experienceMonths));

    /// <summary>Names one profile of a sequence in messages: <c>the profile at index 17 of the people ranked</c> (counted from 0).</summary>
    internal static string ProfileAt(long index) => FormattableString.Invariant($"the profile at index {index} of the people ranked");

    private GapAnalysis Analyze(Profile profile, Role role, LocalDate today)
    {
        var scale = Catalog.ProficiencyScale;
        var rows = role.Requirements.Select(requirement =>
        {
            var skill = Catalog.GetSkill(requirement.SkillId);
            var entry = profile.FindSkill(skill.Id);
            var have = SkillScoring.LevelOf(skill, entry?.Level ?? 0, profile.HasCertification(skill.Id), scale);
            return (Skill: skill, Requirement: requirement, Have: have, Ratio: SkillScoring.Ratio(have, requirement.MinimumLevel), entry?.LastUsed);
        }).ToArray();

        var fit = SkillScoring.Fit(rows.Where(r => r.Requirement.IsRequired).Select(r => (r.Requirement.Importance, r.Ratio)), out var requiredWeight);
        var preferredFit = SkillScoring.Fit(rows.Where(r => !r.Requirement.IsRequired).Select(r => (r.Requirement.Importance, r.Ratio)), out var preferredWeight);

        var gaps = rows
            .Select(r => new SkillGap(
                r.Skill,
                r.Requirement,
                r.Have,
                r.Ratio,
                SkillScoring.Impact(r.Requirement.Importance, r.Ratio, r.Requirement.IsRequired ? requiredWeight : preferredWeight),
                r.LastUsed))
            .Order(SkillScoring.GapOrder)
            .ToArray();

        var education = role.Education is { } asked ? new EducationGap(profile.Education, asked) : null;
        // Measured even when the role gives no range, so a history that starts in the future is always reported.
        var experienceYears = profile.WorkHistory.ExperienceOn(today, Catalog).Total.FullTimeEquivalentYears;
        var experience = role.TypicalExperience is { } typical ? new ExperienceGap(experienceYears, typical) : null;
        return new GapAnalysis(role.Id, today, fit, preferredFit, Array.AsReadOnly(gaps), education, experience);
    }

    private DevelopmentPlan Plan(GapAnalysis gaps)
    {
        var ordered = gaps.Gaps.Select(g => (Gap: g, Months: LearningMonths(g))).ToArray();
        var keys = Array.ConvertAll(ordered, x => new SkillScoring.StepKey(x.Gap.IsRequired, x.Gap.Impact, x.Months, x.Gap.Importance, x.Gap.SkillId));
        keys.AsSpan().Sort(ordered.AsSpan(), SkillScoring.StepOrder);

        // List scheduling: each step, in order, starts on the first of the concurrent tracks to come free.
        var free = new double[LearningTimes.ConcurrentSkills];
        var steps = new List<DevelopmentStep>(ordered.Length);
        foreach (var (gap, months) in ordered)
            steps.Add(new DevelopmentStep(gap, LearningTime(gap), months, SkillScoring.Schedule(free, months)));
        return new DevelopmentPlan(gaps.RoleId, LearningTimes.ConcurrentSkills, steps.AsReadOnly());
    }

    private double LearningMonths(SkillGap gap) => SkillScoring.LearningMonths(LearningTimes, gap.Category, gap.Shortfall);

    private Period LearningTime(SkillGap gap) => SkillScoring.LearningTime(LearningTimes, gap.Category, gap.Shortfall);

    private List<ReadinessAction> Actions(Role role, GapAnalysis gaps, DevelopmentPlan plan, Period educationTime)
    {
        var scale = Catalog.ProficiencyScale;
        ReadinessAction Skill(DevelopmentStep step) =>
            step.Category == SkillCategory.Certification
                ? new(ReadinessActionKind.EarnCertification, step.SkillId, $"Earn {step.SkillName}", step.LearningTime, step.IsRequired)
                : new(
                    ReadinessActionKind.DevelopSkill,
                    step.SkillId,
                    $"Develop {step.SkillName} from {Check.Format(step.From)} ({scale.Describe(step.From)}) to {Check.Format(step.To)} ({scale.Describe(step.To)})",
                    step.LearningTime,
                    step.IsRequired);

        var actions = plan.Steps.Where(s => s.IsRequired).Select(Skill).ToList();
        if (gaps.Education is { IsMinimumMet: false } minimum)
        {
            actions.Add(new(
                ReadinessActionKind.CompleteEducation,
                minimum.Minimum.ToString(),
                $"Complete {minimum.Minimum} education (now {minimum.Have})",
                educationTime,
                isRequired: true));
        }
        if (gaps.Experience is { IsMet: false } experience)
        {
            actions.Add(new(
                ReadinessActionKind.GainExperience,
                null,
                $"Gain {CalendarMath.Describe(experience.Shortfall)} more experience (now {CalendarMath.Years(experience.HaveYears)}; {role.Title} typically has {experience.Typical})",
                experience.Shortfall,
                isRequired: true));
        }
        actions.AddRange(plan.Steps.Where(s => !s.IsRequired).Select(Skill));
        if (gaps.Education is { IsPreferredMet: false, Preferred: { } preferred } wanted)
        {
            var from = wanted.IsMinimumMet ? wanted.Have : wanted.Minimum;
            actions.Add(new(
                ReadinessActionKind.CompleteEducation,
                preferred.ToString(),
                $"Complete {preferred} education (now {wanted.Have}; preferred, not required)",
                LearningTimes.ForEducation(from, preferred),
                isRequired: false));
        }
        return actions;
    }
}
