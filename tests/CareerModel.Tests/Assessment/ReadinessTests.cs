using CareerModel.Assessment;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Assessment;

/// <summary>How ready the junior of <see cref="Seed"/> is for the next levels, on 2026-11-25.</summary>
public class ReadinessTests
{
    [Fact]
    public void A_junior_could_be_a_specialist_in_a_year_once_the_skills_are_developed()
    {
        var readiness = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-specialist");

        Assert.False(readiness.IsReady);
        Assert.Equal(2.0 / 3, readiness.Fit, 12);
        Assert.Equal(1.0, readiness.ExperienceRatio);
        Assert.Equal(5.0 / 6, readiness.Score, 12);
        Assert.Equal(Period.FromYears(1), readiness.SkillsTime);
        Assert.Equal(Period.Zero, readiness.ExperienceTime);
        Assert.Equal(Period.Zero, readiness.EducationTime);
        Assert.Equal(Period.FromYears(1), readiness.TimeToReady);
        Assert.Equal(new LocalDate(2027, 11, 25), readiness.ReadyDate);
        Assert.Equal("cs-specialist: score 0.833 (fit 0.667, experience 1), ready on 2027-11-25, in 1 year", readiness.ToString());
    }

    [Fact]
    public void The_specialist_actions_are_the_skills_in_plan_order_then_the_optional_certification_skill_and_degree()
    {
        var actions = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-specialist").Actions;

        Assert.Equal(
            [
                "Develop Troubleshooting from 1 (Novice) to 2 (Advanced beginner) (3 months)",
                "Develop De-escalation from 0 (None) to 2 (Advanced beginner) (1 year)",
                "Develop Product expertise from 2 (Advanced beginner) to 3 (Competent) (4 months)",
                "Develop CRM software from 2 (Advanced beginner) to 3 (Competent) (3 months)",
                "Develop Problem solving from 2 (Advanced beginner) to 3 (Competent) (6 months)",
                "Develop Help-desk ticketing from 0 (None) to 2 (Advanced beginner) (6 months)",
                "Earn Customer service certification (3 months, optional)",
                "Develop Customer feedback analysis from 0 (None) to 1 (Novice) (3 months, optional)",
                "Complete Associate education (now HighSchool; preferred, not required) (2 years, optional)",
            ],
            actions.Select(a => a.ToString()));
        Assert.Equal(ReadinessActionKind.EarnCertification, actions[6].Kind);
        Assert.Equal(("cs-certification", false), (actions[6].TargetId, actions[6].IsRequired));
        Assert.Equal((ReadinessActionKind.CompleteEducation, "Associate"), (actions[8].Kind, actions[8].TargetId));
    }

    [Fact]
    public void A_junior_is_four_years_from_team_lead_as_experience_takes_longer_than_the_skills()
    {
        var readiness = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-team-lead");

        Assert.Equal(7.0 / 36, readiness.Fit, 12);
        Assert.Equal(0.2, readiness.ExperienceRatio, 12);
        Assert.Equal(((7.0 / 36) + 0.2) / 2, readiness.Score, 12);
        Assert.Equal(Period.FromYears(3), readiness.SkillsTime);
        Assert.Equal(Period.FromYears(4), readiness.ExperienceTime);
        Assert.Equal(Period.FromYears(4), readiness.TimeToReady);
        Assert.Equal(new LocalDate(2030, 11, 25), readiness.ReadyDate);
    }

    [Fact]
    public void The_team_lead_actions_put_experience_after_the_skills_and_the_bachelors_degree_last()
    {
        var actions = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-team-lead").Actions;

        Assert.Equal(
            [
                ReadinessActionKind.DevelopSkill, ReadinessActionKind.DevelopSkill, ReadinessActionKind.DevelopSkill, ReadinessActionKind.DevelopSkill,
                ReadinessActionKind.DevelopSkill, ReadinessActionKind.DevelopSkill, ReadinessActionKind.DevelopSkill, ReadinessActionKind.DevelopSkill,
                ReadinessActionKind.GainExperience, ReadinessActionKind.DevelopSkill, ReadinessActionKind.CompleteEducation,
            ],
            actions.Select(a => a.Kind));
        Assert.Equal("Develop Data analysis of team metrics from 0 (None) to 2 (Advanced beginner) (6 months)", actions[0].ToString());
        Assert.Equal("Gain 4 years more experience (now 1 year; Customer Service Team Lead typically has 5–8 years) (4 years)", actions[8].ToString());
        Assert.Equal("Develop Process optimisation from 0 (None) to 2 (Advanced beginner) (8 months, optional)", actions[9].ToString());
        Assert.Equal("Complete Bachelor education (now HighSchool; preferred, not required) (4 years, optional)", actions[10].ToString());
        Assert.All(actions.Take(9), a => Assert.True(a.IsRequired));
    }

    [Fact]
    public void Missing_the_minimum_education_adds_an_action_and_can_set_the_ready_date()
    {
        var noDiploma = new Profile()
            .WithSkills(Seed.Junior.Skills)
            .WithEducation(EducationLevel.None)
            .WithWorkHistory(Seed.Junior.WorkHistory);
        var slowDiploma = LearningTimes.Default.WithEducationLevel(EducationLevel.HighSchool, Period.FromYears(2));

        var readiness = Seed.Assessor(slowDiploma).AssessReadiness(noDiploma, "cs-specialist");

        Assert.Equal(Period.FromYears(2), readiness.EducationTime);
        Assert.Equal(new LocalDate(2028, 11, 25), readiness.ReadyDate);
        var education = Assert.Single(readiness.Actions, a => a.Kind == ReadinessActionKind.CompleteEducation && a.IsRequired);
        Assert.Equal("Complete HighSchool education (now None) (2 years)", education.ToString());
        Assert.Equal("HighSchool", education.TargetId);
    }

    [Fact]
    public void Someone_who_meets_every_requirement_is_ready_now()
    {
        var readiness = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-junior-specialist");

        Assert.True(readiness.IsReady);
        Assert.Equal(1.0, readiness.Score);
        Assert.Equal(Period.Zero, readiness.TimeToReady);
        Assert.Equal(Seed.Today, readiness.ReadyDate);
        Assert.All(readiness.Actions, a => Assert.False(a.IsRequired));
        Assert.Equal("cs-junior-specialist: score 1 (fit 1, experience 1), ready now", readiness.ToString());
    }

    [Fact]
    public void Part_time_experience_counts_by_its_fraction()
    {
        var halfTime = new Profile()
            .WithSkills(Seed.Junior.Skills)
            .WithEducation(EducationLevel.HighSchool)
            .WithWorkHistory(new WorkHistory([new Employment("cs-junior-specialist", new LocalDate(2024, 11, 25), fullTimeEquivalent: 0.5m)]));

        var readiness = Seed.Assessor().AssessReadiness(halfTime, "cs-specialist");

        // Two calendar years (730 days) at half time make 365 full-time days: the year from 2024-11-25.
        Assert.Equal(1.0, readiness.Gaps.Experience!.HaveYears);
        Assert.True(readiness.Gaps.Experience.IsMet);
        Assert.Equal(new LocalDate(2027, 11, 25), readiness.ReadyDate);
    }

    [Fact]
    public void The_same_profile_on_the_same_day_gets_the_same_assessment()
    {
        var first = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-team-lead");
        var second = Seed.Assessor().AssessReadiness(Seed.Junior, "cs-team-lead");

        Assert.Equivalent(first, second, strict: true);
        Assert.Equivalent(first.Plan, Seed.Assessor().PlanDevelopment(Seed.Junior, "cs-team-lead"), strict: true);
    }
}
