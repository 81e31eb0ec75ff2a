using CareerModel.Assessment;
using CareerModel.People;
using CareerModel.Skills;

namespace CareerModel.Tests.Assessment;

/// <summary><see cref="SkillLevelOutOfScaleException"/> made directly: its message lists every level off the scale, and it needs one.</summary>
public class SkillLevelOutOfScaleExceptionTests
{
    [Fact]
    public void The_levels_off_the_scale_are_named_with_the_scale_and_its_range()
    {
        var e = new SkillLevelOutOfScaleException([new SkillLevel("empathy", 7), new SkillLevel("patience", 5.5)], ProficiencyScale.Standard);

        Assert.Equal("profile", e.ParamName);
        Assert.Same(ProficiencyScale.Standard, e.Scale);
        Assert.Equal(["empathy", "patience"], e.Levels.Select(l => l.SkillId));
        Assert.Equal(
            "Skill levels must lie on the catalog's Standard scale, from 0 to 5, but the profile gives 'empathy' at 7, 'patience' at 5.5. (Parameter 'profile')",
            e.Message.ReplaceLineEndings("\n").Split('\n')[0]);
    }

    [Fact]
    public void No_levels_a_null_list_or_a_null_scale_are_refused()
    {
        var empty = Assert.Throws<ArgumentException>(() => new SkillLevelOutOfScaleException([], ProficiencyScale.Standard));
        Assert.Equal("levels", empty.ParamName);
        Assert.Equal("A skill-level exception needs at least one level. (Parameter 'levels')", empty.Message);

        Assert.Equal("levels", Assert.Throws<ArgumentNullException>(() => new SkillLevelOutOfScaleException(null!, ProficiencyScale.Standard)).ParamName);
        Assert.Equal("scale", Assert.Throws<ArgumentNullException>(() => new SkillLevelOutOfScaleException([new SkillLevel("empathy", 7)], null!)).ParamName);
    }
}
