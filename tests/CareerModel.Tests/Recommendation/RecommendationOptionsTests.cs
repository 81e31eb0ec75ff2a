using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.Tests.Recommendation;

/// <summary>The defaults a request gets when it sets nothing, pinned: changing one changes every caller's rankings.</summary>
public sealed class RecommendationOptionsTests
{
    [Fact]
    public void The_defaults_are_the_top_10_paths_of_up_to_3_steps_within_10_years_by_the_default_weights()
    {
        var options = new RecommendationOptions();

        Assert.Same(ScoreWeights.Default, options.Weights);
        Assert.Equal(10, options.Count);
        Assert.Equal(3, options.MaxSteps);
        Assert.Equal(Period.FromYears(10), options.Horizon);
        Assert.Empty(options.ExcludedRoles);
        Assert.Null(options.MinimumPay);
        Assert.Null(options.StayInTrack);
        Assert.False(options.RankByPessimisticFit);
        Assert.Equal(-0.25, options.UnknownPayGain);
        Assert.Equal(0.5, options.UnknownSkillFit);
        Assert.Equal(8, RecommendationOptions.MaxStepsLimit);
    }

    [Fact]
    public void The_default_weights_favour_relatedness_and_halve_preference()
    {
        var weights = ScoreWeights.Default;

        Assert.Equal(
            (1.0, 1.0, 1.0, 1.0, 0.5, 4.0, 1.0),
            (weights.SalaryGain, weights.SkillFit, weights.Time, weights.Outlook, weights.Preference, weights.Relatedness, weights.Similarity));
    }

    [Fact]
    public void The_default_learning_times_develop_three_skills_side_by_side_and_take_years_per_degree()
    {
        var times = CareerModel.Assessment.LearningTimes.Default;

        Assert.Equal(3, times.ConcurrentSkills);
        Assert.Equal(
            [Period.Zero, Period.FromYears(1), Period.FromMonths(6), Period.FromMonths(6), Period.FromYears(1), Period.FromYears(2), Period.FromYears(2), Period.FromYears(4)],
            Enum.GetValues<CareerModel.Skills.EducationLevel>().Select(times.ForEducationLevel));
    }
}
