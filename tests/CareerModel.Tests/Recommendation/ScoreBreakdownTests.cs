using CareerModel.Recommendation;

namespace CareerModel.Tests.Recommendation;

/// <summary>A score's parts, total and description.</summary>
public class ScoreBreakdownTests
{
    [Fact]
    public void The_total_is_the_sum_of_all_seven_parts_named_in_order()
    {
        var score = new ScoreBreakdown(0.25, 0.5, -0.125, 0.0625, 1, 2, 4);

        Assert.Equal(7.6875, score.Total);
        Assert.Equal(["salary gain", "skill fit", "time", "outlook", "preference", "relatedness", "similarity"], score.Parts.Select(p => p.Key));
        Assert.Equal([0.25, 0.5, -0.125, 0.0625, 1, 2, 4], score.Parts.Select(p => p.Value));
    }

    [Fact]
    public void A_part_that_is_a_zero_weight_times_a_negative_value_is_a_plain_zero()
    {
        var score = new ScoreBreakdown(0 * -0.5, 0 * -1.0, 0 * -0.1, 0 * -0.03, 0 * -1.0, 0 * -1.0, 0 * -0.2);

        Assert.All(score.Parts, p => Assert.False(double.IsNegative(p.Value), $"{p.Key} is -0"));
        Assert.Equal("0.000 = salary +0.000, fit +0.000, time +0.000, outlook +0.000, preference +0.000, relatedness +0.000, similarity +0.000", score.ToString());
    }

    [Theory]
    [InlineData(PayBasis.Published, false, false, "1.000 = salary +1.000, fit +0.000, time +0.000, outlook +0.000, preference +0.000, relatedness +0.000, similarity +0.000")]
    [InlineData(PayBasis.Estimated, false, false, "1.000 = salary +1.000 (estimated), fit +0.000, time +0.000, outlook +0.000, preference +0.000, relatedness +0.000, similarity +0.000")]
    [InlineData(PayBasis.Unknown, true, true, "1.000 = salary +1.000 (pay unknown), pessimistic fit +0.000 (no skill data), time +0.000, outlook +0.000, preference +0.000, relatedness +0.000, similarity +0.000")]
    public void The_description_says_where_the_pay_and_the_fit_come_from(PayBasis basis, bool noSkillData, bool pessimistic, string expected)
    {
        var score = new ScoreBreakdown(1, 0, 0, 0, 0, 0, 0, basis, noSkillData, pessimistic);

        Assert.Equal(expected, score.ToString());
        Assert.Equal(pessimistic ? "pessimistic skill fit" : "skill fit", score.Parts[1].Key);
    }
}
