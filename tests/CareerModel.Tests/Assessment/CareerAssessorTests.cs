using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using NodaTime;

namespace CareerModel.Tests.Assessment;

/// <summary>Bad input is refused before any fit is computed, with every offender named.</summary>
public class CareerAssessorTests
{
    private static readonly CareerAssessor Assessor = Seed.Assessor();

    [Fact]
    public void An_unknown_target_role_is_refused()
    {
        var error = Assert.Throws<UnknownRoleException>(() => Assessor.AnalyzeGaps(Seed.Junior, "cs-wizard"));

        Assert.Equal(["cs-wizard"], error.RoleIds);
        Assert.Equal("The catalog holds no role with id 'cs-wizard'.", error.Message);
    }

    [Fact]
    public void Unknown_roles_in_the_profile_are_listed_together()
    {
        var profile = new Profile("cs-ninja")
            .WithWorkHistory(new WorkHistory([new Employment("barista", new LocalDate(2020, 1, 1), new LocalDate(2021, 1, 1))]));

        var error = Assert.Throws<UnknownRoleException>(() => Assessor.AssessReadiness(profile, "cs-specialist"));

        Assert.Equal(["barista", "cs-ninja"], error.RoleIds);
        Assert.StartsWith("The catalog holds no roles with ids 'barista', 'cs-ninja'. ", error.Message, StringComparison.Ordinal);
        Assert.Contains("must give the role's family and track", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_role_outside_the_catalog_is_welcome_in_the_history_when_it_gives_its_family_and_track()
    {
        var profile = Seed.Junior.WorkHistory.Employments
            .Append(new Employment("barista", new LocalDate(2022, 1, 1), new LocalDate(2024, 1, 1), 0.5m, "hospitality", CareerTrack.IndividualContributor))
            .ToArray();

        var analysis = Assessor.AnalyzeGaps(new Profile().WithSkills(Seed.Junior.Skills).WithWorkHistory(new WorkHistory(profile)), "cs-specialist");

        // Two years at half time (365 full-time days) and the junior's year: two full-time years.
        Assert.Equal(2.0, analysis.Experience!.HaveYears);
    }

    [Fact]
    public void Unknown_skills_and_certifications_are_listed_together()
    {
        var profile = new Profile().WithSkills([new SkillLevel("juggling", 3), new SkillLevel("empathy", 3)]).WithCertifications(["itil-4"]);

        var error = Assert.Throws<UnknownSkillException>(() => Assessor.AnalyzeGaps(profile, "cs-specialist"));

        Assert.Equal(["itil-4", "juggling"], error.SkillIds);
        Assert.Equal("The catalog holds no skills with ids 'itil-4', 'juggling'.", error.Message);
    }

    [Fact]
    public void Levels_above_the_scale_are_listed_with_the_scale()
    {
        var profile = new Profile().WithSkills([new SkillLevel("empathy", 7), new SkillLevel("patience", 5), new SkillLevel("crm-software", 5.5)]);

        var error = Assert.Throws<SkillLevelOutOfScaleException>(() => Assessor.PlanDevelopment(profile, "cs-specialist"));

        Assert.Equal(["crm-software", "empathy"], error.Levels.Select(l => l.SkillId));
        Assert.Equal(BuiltInCatalogs.CustomerService.ProficiencyScale, error.Scale);
        Assert.Equal("profile", error.ParamName);
        Assert.StartsWith(
            "Skill levels must lie on the catalog's Standard scale, from 0 to 5, but the profile gives 'crm-software' at 5.5, 'empathy' at 7.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_certification_must_be_a_certification_skill_and_is_held_not_given_a_level()
    {
        var notACertification = Assert.Throws<ArgumentException>(() => Assessor.Validate(new Profile().WithCertifications(["empathy"])));
        var certificationWithLevel = Assert.Throws<ArgumentException>(() => Assessor.Validate(new Profile().WithSkills([new SkillLevel("cs-certification", 1)])));

        Assert.StartsWith("Profile certifications must be certification skills, but 'empathy' is not; give it a level among the skills instead.", notACertification.Message, StringComparison.Ordinal);
        Assert.StartsWith("Profile skills must not include certifications, but 'cs-certification' is one; list it among the certifications held instead.", certificationWithLevel.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_certifications_that_are_not_or_skills_that_are_certifications_are_named_together()
    {
        var catalog = BuiltInCatalogs.CustomerService.ToBuilder()
            .AddSkill(new CareerModel.Skills.Skill("cx-certification", "Customer experience certification", CareerModel.Skills.SkillCategory.Certification))
            .Build();
        var assessor = CareerAssessor.Create(catalog, Seed.Clock(), DateTimeZone.Utc);

        var notCertifications = Assert.Throws<ArgumentException>(() => assessor.Validate(new Profile().WithCertifications(["empathy", "patience"])));
        var certificationsWithLevels = Assert.Throws<ArgumentException>(() => assessor.Validate(new Profile().WithSkills([new SkillLevel("cs-certification", 1), new SkillLevel("cx-certification", 2)])));

        Assert.Equal("Profile certifications must be certification skills, but 'empathy', 'patience' are not; give them a level among the skills instead. (Parameter 'profile')", notCertifications.Message);
        Assert.Equal("Profile skills must not include certifications, but 'cs-certification', 'cx-certification' are; list them among the certifications held instead. (Parameter 'profile')", certificationsWithLevels.Message);
    }

    [Fact]
    public void A_work_history_that_starts_in_the_future_is_refused_whatever_the_role()
    {
        var profile = new Profile().WithWorkHistory(new WorkHistory([new Employment("cs-team-lead", new LocalDate(2027, 1, 4))]));

        var error = Assert.Throws<FutureEmploymentException>(() => Assessor.AnalyzeGaps(profile, "ai-chatbot-specialist"));

        Assert.Equal(Seed.Today, error.Today);
        Assert.StartsWith("Work history start dates must not be after today (2026-11-25), but 'cs-team-lead' starting 2027-01-04 does.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_profile_passes_validation()
    {
        Assessor.Validate(Seed.Junior);
        Assessor.Validate(new Profile());
    }

    [Fact]
    public void The_assessor_reads_today_from_its_clock_in_its_zone()
    {
        var clock = Seed.Clock();
        var assessor = CareerAssessor.Create(BuiltInCatalogs.CustomerService, clock, DateTimeZone.Utc);

        clock.Advance(Duration.FromDays(365));

        Assert.Equal(new LocalDate(2027, 11, 25), assessor.AnalyzeGaps(Seed.Junior, "cs-specialist").AsOf);
        Assert.Equal(2.0, assessor.AnalyzeGaps(Seed.Junior, "cs-team-lead").Experience!.HaveYears);
        Assert.Same(LearningTimes.Default, assessor.LearningTimes);
        Assert.Equal($"CareerAssessor over {BuiltInCatalogs.CustomerService} in UTC", assessor.ToString());
    }
}
