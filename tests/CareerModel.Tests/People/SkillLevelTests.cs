using CareerModel.People;
using NodaTime;

namespace CareerModel.Tests.People;

public class SkillLevelTests
{
    [Fact]
    public void A_skill_level_keeps_its_id_level_and_last_used_day()
    {
        var level = new SkillLevel("crm-software", 2.5, new LocalDate(2026, 10, 1));

        Assert.Equal("crm-software", level.SkillId);
        Assert.Equal(2.5, level.Level);
        Assert.Equal(new LocalDate(2026, 10, 1), level.LastUsed);
        Assert.Equal("crm-software 2.5 (last used 2026-10-01)", level.ToString());
        Assert.Equal("empathy 3", new SkillLevel("empathy", 3).ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void A_negative_or_infinite_level_is_refused_with_the_skill_named(double level)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new SkillLevel("empathy", level));

        Assert.Equal("level", error.ParamName);
        Assert.StartsWith("Skill 'empathy' level ", error.Message, StringComparison.Ordinal);
        Assert.Contains("must be a finite number of zero or more.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_skill_id_is_refused()
    {
        Assert.Equal("skillId", Assert.Throws<ArgumentException>(() => new SkillLevel("active listening", 2)).ParamName);
    }

    [Fact]
    public void Equal_levels_are_equal()
    {
        Assert.Equal(new SkillLevel("empathy", 3), new SkillLevel("empathy", 3));
        Assert.True(new SkillLevel("empathy", 3) == new SkillLevel("empathy", 3));
        Assert.True(new SkillLevel("empathy", 3) != new SkillLevel("empathy", 3, new LocalDate(2026, 1, 1)));
    }
}
