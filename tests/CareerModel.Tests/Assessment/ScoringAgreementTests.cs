using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Assessment;

/// <summary>
/// The README's junior ("Skills gap and readiness") against <c>cs-specialist</c>, in both engines:
/// the gaps they list and the months they count, where the two once disagreed.
/// </summary>
public class ScoringAgreementTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 9, 0));

    private static readonly Profile Junior = new Profile("cs-junior-specialist")
        .WithSkills([new("active-listening", 3), new("empathy", 3), new("clear-communication", 3), new("problem-solving", 2), new("product-expertise", 2), new("crm-software", 2), new("troubleshooting", 1), new("knowledge-base-navigation", 2), new("email-management", 2), new("time-management", 2)])
        .WithEducation(EducationLevel.HighSchool)
        .WithWorkHistory(new WorkHistory([new Employment("cs-junior-specialist", new LocalDate(2025, 11, 25))]));

    private static LearningTimes EveryLevelStep(Period time, int concurrentSkills = 3)
    {
        var times = LearningTimes.Default.WithConcurrentSkills(concurrentSkills);
        foreach (var category in Enum.GetValues<SkillCategory>())
            times = times.WithPerLevelStep(category, time);
        return times;
    }

    private static float KernelMonths(LearningTimes times)
    {
        var recommender = Recommender.Create(BuiltInCatalogs.CustomerService, Clock, learningTimes: times);
        var fit = new float[recommender.Scorer.RoleCount];
        var months = new float[recommender.Scorer.RoleCount];
        recommender.Scorer.ScoreAll(recommender.Scorer.CreateSkillVector(Junior), fit, months);
        return months[Enumerable.Range(0, recommender.Scorer.RoleCount).Single(r => recommender.Scorer.RoleIdAt(r) == "cs-specialist")];
    }

    private static Period PlanTime(LearningTimes times) =>
        CareerAssessor.Create(BuiltInCatalogs.CustomerService, Clock, DateTimeZone.Utc, times).PlanDevelopment(Junior, "cs-specialist").RequiredTime;

    [Fact]
    public void The_juniors_top_five_gaps_for_a_specialist_are_the_same_in_the_assessment_and_the_recommendation()
    {
        var assessor = CareerAssessor.Create(BuiltInCatalogs.CustomerService, Clock, DateTimeZone.Utc);
        var recommender = Recommender.Create(BuiltInCatalogs.CustomerService, Clock);
        string[] agreed = ["de-escalation", "problem-solving", "product-expertise", "troubleshooting", "help-desk-ticketing"];

        var analysis = assessor.AnalyzeGaps(Junior, "cs-specialist");
        var path = recommender.RecommendPathsTo(Junior, "cs-specialist", new RecommendationOptions { MaxSteps = 1 }).Paths.Single();

        Assert.Equal(agreed, analysis.Gaps.Take(5).Select(g => g.SkillId));
        Assert.Equal(agreed, path.TopGaps.Select(g => g.SkillId));
        Assert.Equivalent(analysis.Gaps.Take(5).ToArray(), path.TopGaps.ToArray(), strict: true);
        // De-escalation is wholly missing (0 of 2, importance 3: 3 of the 23 the required skills
        // weigh); the next four each cost 1 of 23, in order of importance, then of id.
        Assert.Equal("de-escalation: have 0, need 2 (importance 3, required), impact 0.13", path.TopGaps[0].ToString());
        Assert.All(path.TopGaps.Skip(1), g => Assert.Equal(1 / 23.0, g.Impact, 12));
    }

    [Fact]
    public void Six_weeks_a_level_takes_longer_than_a_month_a_level_in_both_engines()
    {
        // Eight level steps short: at a month each, shared out over three skills at once, 8 / 3
        // months; at six weeks each, 8 × 42 days at 365.2425 / 12 days a month, over three.
        Assert.Equal(8 / 3.0, KernelMonths(EveryLevelStep(Period.FromMonths(1))), 5);
        Assert.Equal(8 * 42 / (365.2425 / 12) / 3, KernelMonths(EveryLevelStep(Period.FromWeeks(6))), 5);

        // The plan's schedule takes at least as long, and it too grows.
        Assert.Equal(Period.FromMonths(4), PlanTime(EveryLevelStep(Period.FromMonths(1))));
        Assert.Equal(Period.FromMonths(5) + Period.FromDays(16), PlanTime(EveryLevelStep(Period.FromWeeks(6))));
    }

    [Fact]
    public void One_skill_at_a_time_both_engines_count_the_same_months_for_six_weeks_a_level()
    {
        var times = EveryLevelStep(Period.FromWeeks(6), concurrentSkills: 1);

        // 48 weeks of learning, one level step after another: 11 months and 1.2 days.
        Assert.Equal(48 * 7 / (365.2425 / 12), KernelMonths(times), 5);
        Assert.Equal(Period.FromMonths(11) + Period.FromDays(2), PlanTime(times));
    }
}
