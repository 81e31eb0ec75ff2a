using CareerModel.Skills;

namespace CareerModel.Tests.Skills;

public class SkillRequirementTests
{
    [Fact]
    public void A_requirement_defaults_to_importance_1_and_required()
    {
        var requirement = SkillRequirement.Required("empathy", 3);

        Assert.Equal("empathy", requirement.SkillId);
        Assert.Equal(3, requirement.MinimumLevel);
        Assert.Equal(1, requirement.Importance);
        Assert.True(requirement.IsRequired);
    }

    [Fact]
    public void A_requirement_keeps_a_fractional_level_its_importance_and_whether_it_is_required()
    {
        var requirement = SkillRequirement.Preferred("empathy", 3.62, 2.5);

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
        var ex = Assert.Throws<ArgumentException>("skillId", () => SkillRequirement.Required(givenSkillId, 1));

        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_skill_id_over_100_characters_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("skillId", () => SkillRequirement.Required(new string('x', 101), 1));

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
        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimumLevel", () => SkillRequirement.Required("empathy", givenLevel));

        Assert.Contains($"minimumLevel {shown} must be", ex.Message, StringComparison.Ordinal);
        Assert.Contains("finite", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_level_error_states_the_rule_in_a_readable_way()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimumLevel", () => SkillRequirement.Required("empathy", -1));

        Assert.Contains("zero or more", ex.Message, StringComparison.Ordinal);
        Assert.True(ex.Message.Length < 200, $"The message is {ex.Message.Length} characters long: {ex.Message}");
    }

    [Fact]
    public void A_level_of_zero_is_accepted()
    {
        Assert.Equal(0, SkillRequirement.Required("empathy", 0).MinimumLevel);
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-1, "-1")]
    [InlineData(-0.001, "-0.001")]
    [InlineData(double.NaN, "NaN")]
    public void An_importance_of_zero_or_less_is_rejected(double givenImportance, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("importance", () => SkillRequirement.Required("empathy", 1, givenImportance));

        Assert.Contains($"importance {shown} must be a finite number greater than zero", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1000.5, "1000.5")]
    [InlineData(1e6, "1000000")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    public void An_importance_over_1000_is_rejected(double givenImportance, string shown)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("importance", () => SkillRequirement.Required("empathy", 1, givenImportance));

        Assert.Contains($"importance {shown} must be", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_importance_over_1000_names_the_upper_bound()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("importance", () => SkillRequirement.Required("empathy", 1, 1001));

        Assert.Contains("importance 1001 must be a finite number greater than zero and at most 1000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_importance_of_exactly_1000_is_accepted()
    {
        Assert.Equal(SkillRequirement.MaxImportance, SkillRequirement.Required("empathy", 1, 1000).Importance);
    }

    [Fact]
    public void Requirements_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = SkillRequirement.Preferred("empathy", 3, 2);
        var b = SkillRequirement.Preferred("empathy", 3.0, 2.0);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Requirements_that_differ_in_one_part_are_not_equal()
    {
        var a = SkillRequirement.Required("empathy", 3, 2);

        Assert.NotEqual(a, SkillRequirement.Required("crm", 3, 2));
        Assert.NotEqual(a, SkillRequirement.Required("empathy", 3.5, 2));
        Assert.NotEqual(a, SkillRequirement.Required("empathy", 3, 1));
        Assert.NotEqual(a, SkillRequirement.Preferred("empathy", 3, 2));
    }

    [Fact]
    public void ToString_shows_skill_level_importance_and_whether_required()
    {
        Assert.Equal("empathy ≥ 3 (importance 2, required)", SkillRequirement.Required("empathy", 3, 2).ToString());
        Assert.Equal("crm ≥ 3.62 (importance 0.5, preferred)", SkillRequirement.Preferred("crm", 3.62, 0.5).ToString());
    }

    [Fact]
    public void A_requirement_keeps_the_standard_error_and_bounds_of_its_level()
    {
        var requirement = SkillRequirement.Required("2.A.1.a", 4.62, 4.12).WithUncertainty(standardError: 0.183, lowerBound: 4.2664, upperBound: 4.9836);

        Assert.Equal(0.183, requirement.StandardError);
        Assert.Equal(4.2664, requirement.LowerBound);
        Assert.Equal(4.9836, requirement.UpperBound);
        Assert.Equal("2.A.1.a ≥ 4.62 (importance 4.12, required, SE 0.183, bounds 4.266–4.984)", requirement.ToString());
    }

    [Fact]
    public void Uncertainty_is_optional_and_absent_by_default()
    {
        var requirement = SkillRequirement.Required("empathy", 3);

        Assert.Null(requirement.StandardError);
        Assert.Null(requirement.LowerBound);
        Assert.Null(requirement.UpperBound);
        Assert.Equal("empathy ≥ 3 (importance 1, required, SE 0)", SkillRequirement.Required("empathy", 3).WithUncertainty(standardError: 0).ToString());
        Assert.Equal("empathy ≥ 3 (importance 1, required, bounds ?–3.5)", SkillRequirement.Required("empathy", 3).WithUncertainty(upperBound: 3.5).ToString());
        Assert.Equal("empathy ≥ 3 (importance 1, required, bounds 2.5–?)", SkillRequirement.Required("empathy", 3).WithUncertainty(lowerBound: 2.5).ToString());
    }

    [Theory]
    [InlineData(-0.1, "standardError -0.1 must be a finite number, zero or more.")]
    [InlineData(double.NaN, "standardError NaN must be a finite number, zero or more.")]
    [InlineData(double.PositiveInfinity, "standardError Infinity must be a finite number, zero or more.")]
    public void A_negative_or_non_finite_standard_error_is_rejected(double givenError, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("standardError", () => SkillRequirement.Required("empathy", 3).WithUncertainty(standardError: givenError));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_must_contain_the_level()
    {
        var low = Assert.Throws<ArgumentOutOfRangeException>("lowerBound", () => SkillRequirement.Required("empathy", 3).WithUncertainty(lowerBound: 3.1));
        var high = Assert.Throws<ArgumentOutOfRangeException>("upperBound", () => SkillRequirement.Required("empathy", 3).WithUncertainty(upperBound: 2.9));
        var nan = Assert.Throws<ArgumentOutOfRangeException>("lowerBound", () => SkillRequirement.Required("empathy", 3).WithUncertainty(lowerBound: double.NaN));

        Assert.StartsWith("lowerBound 3.1 must be a finite number not above the level 3;", low.Message, StringComparison.Ordinal);
        Assert.StartsWith("upperBound 2.9 must be a finite number not below the level 3;", high.Message, StringComparison.Ordinal);
        Assert.StartsWith("lowerBound NaN must be", nan.Message, StringComparison.Ordinal);
        var infinite = Assert.Throws<ArgumentOutOfRangeException>("upperBound", () => SkillRequirement.Required("empathy", 3).WithUncertainty(upperBound: double.PositiveInfinity));
        Assert.StartsWith("upperBound Infinity must be a finite number not below the level 3;", infinite.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bounds_may_reach_past_the_scale_and_equal_the_level()
    {
        var requirement = SkillRequirement.Required("empathy", 0).WithUncertainty(lowerBound: -0.4, upperBound: 0);

        Assert.Equal(-0.4, requirement.LowerBound);
        Assert.Equal(0, requirement.UpperBound);
    }

    [Fact]
    public void Requirements_that_differ_only_in_uncertainty_are_not_equal()
    {
        var a = SkillRequirement.Required("empathy", 3, 2).WithUncertainty(standardError: 0.1, lowerBound: 2.8, upperBound: 3.2);

        Assert.Equal(a, SkillRequirement.Required("empathy", 3, 2).WithUncertainty(standardError: 0.1, lowerBound: 2.8, upperBound: 3.2));
        Assert.Equal(a.GetHashCode(), SkillRequirement.Required("empathy", 3, 2).WithUncertainty(standardError: 0.1, lowerBound: 2.8, upperBound: 3.2).GetHashCode());
        Assert.NotEqual(a, SkillRequirement.Required("empathy", 3, 2));
        Assert.NotEqual(a, SkillRequirement.Required("empathy", 3, 2).WithUncertainty(standardError: 0.2, lowerBound: 2.8, upperBound: 3.2));
        Assert.NotEqual(a, SkillRequirement.Required("empathy", 3, 2).WithUncertainty(standardError: 0.1, lowerBound: 2.7, upperBound: 3.2));
        Assert.NotEqual(a, SkillRequirement.Required("empathy", 3, 2).WithUncertainty(standardError: 0.1, lowerBound: 2.8, upperBound: 3.3));
    }
}
