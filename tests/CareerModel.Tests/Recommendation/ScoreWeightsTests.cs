using System.Globalization;
using CareerModel.Recommendation;

namespace CareerModel.Tests.Recommendation;

/// <summary>Each of the seven weights is checked on its own: a bad one is refused by its own name, value and rule.</summary>
public class ScoreWeightsTests
{
    private static readonly string[] Names = ["salaryGain", "skillFit", "time", "outlook", "preference", "relatedness", "similarity"];

    /// <summary>Weights of 1 but for one, at <paramref name="position"/>.</summary>
    private static ScoreWeights WithOne(int position, double weight)
    {
        var w = Enumerable.Repeat(1.0, 7).ToArray();
        w[position] = weight;
        return new ScoreWeights(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
    }

    public static TheoryData<int, double> BadWeights()
    {
        var data = new TheoryData<int, double>();
        for (var position = 0; position < 7; position++)
        {
            foreach (var weight in new[] { -0.001, double.NaN, double.PositiveInfinity, ScoreWeights.MaxWeight + 0.001 })
                data.Add(position, weight);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BadWeights))]
    public void A_weight_that_is_negative_not_finite_or_above_the_maximum_is_refused_by_name(int position, double weight)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WithOne(position, weight));

        Assert.Equal(Names[position], ex.ParamName);
        Assert.Equal(weight.ToString(CultureInfo.InvariantCulture), ex.ActualValue);
        Assert.StartsWith(
            string.Create(CultureInfo.InvariantCulture, $"Score weight {Names[position]} {weight} must be a finite number from 0 to 1000."),
            ex.Message, StringComparison.Ordinal);
    }

    private static double[] Parts(ScoreWeights w) => [w.SalaryGain, w.SkillFit, w.Time, w.Outlook, w.Preference, w.Relatedness, w.Similarity];

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(6)]
    public void The_maximum_weight_and_zero_are_accepted_in_any_place(int position)
    {
        Assert.Equal(ScoreWeights.MaxWeight, Parts(WithOne(position, ScoreWeights.MaxWeight))[position]);
        Assert.Equal(0, Parts(WithOne(position, 0))[position]);
    }
}
