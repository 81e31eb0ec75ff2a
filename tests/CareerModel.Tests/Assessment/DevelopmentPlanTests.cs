using CareerModel.Assessment;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Assessment;

/// <summary>Which skills the junior of <see cref="Seed"/> should develop first, with the default learning times.</summary>
public class DevelopmentPlanTests
{
    [Fact]
    public void For_the_specialist_level_troubleshooting_comes_first_as_it_gains_most_fit_per_month()
    {
        // Fit gained per year of learning (Technical 3 months, Soft 6, Knowledge 4 a level):
        // troubleshooting (1/23) / 0.25 = 4/23; de-escalation (3/23) / 1 = 3/23; product expertise
        // (1/23) / (1/3) = 3/23 (the larger gain, de-escalation, goes first); CRM (2/69) / 0.25 = 8/69;
        // problem solving (1/23) / 0.5 = 2/23 = help desk (1/23) / 0.5 (the more important first).
        var plan = Seed.Assessor().PlanDevelopment(Seed.Junior, "cs-specialist");

        Assert.Equal(
            ["troubleshooting", "de-escalation", "product-expertise", "crm-software", "problem-solving", "help-desk-ticketing", "cs-certification", "feedback-analysis"],
            plan.Steps.Select(s => s.SkillId));
        var first = plan.Steps[0];
        Assert.Equal((1.0, 2.0, SkillCategory.Technical, Period.FromMonths(3)), (first.From, first.To, first.Category, first.LearningTime));
        Assert.Equal(4.0 / 23, first.Priority, 12);
        Assert.Equal(Period.FromYears(1), plan.Steps[1].LearningTime);
        Assert.Equal("troubleshooting 1 → 2: 3 months, starting at once (fit +0.043, required)", first.ToString());
    }

    [Fact]
    public void A_plan_for_the_role_a_person_already_fills_has_no_steps_and_says_so()
    {
        var certified = Seed.Junior.WithCertifications(["cs-certification"]);

        var plan = Seed.Assessor().PlanDevelopment(certified, "cs-junior-specialist");

        Assert.Empty(plan.Steps);
        Assert.Equal("plan for cs-junior-specialist: 0 required steps in 0 days, 0 preferred", plan.ToString());
    }

    [Fact]
    public void Three_skills_at_a_time_make_the_specialist_skills_a_years_work()
    {
        // Tracks: troubleshooting 0–3, CRM 3–6, help desk 6–12; de-escalation 0–12;
        // product expertise 0–4, problem solving 4–10.
        var plan = Seed.Assessor().PlanDevelopment(Seed.Junior, "cs-specialist");

        Assert.Equal(3, plan.ConcurrentSkills);
        Assert.Equal(Period.FromYears(1), plan.RequiredTime);
        var helpDesk = plan.Steps.Single(s => s.SkillId == "help-desk-ticketing");
        Assert.Equal((Period.FromMonths(6), Period.FromYears(1)), (helpDesk.StartsAfter, helpDesk.DoneAfter));
        Assert.Equal("crm-software 2 → 3: 3 months, starting after 3 months (fit +0.029, required)", plan.Steps[3].ToString());
        Assert.Equal("plan for cs-specialist: 6 required steps in 1 year, 2 preferred, first troubleshooting", plan.ToString());
    }

    [Fact]
    public void One_skill_at_a_time_adds_the_learning_times_up()
    {
        // 3 + 12 + 4 + 3 + 6 + 6 months.
        var plan = Seed.Assessor(LearningTimes.Default.WithConcurrentSkills(1)).PlanDevelopment(Seed.Junior, "cs-specialist");

        Assert.Equal(Period.FromYears(2) + Period.FromMonths(10), plan.RequiredTime);
    }

    [Fact]
    public void Faster_soft_skills_move_de_escalation_to_the_front()
    {
        var times = LearningTimes.Default.WithPerLevelStep(SkillCategory.Soft, Period.FromMonths(1));

        var plan = Seed.Assessor(times).PlanDevelopment(Seed.Junior, "cs-specialist");

        Assert.Equal("de-escalation", plan.Steps[0].SkillId);
        Assert.Equal(Period.FromMonths(2), plan.Steps[0].LearningTime);
    }

    [Fact]
    public void For_the_team_lead_level_team_metrics_come_first_and_the_skills_take_three_years()
    {
        // Team metrics (2/15) / 0.5 years; coaching and team leadership (3/15) / 1.5; mentoring
        // (2/15) / 1.5; conflict resolution (1/15) / 1; time management (1/45) / 0.5; problem solving
        // (1/30) / 1 and clear communication (1/60) / 0.5 tie (the larger gain first).
        // Tracks: metrics 0–6, mentoring 6–24, problem solving 24–36; coaching 0–18, conflict
        // resolution 18–30; team leadership 0–18, time management 18–24, clear communication 24–30.
        var plan = Seed.Assessor().PlanDevelopment(Seed.Junior, "cs-team-lead");

        Assert.Equal(
            ["team-metrics-analysis", "coaching-performance-management", "team-leadership", "mentoring", "conflict-resolution", "time-management", "problem-solving", "clear-communication", "process-optimisation"],
            plan.Steps.Select(s => s.SkillId));
        Assert.Equal(Period.FromYears(3), plan.RequiredTime);
        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6), plan.Steps[1].LearningTime);
    }

    [Fact]
    public void A_fractional_shortfall_takes_its_share_of_a_level_step()
    {
        var profile = Seed.Junior.WithSkill(new CareerModel.People.SkillLevel("troubleshooting", 1.5));

        var step = Seed.Assessor().PlanDevelopment(profile, "cs-specialist").Steps.Single(s => s.SkillId == "troubleshooting");

        // Half a level at 3 months a level: 1.5 months, that is 1 month and 16 days (0.5 × 30.44 days, rounded up).
        Assert.Equal(Period.FromMonths(1) + Period.FromDays(16), step.LearningTime);
    }
}
