using CareerModel.Catalogs;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The defaults a request gets when it sets nothing, pinned: changing one changes every caller's
/// rankings; and the options a request refuses, each named with its value and rule.
/// </summary>
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

    private static readonly Recommender Engine = Recommender.Create(BuiltInCatalogs.CustomerService, new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)));

    public static TheoryData<string, Action<RecommendationOptions>, string> InvalidOptions() => new()
    {
        { "count zero", o => o.Count = 0, "Count 0 must be from 1 to 1000." },
        { "count past the limit", o => o.Count = 1001, "Count 1001 must be from 1 to 1000." },
        { "no step", o => o.MaxSteps = 0, "MaxSteps 0 must be from 1 to 8." },
        { "steps past the limit", o => o.MaxSteps = 9, "MaxSteps 9 must be from 1 to 8." },
        { "a zero horizon", o => o.Horizon = Period.Zero, "Horizon P0D must be longer than zero." },
        { "no weights", o => o.Weights = null!, "Weights must not be null." },
        { "no exclusion list", o => o.ExcludedRoles = null!, "ExcludedRoles must not be null." },
        { "an unknown pay gain below -1", o => o.UnknownPayGain = -1.5, "UnknownPayGain -1.5 must be a number from -1 to 1." },
        { "an unknown skill fit above 1", o => o.UnknownSkillFit = 1.5, "UnknownSkillFit 1.5 must be a number from 0 to 1." },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void An_invalid_option_is_refused_naming_its_value_and_rule(string mistake, Action<RecommendationOptions> spoil, string message)
    {
        _ = mistake;
        var options = new RecommendationOptions();
        spoil(options);

        var ex = Assert.Throws<ArgumentException>(() => Engine.Recommend(RecommenderTests.Junior(), options));

        Assert.Equal("options", ex.ParamName);
        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_longest_paths_allowed_are_searched()
    {
        var options = new RecommendationOptions { MaxSteps = RecommendationOptions.MaxStepsLimit, Count = 1000 };

        var longest = Engine.Recommend(RecommenderTests.Junior(), options).Paths.Max(p => p.Steps.Count);

        Assert.True(longest > 3, $"the longest path found has {longest} steps");
    }

    [Theory]
    [InlineData(-1, 1, -1, 1)]
    [InlineData(1, 0, 0, 1)]
    public void The_extreme_unknown_estimates_are_accepted(double payGain, double skillFit, double otherPay, double otherFit)
    {
        foreach (var (pay, fit) in new[] { (payGain, skillFit), (otherPay, otherFit) })
            Assert.NotEmpty(Engine.Recommend(RecommenderTests.Junior(), new RecommendationOptions { UnknownPayGain = pay, UnknownSkillFit = fit }).Paths);
    }

    [Fact]
    public void Weights_describe_themselves_in_the_invariant_culture()
    {
        Assert.Equal("salary 1, fit 1, time 1, outlook 1, preference 0.5, relatedness 4, similarity 1", ScoreWeights.Default.ToString());
        Assert.Equal("salary 0.125, fit 2, time 0, outlook 0, preference 0, relatedness 0.333, similarity 0", new ScoreWeights(0.125, 2, 0, 0, 0, 1.0 / 3, 0).ToString());
    }
}
