using CareerModel.Skills;

namespace CareerModel.Tests.Skills;

public class SkillRequirementTests
{
    [Fact]
    public void A_requirement_defaults_to_importance_1_and_required()
    {
        var requirement = new SkillRequirement("empathy", 3);

        Assert.Equal("empathy", requirement.SkillId);
        Assert.Equal(3, requirement.MinimumLevel);
        Assert.Equal(1, requirement.Importance);
        Assert.True(requirement.IsRequired);
    }

    [Fact]
    public void A_requirement_keeps_a_fractional_level_its_importance_and_whether_it_is_required()
    {
        var requirement = new SkillRequirement("empathy", 3.62, 2.5, isRequired: false);

        Assert.Equal(3.62, requirement.MinimumLevel);
        Assert.Equal(2.5, requirement.Importance);
        Assert.False(requirement.IsRequired);
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("active listening", "contains ' '")]
    [InlineData("a/b", "contains '/'")]
    public void An_invalid_skill_id_is_rejected(string givenSkillId, string rule)
    {
        var ex = Assert.Throws<ArgumentException>("skillId", () => new SkillRequirement(givenSkillId, 1));

        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skill_id_over_100_characters_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("skillId", () => new SkillRequirement(new string('x', 101), 1));

        Assert.Contains("at most 100", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, "-1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void A_negative_or_non_finite_level_is_rejected(double givenLevel, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimumLevel", () => new SkillRequirement("empathy", givenLevel));

        Assert.Contains($"minimumLevel {shown} must be", ex.Message, StringComparison.Ordinal);
        Assert.Contains("finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_level_error_states_the_rule_in_a_readable_way()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimumLevel", () => new SkillRequirement("empathy", -1));

        Assert.Contains("zero or more", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 200, $"The message is {ex.Message.Length} characters long: {ex.Message}");
    }

    [Fact]
    public void A_level_of_zero_is_accepted()
    {
        Assert.Equal(0, new SkillRequirement("empathy", 0).MinimumLevel);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-1, "-1")]
    [InlineData(-0.001, "-0.001")]
    [InlineData(double.NaN, "NaN")]
    public void An_importance_of_zero_or_less_is_rejected(double givenImportance, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("importance", () => new SkillRequirement("empathy", 1, givenImportance));

        Assert.Contains($"importance {shown} must be a finite number greater than zero", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000.5, "1000.5")]
    [InlineData(1e6, "1000000")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void An_importance_over_1000_is_rejected(double givenImportance, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("importance", () => new SkillRequirement("empathy", 1, givenImportance));

        Assert.Contains($"importance {shown} must be", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_importance_over_1000_names_the_upper_bound()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("importance", () => new SkillRequirement("empathy", 1, 1001));

        Assert.Contains("importance 1001 must be a finite number greater than zero and at most 1000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_importance_of_exactly_1000_is_accepted()
    {
        Assert.Equal(SkillRequirement.MaxImportance, new SkillRequirement("empathy", 1, 1000).Importance);
    }

    [Fact]
    public void Requirements_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new SkillRequirement("empathy", 3, 2, isRequired: false);
        var b = new SkillRequirement("empathy", 3.0, 2.0, isRequired: false);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Requirements_that_differ_in_one_part_are_not_equal()
    {
        var a = new SkillRequirement("empathy", 3, 2);

        Assert.NotEqual(a, new SkillRequirement("crm", 3, 2));
        Assert.NotEqual(a, new SkillRequirement("empathy", 3.5, 2));
        Assert.NotEqual(a, new SkillRequirement("empathy", 3, 1));
        Assert.NotEqual(a, new SkillRequirement("empathy", 3, 2, isRequired: false));
    }

    [Fact]
    public void ToString_shows_skill_level_importance_and_whether_required()
    {
        Assert.Equal("empathy ≥ 3 (importance 2, required)", new SkillRequirement("empathy", 3, 2).ToString());
        Assert.Equal("crm ≥ 3.62 (importance 0.5, preferred)", new SkillRequirement("crm", 3.62, 0.5, isRequired: false).ToString());
    }
}
