using CareerModel.Skills;

namespace CareerModel.Tests.Skills;

public class EducationRequirementTests
{
    [Fact]
    public void A_minimum_alone_has_no_preferred_level()
    {
        var education = new EducationRequirement(EducationLevel.HighSchool);

        Assert.Equal(EducationLevel.HighSchool, education.Minimum);
        Assert.Null(education.Preferred);
    }

    [Theory]
    [InlineData(EducationLevel.HighSchool, EducationLevel.HighSchool)]
    [InlineData(EducationLevel.HighSchool, EducationLevel.Bachelor)]
    [InlineData(EducationLevel.None, EducationLevel.Doctorate)]
    public void A_preferred_level_at_or_above_the_minimum_is_accepted(EducationLevel minimum, EducationLevel preferred)
    {
        Assert.Equal(preferred, new EducationRequirement(minimum, preferred).Preferred);
    }

    [Fact]
    public void A_preferred_level_below_the_minimum_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("preferred", () => new EducationRequirement(EducationLevel.Bachelor, EducationLevel.Associate));

        Assert.Contains("Preferred education Associate must not be below the minimum Bachelor", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_minimum_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new EducationRequirement((EducationLevel)99));

        Assert.Contains("minimum 99 is not a defined EducationLevel value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_preferred_level_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("preferred", () => new EducationRequirement(EducationLevel.None, (EducationLevel)99));

        Assert.Contains("preferred 99 is not a defined EducationLevel value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirements_with_the_same_levels_are_equal_and_hash_alike()
    {
        var a = new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Associate);
        var b = new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Associate);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new EducationRequirement(EducationLevel.HighSchool));
        Assert.NotEqual(a, new EducationRequirement(EducationLevel.None, EducationLevel.Associate));
    }

    [Fact]
    public void ToString_shows_the_minimum_and_any_preferred_level()
    {
        Assert.Equal("HighSchool (preferred: Associate)", new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Associate).ToString());
        Assert.Equal("Bachelor", new EducationRequirement(EducationLevel.Bachelor).ToString());
    }

    [Fact]
    public void Education_levels_compare_in_increasing_order()
    {
        Assert.True(EducationLevel.Associate < EducationLevel.Bachelor);
        Assert.True(EducationLevel.HighSchool < EducationLevel.PostSecondaryCertificate);
        Assert.True(EducationLevel.Master < EducationLevel.Doctorate);
    }
}
