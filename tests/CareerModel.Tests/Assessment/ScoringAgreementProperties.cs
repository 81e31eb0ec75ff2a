using CareerModel.Assessment;
using CareerModel.Recommendation;
using CareerModel.Skills;
using CareerModel.Tests.Recommendation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Assessment;

/// <summary>
/// The assessor and the recommender score with one model, so they agree — for random catalogs
/// (<see cref="WideWorld"/>: up to 70 skills, some certifications, some preferred requirements),
/// random people and random learning times in months, weeks and days — on each role's fit, the
/// months its required gaps take and the order of its gaps.
/// </summary>
/// <remarks>
/// Tolerances: the kernel sums in single precision, so fits agree to 1e-5. Months are compared
/// as the recommender counts them, in whole months rounded up (a path's <c>TotalTime</c>), against
/// the same rounding of the least time the assessment's plan can take: equal, except that where the
/// exact value lies within 1e-4 months (about four minutes) of a whole month, single precision
/// may round it to the next (such cases are counted, and are all but unknown). The months
/// themselves agree to a relative 1e-5. Levels are in half steps, which single precision holds
/// exactly, so the order of gaps and every gap's figures must be equal to the bit.
/// </remarks>
[Properties(Arbitrary = [typeof(ScoringAgreementArbitraries)], MaxTest = 200)]
public class ScoringAgreementProperties
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    /// <summary>The rounding of <c>RequestScorer.StepMonths</c>: whole months up, with a millionth of slack for noise.</summary>
    private static int WholeMonths(double months) => (int)Math.Ceiling(Math.Max(0, months) - 1e-6);

    /// <summary>
    /// Whether the recommender's whole months are the same rounding of the assessment's months;
    /// off by one only where those lie within 1e-4 of a whole month (then noted in <paramref name="borderline"/>).
    /// </summary>
    private static bool SameWholeMonths(int recommended, double assessed, ref bool borderline)
    {
        if (recommended == WholeMonths(assessed))
            return true;
        var near = Math.Abs(assessed - 1e-6 - Math.Round(assessed - 1e-6)) < 1e-4 && Math.Abs(recommended - WholeMonths(assessed)) == 1;
        borderline |= near;
        return near;
    }

    [Property]
    public Property The_assessor_and_the_recommender_agree_on_fit_months_and_gap_order(AgreementCase c)
    {
        var catalog = c.World.Catalog;
        var profile = c.World.Profile;
        var assessor = CareerAssessor.Create(catalog, Clock, DateTimeZone.Utc, c.Times);
        var recommender = Recommender.Create(catalog, Clock, learningTimes: c.Times);
        var fit = new float[recommender.Scorer.RoleCount];
        var months = new float[recommender.Scorer.RoleCount];
        recommender.Scorer.ScoreAll(recommender.Scorer.CreateSkillVector(profile), fit, months);
        // One lateral move from the first role to every other, no typical time, no experience
        // asked: each path's time is its target's learning alone.
        var paths = recommender.Recommend(profile, new RecommendationOptions { Count = catalog.Roles.Count, MaxSteps = 1, Horizon = Period.FromYears(100) })
            .Paths.ToDictionary(p => p.Final.Target.Id, StringComparer.Ordinal);

        var wrong = new List<string>();
        var borderline = false;
        for (var r = 0; r < recommender.Scorer.RoleCount; r++)
        {
            var id = recommender.Scorer.RoleIdAt(r);
            var analysis = assessor.AnalyzeGaps(profile, id);
            var plan = assessor.PlanDevelopment(profile, id);

            if (Math.Abs(fit[r] - analysis.Fit) > 1e-5)
                wrong.Add($"{id}: kernel fit {fit[r]:R}, assessor {analysis.Fit:R}");

            // The least time the plan's schedule can take: the longest required step, or all of them shared out.
            var steps = plan.Steps.Where(s => s.IsRequired).Select(s => s.LearningMonths).ToList();
            var least = steps.Count == 0 ? 0 : Math.Max(steps.Max(), steps.Sum() / c.Times.ConcurrentSkills);
            if (Math.Abs(months[r] - least) > 1e-5 * Math.Max(1, least))
                wrong.Add($"{id}: kernel months {months[r]:R}, plan's least {least:R}");
            if (months[r] > plan.RequiredMonths + (1e-5 * Math.Max(1, least)))
                wrong.Add($"{id}: kernel months {months[r]:R} above the plan's {plan.RequiredMonths:R}");

            if (!paths.TryGetValue(id, out var path))
            {
                if (r != 0)
                    wrong.Add($"{id}: no path");
                continue;
            }
            if (Math.Abs(path.Final.Fit - analysis.Fit) > 1e-5 || (path.Final.Fit == 1) != (analysis.Fit == 1))
                wrong.Add($"{id}: path fit {path.Final.Fit:R}, assessor {analysis.Fit:R}");

            var pathMonths = (path.TotalTime.Years * 12) + path.TotalTime.Months;
            if (!SameWholeMonths(pathMonths, least, ref borderline))
                wrong.Add($"{id}: path {pathMonths} months, plan's least {least:R} ({WholeMonths(least)} months)");
            // Developing one skill at a time, the plan's own schedule is that least time.
            if (c.Times.ConcurrentSkills == 1 && !SameWholeMonths(pathMonths, plan.RequiredMonths, ref borderline))
                wrong.Add($"{id}: path {pathMonths} months, one skill at a time the plan takes {plan.RequiredMonths:R}");

            var expected = analysis.Gaps.Take(5).ToList();
            if (!Structurally.Same(expected.ToArray(), path.TopGaps.ToArray()))
                wrong.Add($"{id}: path's gaps [{string.Join("; ", path.TopGaps)}], assessor's [{string.Join("; ", expected)}]");
        }
        return (wrong.Count == 0).Label(string.Join("\n", wrong))
            .Classify(borderline, "rounded across a whole month within 1e-4")
            .Classify(c.Times.ConcurrentSkills == 1, "one skill at a time")
            .Classify(Enum.GetValues<SkillCategory>().Any(k => c.Times.PerLevelStep(k).Weeks + c.Times.PerLevelStep(k).Days > 0), "weeks or days");
    }
}

