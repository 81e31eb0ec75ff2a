using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.People;

public class ProfileTests
{
    [Fact]
    public void The_description_counts_one_skill_as_a_skill_and_leaves_out_a_missing_role_and_region()
    {
        Assert.Equal("Profile: cs-specialist, 1 skill, 0 certifications, None, no work history",
            new Profile("cs-specialist").WithSkills([new SkillLevel("empathy", 3)]).ToString());
        Assert.Equal("Profile: no current role in CA, 0 skills, 2 certifications, None, no work history",
            new Profile(regionId: "CA").WithCertifications(["cs-certification", "first-aid"]).ToString());
    }

    [Fact]
    public void A_profile_keeps_skills_and_certifications_sorted_by_id()
    {
        var profile = new Profile("cs-junior-specialist", "US")
            .WithSkills([new SkillLevel("empathy", 3), new SkillLevel("active-listening", 2)])
            .WithCertifications(["cs-certification", "cs-certification"])
            .WithEducation(EducationLevel.HighSchool);

        Assert.Equal(["active-listening", "empathy"], profile.Skills.Select(s => s.SkillId));
        Assert.Equal(["cs-certification"], profile.Certifications);
        Assert.Equal(3, profile.LevelOf("empathy"));
        Assert.Equal(0, profile.LevelOf("patience"));
        Assert.Null(profile.FindSkill("patience"));
        Assert.True(profile.HasCertification("cs-certification"));
        Assert.Equal("Profile: cs-junior-specialist in US, 2 skills, 1 certification, HighSchool, no work history", profile.ToString());
    }

    [Fact]
    public void An_empty_profile_has_no_skills_no_history_and_no_preferences()
    {
        var profile = new Profile();

        Assert.Empty(profile.Skills);
        Assert.Equal(EducationLevel.None, profile.Education);
        Assert.Same(WorkHistory.Empty, profile.WorkHistory);
        Assert.Same(Preferences.None, profile.Preferences);
    }

    [Fact]
    public void A_skill_listed_twice_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Profile().WithSkills([new SkillLevel("empathy", 3), new SkillLevel("empathy", 4)]));

        Assert.Equal("skills", error.ParamName);
        Assert.StartsWith("Profile lists skill 'empathy' more than once; a profile has at most one level per skill.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_ids_are_refused_with_the_field_named()
    {
        Assert.Equal("currentRoleId", Assert.Throws<ArgumentException>(() => new Profile("team lead")).ParamName);
        Assert.Equal("certifications[1]", Assert.Throws<ArgumentException>(() => new Profile().WithCertifications(["cs-certification", "a b"])).ParamName);
        Assert.Equal("education", Assert.Throws<ArgumentOutOfRangeException>(() => new Profile().WithEducation((EducationLevel)42)).ParamName);
    }

    [Fact]
    public void WithSkill_replaces_or_adds_one_level_and_leaves_the_original_alone()
    {
        var profile = new Profile().WithSkills([new SkillLevel("empathy", 2)]);

        var raised = profile.WithSkill(new SkillLevel("empathy", 4, new LocalDate(2026, 11, 1)));
        var added = profile.WithSkill(new SkillLevel("patience", 3)).WithCertification("cs-certification");

        Assert.Equal(4, raised.LevelOf("empathy"));
        Assert.Equal(2, profile.LevelOf("empathy"));
        Assert.Equal(["empathy", "patience"], added.Skills.Select(s => s.SkillId));
        Assert.True(added.HasCertification("cs-certification"));
    }

    [Fact]
    public void Profiles_with_the_same_content_are_equal_whatever_the_order_given()
    {
        var a = new Profile("cs-specialist").WithSkills([new SkillLevel("empathy", 3), new SkillLevel("patience", 2)]).WithCertifications(["b-cert", "a-cert"]);
        var b = new Profile("cs-specialist").WithSkills([new SkillLevel("patience", 2), new SkillLevel("empathy", 3)]).WithCertifications(["a-cert", "b-cert"]);

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.True(a != b.WithSkill(new SkillLevel("empathy", 4)));
    }
}
