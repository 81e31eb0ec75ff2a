using System.Collections.Frozen;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// The one scoring model of skills, shared by both engines: the fit rule, a gap's ratio and
/// impact, the order of gaps, and learning time in months. <see cref="CareerAssessor"/> calls it
/// for every analysis and plan; the recommender's compiled catalog is built from it (the kernel's
/// matrices are <see cref="KernelTerm"/>, its months per level <see cref="MonthsPerLevelStep"/>),
/// and a path's top gaps are chosen by <see cref="TopGaps"/>. Two copies of these rules once
/// drifted apart (the order of gaps, and weeks and days dropped from learning times); here there
/// is one.
/// </summary>
/// <remarks>
/// <para>
/// <b>Fit.</b> Over a role's required skills i with importance wᵢ, need nᵢ and level hᵢ:
/// rᵢ = 1 when hᵢ ≥ nᵢ (so a need of 0 is always met), else hᵢ / nᵢ kept below 1; the fit is
/// Σ wᵢ·rᵢ / Σ wᵢ, and 1 when the role requires no skill. A certification is held or not: it
/// counts as the top of the scale when held, else 0.
/// </para>
/// <para>
/// <b>Impact and order.</b> A gap's impact is the share of the fit it costs, wᵢ·(1 − rᵢ) / Σ w
/// (over the preferred skills for a preferred one), so the impacts of the required gaps add up to
/// 1 − fit and closing a gap raises the fit by exactly its impact. Gaps are ordered required
/// first, then by impact (largest first, compared to 12 decimals so that rounding noise cannot
/// split a true tie), then by importance (at the same cost to the fit, the one the role says
/// matters more), then by skill id. The recommender once ordered by importance × missing levels
/// instead; that measure is not the fit's, so a path's top gaps could disagree with the
/// assessment of the same role, and it ranks a level short of a high need (4 of 5) as high as a
/// skill wholly missing (0 of 1), which costs the fit five times as much.
/// </para>
/// <para>
/// <b>Months.</b> A period is <c>years × 12 + months + (weeks × 7 + days) / 30.436875</c> months
/// (<see cref="CalendarMath.DaysPerMonth"/>, the mean Gregorian month of 365.2425 / 12 days), so
/// 6 weeks is about 1.38 months, not 1 and not 0. A gap takes its missing levels × the months of
/// one level step of its category; a certification takes its category's time once, whatever
/// level is asked. <see cref="LearningTimes"/> keeps every step above zero, so a gap always takes
/// some time and "no gap" and "no time" are the same thing.
/// </para>
/// </remarks>
internal static class SkillScoring
{
    /// <summary>Digits impacts are compared to, so that rounding noise cannot split a true tie.</summary>
    private const int ImpactDigits = 12;

    /// <summary>The level a person holds of a skill as the model counts it: their level, or for a certification the top of the scale when held and 0 otherwise.</summary>
    public static double LevelOf(Skill skill, double level, bool holdsCertification, ProficiencyScale scale) =>
        skill.Category == SkillCategory.Certification ? (holdsCertification ? scale.Maximum : 0) : level;

    /// <summary>How far a requirement is met, in [0, 1]: exactly 1 when <c>have ≥ need</c> (a need of 0 is always met), otherwise <c>have / need</c> kept strictly below 1.</summary>
    public static double Ratio(double have, double need) =>
        have >= need ? 1 : Math.Min(have / need, Math.BitDecrement(1.0));

    /// <summary>
    /// The fit over a set of (importance, ratio) terms: Σ w·r / Σ w, 1 with no terms, and below 1
    /// whenever some ratio is (it never rounds up to 1 while a requirement is short).
    /// </summary>
    public static double Fit(IEnumerable<(double Weight, double Ratio)> terms, out double totalWeight)
    {
        var sum = default(FitSum);
        foreach (var (weight, ratio) in terms)
            sum.Add(weight, ratio);
        totalWeight = sum.TotalWeight;
        return sum.Fit;
    }

    /// <summary>
    /// The fit summed term by term, in the order the terms come (the assessment's order is the
    /// role's): what <see cref="Fit"/> does, for callers that hold their terms in arrays.
    /// </summary>
    public struct FitSum
    {
        private double weighted;
        private bool anyShort;

        /// <summary>Gets the total importance of the terms added.</summary>
        public double TotalWeight { readonly get; private set; }

        /// <summary>Gets the fit: Σ w·r / Σ w, 1 with no terms, below 1 whenever some ratio is.</summary>
        public readonly double Fit
        {
            get
            {
                if (TotalWeight == 0)
                    return 1;
                var score = Math.Clamp(weighted / TotalWeight, 0, 1);
                return anyShort ? Math.Min(score, Math.BitDecrement(1.0)) : score;
            }
        }

        /// <summary>Adds one requirement's importance and ratio.</summary>
        public void Add(double weight, double ratio)
        {
            TotalWeight += weight;
            weighted += weight * ratio;
            anyShort |= ratio < 1;
        }
    }

