using CareerModel.Skills;

namespace CareerModel.Tests.Skills;

public class ProficiencyScaleTests
{
    [Fact]
    public void The_standard_scale_runs_from_0_None_to_5_Expert()
    {
        var scale = ProficiencyScale.Standard;

        Assert.Equal("Standard", scale.Name);
        Assert.Equal(0, scale.Minimum);
        Assert.Equal(5, scale.Maximum);
        Assert.Equal(["None", "Novice", "Advanced beginner", "Competent", "Proficient", "Expert"], scale.LevelNames);
    }

    [Fact]
    public void A_created_scale_runs_from_0_to_the_number_of_names_less_one()
    {
        var scale = new ProficiencyScale(" Simple ", [" Low ", "Medium", "High"]);

        Assert.Equal("Simple", scale.Name);
        Assert.Equal(0, scale.Minimum);
        Assert.Equal(2, scale.Maximum);
        Assert.Equal(["Low", "Medium", "High"], scale.LevelNames);
    }

    [Fact]
    public void A_created_scale_does_not_change_when_the_caller_changes_its_list()
    {
        var names = new List<string> { "Low", "High" };
        var scale = new ProficiencyScale("Simple", names);

        names[0] = "Changed";
        names.Add("Extra");

        Assert.Equal(["Low", "High"], scale.LevelNames);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_scale_with_fewer_than_two_level_names_is_rejected(int givenCount)
    {
        var names = Enumerable.Repeat("Only", givenCount);

        var ex = Assert.Throws<ArgumentException>("levelNames", () => new ProficiencyScale("Tiny", names));

        Assert.Contains("at least two level names", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"got {givenCount}", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Low", "Low")]
    [InlineData("Low", "low")]
    [InlineData("Low", " Low ")]
    public void A_scale_with_a_repeated_level_name_is_rejected(string first, string repeat)
    {
        var ex = Assert.Throws<ArgumentException>("levelNames", () => new ProficiencyScale("Twice", [first, "Medium", repeat]));

        Assert.Contains("'Low'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("appears more than once", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_level_name_is_rejected_naming_its_position()
    {
        var ex = Assert.Throws<ArgumentException>("levelNames[1]", () => new ProficiencyScale("Gap", ["Low", "  ", "High"]));

        Assert.Contains("levelNames[1] must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_scale_name_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("name", () => new ProficiencyScale(" ", ["Low", "High"]));

        Assert.Contains("name must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_list_of_names_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("levelNames", () => new ProficiencyScale("Scale", null!));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(3.62, true)]
    [InlineData(5, true)]
    [InlineData(5.0001, false)]
    [InlineData(-0.1, false)]
    [InlineData(double.NaN, false)]
    [InlineData(double.PositiveInfinity, false)]
    public void Contains_accepts_finite_levels_from_minimum_to_maximum(double givenLevel, bool expected)
    {
        Assert.Equal(expected, ProficiencyScale.Standard.Contains(givenLevel));
    }

    [Theory]
    [InlineData(0, "None")]
    [InlineData(0.99, "None")]
    [InlineData(3.6, "Competent")]
    [InlineData(5, "Expert")]
    public void Describe_names_the_whole_level_at_or_below(double givenLevel, string name)
    {
        Assert.Equal(name, ProficiencyScale.Standard.Describe(givenLevel));
    }

    [Theory]
    [InlineData(5.5)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void Describe_rejects_a_level_off_the_scale(double givenLevel)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("level", () => ProficiencyScale.Standard.Describe(givenLevel));

        Assert.Contains("from 0 to 5", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scales_with_the_same_name_and_levels_are_equal_and_hash_alike()
    {
        var a = new ProficiencyScale("Standard", ProficiencyScale.Standard.LevelNames);

        Assert.Equal(ProficiencyScale.Standard, a);
        Assert.Equal(ProficiencyScale.Standard.GetHashCode(), a.GetHashCode());
    }

    [Fact]
    public void Scales_that_differ_in_name_or_levels_are_not_equal()
    {
        var a = new ProficiencyScale("Simple", ["Low", "High"]);

        Assert.NotEqual(a, new ProficiencyScale("Other", ["Low", "High"]));
        Assert.NotEqual(a, new ProficiencyScale("Simple", ["Low", "Top"]));
        Assert.NotEqual(a, new ProficiencyScale("Simple", ["Low", "High", "Top"]));
        Assert.NotEqual(a, new ProficiencyScale("Simple", ["High", "Low"]));
    }

    [Fact]
    public void ToString_shows_the_name_and_the_ends_of_the_scale()
    {
        Assert.Equal("Standard (0 None … 5 Expert)", ProficiencyScale.Standard.ToString());
    }
}
