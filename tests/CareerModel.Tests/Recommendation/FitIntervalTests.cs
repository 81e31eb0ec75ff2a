using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>Fit intervals from requirements' confidence bounds, and ranking by their pessimistic end.</summary>
public class FitIntervalTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    /// <summary>Only the skill fit counts, so the order is the order of the fits.</summary>
    private static readonly ScoreWeights FitOnly = new ScoreWeights(0, 1, 0, 0, 0, 0, 0);

    /// <summary>
    /// From a starting role, one move each to "loose" (data analysis at 3, but known only to lie
    /// between 1.5 and 5) and to "precise" (data analysis at 3.5, between 3.4 and 3.6), and to
    /// "plain" (no bounds at all); the person has data analysis at 3.
    /// </summary>
    private static CareerCatalog Catalog(params SkillRequirement[] plain)
    {
        var builder = CareerCatalog.CreateBuilder()
            .AddSkills([new Skill("data-analysis", "Data analysis", SkillCategory.Technical), new Skill("writing", "Writing", SkillCategory.Technical)])
            .AddRole(new Role("start", "Start", "family", CareerTrack.IndividualContributor, 1))
            .AddRole(new Role("loose", "Loose", "family", CareerTrack.IndividualContributor, 2)
                .WithRequirements([SkillRequirement.Required("data-analysis", 3).WithUncertainty(lowerBound: 1.5, upperBound: 5)]))
            .AddRole(new Role("precise", "Precise", "family", CareerTrack.IndividualContributor, 2)
                .WithRequirements([SkillRequirement.Required("data-analysis", 3.5).WithUncertainty(lowerBound: 3.4, upperBound: 3.6)]))
            .AddRole(new Role("plain", "Plain", "family", CareerTrack.IndividualContributor, 2)
                .WithRequirements(plain.Length > 0 ? plain : [SkillRequirement.Required("writing", 2)]));
        foreach (var to in new[] { "loose", "precise", "plain" })
            builder.AddTransition(new Transition("start", to, TransitionKind.Lateral, Period.FromMonths(6)));
        return builder.Build();
    }

    private static readonly Profile Person = new Profile("start").WithSkills([new SkillLevel("data-analysis", 3), new SkillLevel("writing", 1)]);

    private static PathStep StepTo(RecommendationResult result, string roleId) => result.Paths.Single(p => p.Final.Target.Id == roleId).Final;

    [Fact]
    public void Fit_intervals_are_absent_when_no_requirement_carries_bounds()
    {
        var catalog = CareerCatalog.CreateBuilder()
            .AddSkills([new Skill("writing", "Writing", SkillCategory.Technical)])
            .AddRole(new Role("start", "Start", "family", CareerTrack.IndividualContributor, 1))
            .AddRole(new Role("next", "Next", "family", CareerTrack.IndividualContributor, 2).WithRequirements([SkillRequirement.Required("writing", 2)]))
            .AddTransition(new Transition("start", "next", TransitionKind.Promotion))
            .Build();
        var recommender = Recommender.Create(catalog, Clock);

        var plain = recommender.Recommend(Person);
        var pessimistic = recommender.Recommend(Person, new RecommendationOptions { RankByPessimisticFit = true });

        Assert.Null(recommender.Compiled.Pessimistic);
        Assert.All(plain.Paths.Concat(pessimistic.Paths).SelectMany(p => p.Steps), step => Assert.Null(step.FitInterval));
        Assert.Equal(plain.ToString(), pessimistic.ToString());
        Assert.False(pessimistic.Paths[0].Score.IsSkillFitPessimistic);
    }

    [Fact]
    public void Fit_intervals_span_the_fits_at_the_requirements_bounds_and_contain_the_fit()
    {
        var result = Recommender.Create(Catalog(), Clock).Recommend(Person, new RecommendationOptions { Weights = FitOnly, MaxSteps = 1 });

        var loose = StepTo(result, "loose");
        Assert.Equal(1, loose.Fit);
        Assert.Equal(0.6, loose.FitInterval!.Pessimistic, 6);
        Assert.Equal(1, loose.FitInterval.Optimistic);
        var precise = StepTo(result, "precise");
        Assert.Equal(3 / 3.5, precise.Fit, 6);
        Assert.Equal(3 / 3.6, precise.FitInterval!.Pessimistic, 6);
        Assert.Equal(3 / 3.4, precise.FitInterval.Optimistic, 6);
        Assert.Equal("[0.83, 0.88]", precise.FitInterval.ToString());
        Assert.Null(StepTo(result, "plain").FitInterval);
    }

    [Fact]
    public void Ranking_by_the_pessimistic_fit_puts_a_loosely_known_role_below_a_precisely_known_one()
    {
        var recommender = Recommender.Create(Catalog(), Clock);

        var byEstimate = recommender.Recommend(Person, new RecommendationOptions { Weights = FitOnly, MaxSteps = 1 });
        var byPessimistic = recommender.Recommend(Person, new RecommendationOptions { Weights = FitOnly, MaxSteps = 1, RankByPessimisticFit = true });

        Assert.Equal(["loose", "precise", "plain"], byEstimate.Paths.Select(p => p.Final.Target.Id));
        Assert.Equal(["precise", "loose", "plain"], byPessimistic.Paths.Select(p => p.Final.Target.Id));
        var best = byPessimistic.Paths[0];
        Assert.Equal(3 / 3.5, best.Final.Fit, 6);
        Assert.Equal(best.Final.FitInterval!.Pessimistic, best.Score.SkillFit);
        Assert.False(byEstimate.Paths[0].Score.IsSkillFitPessimistic);
        Assert.True(best.Score.IsSkillFitPessimistic);
    }

    [Fact]
    public void The_explanation_says_the_score_takes_the_pessimistic_fit()
    {
        var paths = Recommender.Create(Catalog(), Clock)
            .Recommend(Person, new RecommendationOptions { Weights = FitOnly, MaxSteps = 1, RankByPessimisticFit = true }).Paths;

        Assert.Equal("0.833 = salary +0.000 (pay unknown), pessimistic fit +0.833, time +0.000, outlook +0.000, preference +0.000, relatedness +0.000, similarity +0.000", paths[0].Score.ToString());
        Assert.Equal("pessimistic skill fit", paths[0].Score.Parts[1].Key);
        Assert.Equal("precise ranks above loose by 0.233: pessimistic skill fit +0.233", paths[0].CompareWith(paths[1]).ToString());
    }

    [Fact]
    public void A_standard_error_alone_gives_a_95_percent_interval_and_bounds_are_clamped_onto_the_scale()
    {
        var catalog = Catalog(SkillRequirement.Required("data-analysis", 3).WithUncertainty(standardError: 0.5), SkillRequirement.Required("writing", 1).WithUncertainty(upperBound: 9));
        var step = StepTo(Recommender.Create(catalog, Clock).Recommend(Person, new RecommendationOptions { MaxSteps = 1 }), "plain");

        // Data analysis: 3 ± 1.96 × 0.5, so needs of 3.98 and 2.02; writing: at most the top of the scale, 5.
        Assert.Equal(1, step.Fit);
        Assert.Equal(0.5 * ((3 / (3 + (1.959963984540054 * 0.5))) + (1 / 5.0)), step.FitInterval!.Pessimistic, 6);
        Assert.Equal(1, step.FitInterval.Optimistic);
    }

    [Fact]
    public void Bounds_on_preferred_requirements_give_no_interval()
    {
        var catalog = Catalog(SkillRequirement.Required("writing", 1), SkillRequirement.Preferred("data-analysis", 4).WithUncertainty(lowerBound: 3, upperBound: 5));

        var step = StepTo(Recommender.Create(catalog, Clock).Recommend(Person, new RecommendationOptions { MaxSteps = 1 }), "plain");

        Assert.Null(step.FitInterval);
    }
}