    /// <summary>The share of the fit a gap costs: <c>importance × (1 − ratio) / totalWeight</c>, the total being that of the role's required skills (or of its preferred ones, for a preferred skill).</summary>
    public static double Impact(double importance, double ratio, double totalWeight) =>
        importance * (1 - ratio) / totalWeight;

    /// <summary>The order of gaps (see the remarks): negative when the first comes first.</summary>
    public static int CompareGaps(bool aRequired, double aImpact, double aImportance, string aSkillId, bool bRequired, double bImpact, double bImportance, string bSkillId)
    {
        if (aRequired != bRequired)
            return aRequired ? -1 : 1;
        var byImpact = Math.Round(bImpact, ImpactDigits).CompareTo(Math.Round(aImpact, ImpactDigits));
        if (byImpact != 0)
            return byImpact;
        var byImportance = bImportance.CompareTo(aImportance);
        return byImportance != 0 ? byImportance : string.CompareOrdinal(aSkillId, bSkillId);
    }

    /// <summary>The order of gaps (see <see cref="CompareGaps"/>) over <see cref="SkillGap"/>s.</summary>
    public static IComparer<SkillGap> GapOrder { get; } = Comparer<SkillGap>.Create((a, b) =>
        CompareGaps(a.IsRequired, a.Impact, a.Importance, a.SkillId, b.IsRequired, b.Impact, b.Importance, b.SkillId));

    /// <summary>A period in fractional months, weeks and days included (see the remarks).</summary>
    public static double MonthsOf(Period period) => CalendarMath.MonthsOf(period);

    /// <summary>The months one level step of a category takes (for a certification: earning it).</summary>
    public static double MonthsPerLevelStep(LearningTimes times, SkillCategory category) => MonthsOf(times.PerLevelStep(category));

    /// <summary>The months a gap takes to close: its missing levels × the months per level step; a certification its category's time once.</summary>
    public static double LearningMonths(LearningTimes times, SkillCategory category, double shortfall) =>
        LearningMonthsFor(MonthsPerLevelStep(times, category), category, shortfall);

    /// <summary>The same, given the category's <see cref="MonthsPerLevelStep"/> worked out beforehand.</summary>
    public static double LearningMonthsFor(double monthsPerLevelStep, SkillCategory category, double shortfall) =>
        category == SkillCategory.Certification ? monthsPerLevelStep : shortfall * monthsPerLevelStep;

    /// <summary>
    /// What orders a development plan's steps (<see cref="Compare"/>): required first, then by
    /// priority (impact per year of learning), then by impact (both largest first, compared to 12
    /// decimals), then by importance, then by skill id. Made once per step, so sorting compares
    /// numbers already rounded.
    /// </summary>
    public readonly struct StepKey
    {
        private readonly bool required;
        private readonly double priority;
        private readonly double impact;
        private readonly double importance;
        private readonly string skillId;

        /// <summary>The key of a step that closes a gap of <paramref name="impact"/> in <paramref name="months"/>.</summary>
        public StepKey(bool required, double impact, double months, double importance, string skillId)
        {
            this.required = required;
            priority = Math.Round(impact / (months / 12), ImpactDigits);
            this.impact = Math.Round(impact, ImpactDigits);
            this.importance = importance;
            this.skillId = skillId;
        }

        /// <summary>The order of steps: negative when <paramref name="a"/> comes first.</summary>
        public static int Compare(in StepKey a, in StepKey b)
        {
            if (a.required != b.required)
                return a.required ? -1 : 1;
            var byPriority = b.priority.CompareTo(a.priority);
            if (byPriority != 0)
                return byPriority;
            var byImpact = b.impact.CompareTo(a.impact);
            if (byImpact != 0)
                return byImpact;
            var byImportance = b.importance.CompareTo(a.importance);
            return byImportance != 0 ? byImportance : string.CompareOrdinal(a.skillId, b.skillId);
        }
    }

    /// <summary><see cref="StepKey.Compare"/> as a comparer, for sorting keys with their steps (one instance: a struct would be boxed on every sort).</summary>
    public static IComparer<StepKey> StepOrder { get; } = Comparer<StepKey>.Create(static (a, b) => StepKey.Compare(a, b));

    /// <summary>
    /// List scheduling, one step at a time: a step of <paramref name="months"/> starts on the first
    /// of the concurrent tracks to come free (the lowest-numbered among equals). Returns its start;
    /// <paramref name="free"/>, the month each track comes free, is updated.
    /// </summary>
    public static double Schedule(Span<double> free, double months)
    {
        var track = 0;
        for (var i = 1; i < free.Length; i++)
        {
            if (free[i] < free[track])
                track = i;
        }
        var start = free[track];
        free[track] = start + months;
        return start;
    }

    /// <summary>
    /// The same learning time as a period: a certification's time as given (weeks carried into
    /// days); otherwise whole years and months from <see cref="LearningMonths"/>, the fraction as
    /// days rounded up.
    /// </summary>
    public static Period LearningTime(LearningTimes times, SkillCategory category, double shortfall) =>
        category == SkillCategory.Certification
            ? CalendarMath.Normalize(times.PerLevelStep(category))
            : CalendarMath.PeriodOfMonths(LearningMonths(times, category, shortfall));