/// <summary>A <see cref="WideWorld"/> (catalog and person) and the learning times both engines use.</summary>
public sealed class AgreementCase(WideWorld world, LearningTimes times)
{
    public WideWorld World { get; } = world;

    public LearningTimes Times { get; } = times;

    public override string ToString() => $"{World}; {Times}";
}

public static class ScoringAgreementArbitraries
{
    /// <summary>A learning time per level step: whole months, weeks, days, or a mix; never zero.</summary>
    private static readonly Gen<Period> StepGen =
        from months in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, 12)))
        from weeks in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, 10)))
        from days in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(0, 30)))
        select months + weeks + days == 0
            ? Period.FromWeeks(6)
            : Period.FromMonths(months) + Period.FromWeeks(weeks) + Period.FromDays(days);

    /// <summary>A learning time per level step in whole months, as the defaults are.</summary>
    private static readonly Gen<Period> WholeMonthsGen = Gen.Choose(1, 12).Select(Period.FromMonths);

    /// <summary>A case in four with every time in whole months, the others with weeks and days too.</summary>
    public static Arbitrary<AgreementCase> AgreementCase() => Arb.From(
        from world in ScoreAllArbitraries.WideWorld().Generator
        from wholeMonths in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        from steps in Gen.ArrayOf(wholeMonths ? WholeMonthsGen : StepGen, Enum.GetValues<SkillCategory>().Length)
        from concurrent in Gen.Choose(1, 4)
        select new AgreementCase(world, Times(steps, concurrent)));

    private static LearningTimes Times(Period[] steps, int concurrent)
    {
        var times = LearningTimes.Default.WithConcurrentSkills(concurrent);
        foreach (var category in Enum.GetValues<SkillCategory>())
            times = times.WithPerLevelStep(category, steps[(int)category]);
        return times;
    }
}