    /// <summary>
    /// A person's level of a skill in the kernel's single-precision vector: the level, or for a
    /// certification 1 when held and 0 otherwise. A certification is compiled on a scale of one
    /// step (see <see cref="KernelTerm"/>), so that the kernel's missing levels × months per level
    /// is its time once, as <see cref="LearningMonths"/> has it, and exact in single precision.
    /// </summary>
    public static float KernelLevel(Skill skill, double level, bool holdsCertification) =>
        skill.Category == SkillCategory.Certification ? (holdsCertification ? 1f : 0f) : (float)level;

    /// <summary>The level <see cref="LevelOf"/> gives, read back from a kernel vector's entry (<see cref="KernelLevel"/>).</summary>
    public static double LevelOfKernel(Skill skill, float value, ProficiencyScale scale) =>
        skill.Category == SkillCategory.Certification ? (value > 0 ? scale.Maximum : 0) : value;

    /// <summary>
    /// One required skill in the kernel's form of the fit, <c>fit = constant + Σ min(h, n) · v</c>
    /// with <c>v = share / n</c> (the share being the importance over the role's total required
    /// importance), which is Σ w·min(h / n, 1) / Σ w. Returns <see langword="false"/> when the need
    /// is met at level 0, so the share belongs in the constant. A certification is compiled at
    /// need 1 against <see cref="KernelLevel"/>'s 0 or 1: the same ratio (held or not) for any need
    /// it asks, and its time once.
    /// </summary>
    public static bool KernelTerm(Skill skill, double need, double share, out float kernelNeed, out float weightOverNeed)
    {
        if (need <= 0)
        {
            kernelNeed = 0;
            weightOverNeed = 0;
            return false;
        }
        var compiled = skill.Category == SkillCategory.Certification ? 1 : need;
        kernelNeed = (float)compiled;
        weightOverNeed = (float)(share / compiled);
        return true;
    }

    /// <summary>
    /// A role's first <paramref name="count"/> gaps in the order of <see cref="CompareGaps"/>, for
    /// levels in a kernel vector (<see cref="KernelLevel"/>, indexed by <paramref name="skillIndex"/>).
    /// Chosen by insertion into a short list, so only the gaps returned are made, however many
    /// requirements the role has (O*NET roles have dozens). The gaps carry no
    /// <see cref="SkillGap.LastUsed"/>: a vector holds levels only.
    /// </summary>
    public static SkillGap[] TopGaps(CareerCatalog catalog, Role role, ReadOnlySpan<float> levels, FrozenDictionary<string, int> skillIndex, int count)
    {
        var requirements = role.Requirements;
        var requiredWeight = 0.0;
        var preferredWeight = 0.0;
        // Summed in the role's order, as the assessment sums them, so impacts agree to the bit.
        for (var i = 0; i < requirements.Count; i++)
        {
            if (requirements[i].IsRequired)
                requiredWeight += requirements[i].Importance;
            else
                preferredWeight += requirements[i].Importance;
        }

        var scale = catalog.ProficiencyScale;
        Span<int> top = count <= 16 ? stackalloc int[count] : new int[count];
        Span<double> topImpact = count <= 16 ? stackalloc double[count] : new double[count];
        Span<double> topHave = count <= 16 ? stackalloc double[count] : new double[count];
        var filled = 0;
        for (var i = 0; i < requirements.Count; i++)
        {
            var q = requirements[i];
            var have = LevelOfKernel(catalog.GetSkill(q.SkillId), levels[skillIndex[q.SkillId]], scale);
            if (have >= q.MinimumLevel)
                continue;
            var impact = Impact(q.Importance, Ratio(have, q.MinimumLevel), q.IsRequired ? requiredWeight : preferredWeight);
            var at = filled;
            while (at > 0 && CompareGaps(q.IsRequired, impact, q.Importance, q.SkillId,
                       requirements[top[at - 1]].IsRequired, topImpact[at - 1], requirements[top[at - 1]].Importance, requirements[top[at - 1]].SkillId) < 0)
                at--;
            if (at == count)
                continue;
            filled = Math.Min(filled + 1, count);
            for (var j = filled - 1; j > at; j--)
            {
                top[j] = top[j - 1];
                topImpact[j] = topImpact[j - 1];
                topHave[j] = topHave[j - 1];
            }
            top[at] = i;
            topImpact[at] = impact;
            topHave[at] = have;
        }

        var gaps = new SkillGap[filled];
        for (var g = 0; g < filled; g++)
        {
            var q = requirements[top[g]];
            gaps[g] = new SkillGap(catalog.GetSkill(q.SkillId), q, topHave[g], Ratio(topHave[g], q.MinimumLevel), topImpact[g], lastUsed: null);
        }
        return gaps;
    }
}
