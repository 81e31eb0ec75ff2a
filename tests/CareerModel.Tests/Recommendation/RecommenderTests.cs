using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>Recommendations on the built-in catalog for a junior specialist, as the guides' ladder suggests.</summary>
public class RecommenderTests
{
    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly Recommender Engine = Recommender.Create(Catalog, Clock, exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);

    /// <summary>A junior with the junior level's typical skills and a year of experience.</summary>
    internal static Profile Junior(string region = "US", Preferences? preferences = null, params SkillLevel[] extra) => new Profile("cs-junior-specialist", region)
        .WithSkills([ new SkillLevel("active-listening", 2), new SkillLevel("empathy", 2), new SkillLevel("clear-communication", 2), new SkillLevel("problem-solving", 1), new SkillLevel("patience", 2), new SkillLevel("crm-software", 1), new SkillLevel("data-entry", 2), new SkillLevel("product-expertise", 1), .. extra, ])
        .WithWorkHistory(new WorkHistory([new Employment("cs-junior-specialist", new LocalDate(2025, 11, 1))]))
        .WithPreferences(preferences);

    [Fact]
    public void A_juniors_best_move_is_the_next_rung_of_the_ladder_with_its_pay_and_explanation()
    {
        var best = Engine.Recommend(Junior()).Paths[0];

        Assert.Equal(["cs-junior-specialist", "cs-specialist"], best.RoleIds);
        Assert.Equal(TransitionKind.Promotion, best.Final.Kind);
        Assert.Equal(new Money(35_000, Currency.USD), best.CurrentPay);
        Assert.Equal(new Money(42_000, Currency.USD), best.Final.ProjectedPay);
        Assert.Equal(new Money(7_000, Currency.USD), best.PayGain);
        Assert.Equal(Math.Log2(42_000.0 / 35_000), best.Score.SalaryGain, 12);   // log₂ of the pay ratio, 0.263
        Assert.Equal(PayBasis.Published, best.Score.PayBasis);
        Assert.Equal(best.Score.Total, best.Score.Parts.Sum(p => p.Value), 12);
        Assert.Contains(best.TopGaps, g => g.SkillId == "de-escalation" && g.Need == 2 && g.Have == 0);
        Assert.Equal(Clock.GetCurrentInstant().InUtc().Date.PlusMonths((int)(best.TotalTime.Years * 12 + best.TotalTime.Months)), best.Arrives);
        Assert.Equal(FormattableString.Invariant($"#1 cs-junior-specialist → cs-specialist (score {best.Score.Total:0.000}, arrives {best.Arrives:uuuu-MM-dd})"), best.ToString());
        Assert.Equal(FormattableString.Invariant($"→ Customer Service Specialist (Promotion) on {best.Final.Starts:uuuu-MM-dd}, fit {best.Final.Fit:0.00}, USD 42,000.00"), best.Final.ToString());
    }

    [Fact]
    public void Paths_are_sorted_by_score_and_use_only_catalog_transitions()
    {
        var paths = Engine.Recommend(Junior(), new RecommendationOptions { Count = 50 }).Paths;

        Assert.True(paths.Count > 10);
        Assert.Equal(Enumerable.Range(1, paths.Count), paths.Select(p => p.Rank));
        Assert.All(paths.Zip(paths.Skip(1)), pair => Assert.True(pair.First.Score.Total >= pair.Second.Score.Total));
        Assert.All(paths, path => Assert.All(path.Steps, step =>
            Assert.Contains(Catalog.GetTransitionsFrom(step.Transition.FromRoleId), t => t == step.Transition)));
        Assert.All(paths, path => Assert.Equal(path.RoleIds.Count, path.RoleIds.Distinct().Count()));
        Assert.All(paths, path => Assert.Equal(path.RoleIds.Skip(1), path.Steps.Select(s => s.Target.Id)));
    }

    [Fact]
    public void Target_mode_finds_the_ways_to_team_lead()
    {
        var result = Engine.RecommendPathsTo(Junior(), "cs-team-lead", new RecommendationOptions { Count = 5 });

        Assert.NotEmpty(result.Paths);
        Assert.All(result.Paths, p => Assert.Equal("cs-team-lead", p.Final.Target.Id));
        Assert.Contains(result.Paths, p => p.RoleIds.SequenceEqual(["cs-junior-specialist", "cs-specialist", "cs-senior-specialist", "cs-team-lead"]));
    }

    [Fact]
    public void An_unreachable_target_gives_an_empty_result_with_the_reason()
    {
        var result = Engine.RecommendPathsTo(Junior(), "cs-vp-customer-experience");

        Assert.Empty(result.Paths);
        Assert.Equal("No path leads to 'cs-vp-customer-experience' within 3 steps and 10 years under the constraints given.", result.EmptyReason);
    }

    [Fact]
    public void Constraints_exclude_roles_keep_the_track_and_set_a_pay_floor()
    {
        var options = new RecommendationOptions
        {
            Count = 100,
            ExcludedRoles = ["cs-specialist"],
            StayInTrack = CareerTrack.IndividualContributor,
            MinimumPay = new Money(50_000, Currency.USD),
        };

        var paths = Engine.Recommend(Junior(), options).Paths;

        Assert.NotEmpty(paths);
        Assert.All(paths, p => Assert.DoesNotContain("cs-specialist", p.RoleIds));
        Assert.All(paths, p => Assert.All(p.Steps, s => Assert.Equal(CareerTrack.IndividualContributor, s.Target.Track)));
        Assert.All(paths, p => Assert.True(p.Final.ProjectedPay >= new Money(50_000, Currency.USD)));
    }

    [Fact]
    public void Preferences_count_in_the_score()
    {
        var managers = Junior(preferences: new Preferences(tracks: [CareerTrack.Management]));

        var result = Engine.RecommendPathsTo(managers, "cs-team-lead", new RecommendationOptions { Count = 1 });

        Assert.Equal(ScoreWeights.Default.Preference, result.Paths[0].Score.Preference, 12);
    }

    [Fact]
    public void Why_one_path_ranks_above_another_is_explained_part_by_part()
    {
        var paths = Engine.Recommend(Junior()).Paths;

        var other = paths.First(p => p.Final.Target.Id != paths[0].Final.Target.Id);

        var why = paths[0].CompareWith(other);

        Assert.Equal(paths[0].Score.Total - other.Score.Total, why.Differences.Sum(d => d.Value), 12);
        Assert.Equal(why.Differences.OrderByDescending(d => Math.Abs(d.Value)).ThenBy(d => d.Key, StringComparer.Ordinal), why.Differences);
        Assert.NotEqual(0, why.Differences[0].Value);
        var parts = why.Differences.Where(d => d.Value != 0).Select(d => FormattableString.Invariant($"{d.Key} {d.Value:+0.###;-0.###}"));
        Assert.Equal(
            FormattableString.Invariant($"{paths[0].Final.Target.Id} ranks above {other.Final.Target.Id} by {why.TotalDifference:0.###}: {string.Join(", ", parts)}"),
            why.ToString());
    }

    [Fact]
    public void Two_paths_of_equal_score_to_different_roles_are_explained_in_the_order_given()
    {
        var twins = CareerCatalog.CreateBuilder()
            .AddRole(new Role("start", "Start", "family", CareerTrack.IndividualContributor, 1))
            .AddRole(new Role("x", "X", "family", CareerTrack.IndividualContributor, 2))
            .AddRole(new Role("y", "Y", "family", CareerTrack.IndividualContributor, 2))
            .AddTransition(new Transition("start", "x", TransitionKind.Promotion))
            .AddTransition(new Transition("start", "y", TransitionKind.Promotion))
            .Build();
        var paths = Recommender.Create(twins, Clock).Recommend(new Profile("start")).Paths;

        Assert.Equal(paths[0].Score.Total, paths[1].Score.Total);
        Assert.Equal("x ranks above y by 0: ", paths[0].CompareWith(paths[1]).ToString());
        Assert.Equal("y ranks above x by 0: ", paths[1].CompareWith(paths[0]).ToString());
    }

    [Fact]
    public void Comparing_the_lower_path_with_the_higher_tells_the_same_story_with_every_difference_negated()
    {
        var paths = Engine.Recommend(Junior()).Paths;
        var other = paths.First(p => p.Final.Target.Id != paths[0].Final.Target.Id);

        var down = paths[0].CompareWith(other);
        var up = other.CompareWith(paths[0]);

        Assert.True(up.TotalDifference < 0, "the second path ranks lower");
        Assert.Equal(-down.TotalDifference, up.TotalDifference, 12);
        Assert.Equal(down.Differences.Select(d => KeyValuePair.Create(d.Key, -d.Value)), up.Differences);
        Assert.Equal(down.ToString(), up.ToString());
        Assert.Same(other, up.First);
        Assert.Same(paths[0], up.Second);
    }

    [Fact]
    public void Two_paths_to_the_same_role_are_told_apart_by_their_routes()
    {
        var paths = Engine.Recommend(Junior(), new RecommendationOptions { Count = 50 }).Paths;
        var (first, second) = paths.SelectMany((a, i) => paths.Skip(i + 1).Where(b => b.Final.Target.Id == a.Final.Target.Id).Select(b => (a, b))).First();

        var why = first.CompareWith(second).ToString();

        Assert.StartsWith($"{string.Join(" → ", first.RoleIds)} ranks above {string.Join(" → ", second.RoleIds)} by", why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_trade_off_front_holds_no_path_beaten_on_pay_time_and_gap_at_once()
    {
        var result = Engine.Recommend(Junior(), new RecommendationOptions { Count = 1000 });
        var front = Engine.FindTradeOffs(Junior());
        // The salary part is the gain as the front compares it (log₂ of the pay ratio; the default weight is 1).
        static (double Gain, Period Time, double Gap) Of(PathRecommendation p) => (p.Score.SalaryGain, p.TotalTime, 1 - p.MeanFit);
        static int Months(Period p) => (p.Years * 12) + p.Months;

        Assert.False(front.IsTruncated);
        Assert.Equal(result.Paths.Count, front.PathsConsidered);
        Assert.NotEmpty(front.Paths);
        foreach (var path in front.Paths)
        {
            var (gain, time, gap) = Of(path);
            Assert.DoesNotContain(result.Paths, other =>
            {
                var (g, t, x) = Of(other);
                return g >= gain && Months(t) <= Months(time) && x <= gap + 1e-12 && (g > gain || Months(t) < Months(time) || x < gap - 1e-12);
            });
        }
    }

    [Fact]
    public void Every_path_no_other_beats_on_pay_time_and_gap_at_once_is_on_the_trade_off_front_once_per_objective()
    {
        var all = Engine.Recommend(Junior(), new RecommendationOptions { Count = 1000 }).Paths;
        var front = Engine.FindTradeOffs(Junior());
        static (double Gain, int Months, double Gap) Of(PathRecommendation p) => (p.Score.SalaryGain, (p.TotalTime.Years * 12) + p.TotalTime.Months, Math.Round(1 - p.MeanFit, 9));
        var onFront = front.Paths.Select(Of).ToHashSet();

        var undominated = all.Where(p => !all.Any(o =>
        {
            var (g, m, x) = Of(o);
            var (gain, months, gap) = Of(p);
            return g >= gain && m <= months && x <= gap && (g > gain || m < months || x < gap);
        })).Select(Of).ToHashSet();

        Assert.Equal(front.Paths.Count, onFront.Count);
        Assert.True(undominated.SetEquals(onFront), $"undominated {undominated.Count}, on the front {onFront.Count}");
    }

    [Fact]
    public void A_trade_off_front_towards_a_target_or_above_a_minimum_pay_holds_only_such_paths()
    {
        var toLead = Engine.FindTradeOffs(Junior(), targetRoleId: "cs-team-lead");
        var wellPaid = Engine.FindTradeOffs(Junior(), new RecommendationOptions { MinimumPay = new Money(50_000, Currency.USD) });

        Assert.NotEmpty(toLead.Paths);
        Assert.All(toLead.Paths, p => Assert.Equal("cs-team-lead", p.Final.Target.Id));
        Assert.NotEmpty(wellPaid.Paths);
        Assert.All(wellPaid.Paths, p => Assert.True(p.Final.ProjectedPay >= new Money(50_000, Currency.USD), p.ToString()));
    }

    [Fact]
    public void The_same_input_gives_the_same_output()
    {
        var first = Engine.Recommend(Junior()).Paths.Select(p => (string.Join(">", p.RoleIds), p.Score.Total));
        var second = Engine.Recommend(Junior()).Paths.Select(p => (string.Join(">", p.RoleIds), p.Score.Total));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Pay_is_projected_in_the_persons_region_and_currency()
    {
        var europe = Engine.Recommend(Junior("DE"), new RecommendationOptions { Count = 100 }).Paths;

        var specialist = europe.First(p => p.Final.Target.Id == "cs-specialist");
        Assert.Equal(new Money(40_000, Currency.EUR), specialist.Final.ProjectedPay);
        Assert.Null(specialist.CurrentPay);
    }

    [Fact]
    public void Unknown_skills_are_ignored_with_a_warning()
    {
        var result = Engine.Recommend(Junior(extra: new SkillLevel("juggling", 3)));

        var warning = Assert.Single(result.Warnings, w => w.Kind == RecommendationWarningKind.UnknownSkill);
        Assert.Equal(["juggling"], warning.Ids);
        Assert.Equal("Skill 'juggling' is not in the catalog and was ignored.", warning.ToString());
        Assert.NotEmpty(result.Paths);
    }

    [Fact]
    public void A_profile_without_a_known_current_role_is_refused()
    {
        Assert.Throws<UnknownRoleException>(() => Engine.Recommend(new Profile("astronaut", "US")));
        Assert.Contains("names no current role", Assert.Throws<ArgumentException>(() => Engine.Recommend(new Profile(regionId: "US"))).Message);
        Assert.Throws<UnknownRoleException>(() => Engine.RecommendPathsTo(Junior(), "astronaut"));
    }

    [Fact]
    public void A_level_off_the_scale_is_refused()
    {
        Assert.Throws<SkillLevelOutOfScaleException>(() => Engine.Recommend(Junior(extra: new SkillLevel("de-escalation", 9))));
    }

    [Fact]
    public void Negative_or_all_zero_weights_and_bad_options_are_refused()
    {
        Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => new ScoreWeights(1, 1, -1, 1, 1, 1, 1)).ParamName);
        Assert.Contains("At least one score weight", Assert.Throws<ArgumentException>(() => new ScoreWeights(0, 0, 0, 0, 0, 0, 0)).Message);
        Assert.Contains("MaxSteps 0", Assert.Throws<ArgumentException>(() => Engine.Recommend(Junior(), new RecommendationOptions { MaxSteps = 0 })).Message);
        Assert.Contains("Count 0", Assert.Throws<ArgumentException>(() => Engine.Recommend(Junior(), new RecommendationOptions { Count = 0 })).Message);
    }

    [Fact]
    public void A_layout_that_is_not_a_scoring_layout_is_refused_naming_the_choices()
    {
        var ex = Assert.Throws<ArgumentException>(() => Recommender.Create(Catalog, Clock, layout: (ScoringLayout)7));

        Assert.Equal("layout", ex.ParamName);
        Assert.StartsWith("Layout 7 is not a ScoringLayout: use Automatic, Dense or Sparse.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recommender_counts_days_in_utc_unless_given_a_zone()
    {
        var tokyo = DateTimeZoneProviders.Tzdb["Asia/Tokyo"];

        Assert.Same(DateTimeZone.Utc, Engine.Zone);
        Assert.Same(tokyo, Recommender.Create(Catalog, Clock, tokyo).Zone);
    }

    [Theory]
    [InlineData(ScoringLayout.Dense)]
    [InlineData(ScoringLayout.Sparse)]
    public void A_recommender_scores_in_the_layout_it_was_asked_for(ScoringLayout layout)
    {
        var recommender = Recommender.Create(Catalog, Clock, layout: layout);

        Assert.Equal(layout, recommender.Layout);
        Assert.Equal(layout, recommender.Scorer.Layout);
    }

    [Fact]
    public void Each_missing_argument_is_refused_naming_it()
    {
        Assert.Equal("catalog", Assert.Throws<ArgumentNullException>(() => Recommender.Create(null!, Clock)).ParamName);
        Assert.Equal("clock", Assert.Throws<ArgumentNullException>(() => Recommender.Create(Catalog, null!)).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Engine.Recommend(null!)).ParamName);
        Assert.Equal("targetRoleId", Assert.Throws<ArgumentNullException>(() => Engine.RecommendPathsTo(Junior(), null!)).ParamName);
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => Engine.Recommend(Junior()).Paths[0].CompareWith(null!)).ParamName);
    }

    [Fact]
    public void When_no_move_is_open_the_result_says_why_and_prints_it()
    {
        var everything = Catalog.Roles.Select(r => r.Id).ToArray();

        var none = Engine.Recommend(Junior(), new RecommendationOptions { ExcludedRoles = everything, MaxSteps = 2, Horizon = Period.FromYears(5) });
        var noneTo = Engine.RecommendPathsTo(Junior(), "cs-manager", new RecommendationOptions { MaxSteps = 1 });

        Assert.Empty(none.Paths);
        Assert.Equal("No move is open within 2 steps and 5 years under the constraints given.", none.EmptyReason);
        Assert.Equal("No path: No move is open within 2 steps and 5 years under the constraints given.", none.ToString());
        Assert.Equal("No path leads to 'cs-manager' within 1 steps and 10 years under the constraints given.", noneTo.EmptyReason);
    }

    [Fact]
    public void A_result_with_paths_has_no_empty_reason_and_prints_a_path_a_line()
    {
        var result = Engine.Recommend(Junior(), new RecommendationOptions { Count = 2 });

        Assert.Null(result.EmptyReason);
        Assert.Equal(string.Join(Environment.NewLine, result.Paths), result.ToString());
    }

    [Fact]
    public void A_profile_without_a_region_is_warned_that_pay_is_not_projected()
    {
        var result = Engine.Recommend(new Profile("cs-junior-specialist"));

        var warning = Assert.Single(result.Warnings, w => w.Kind == RecommendationWarningKind.NoRegion);
        Assert.Equal("The profile names no region, so pay is not projected.", warning.Message);
        Assert.All(result.Paths, p => Assert.Null(p.Final.ProjectedPay));
    }

    [Fact]
    public void A_paths_mean_fit_is_the_average_of_its_steps_fits()
    {
        var path = Engine.Recommend(Junior(), new RecommendationOptions { Count = 100 }).Paths.First(p => p.Steps.Count > 1 && p.Steps.Select(s => s.Fit).Distinct().Count() > 1);

        Assert.Equal(path.Steps.Average(s => s.Fit), path.MeanFit, 12);
    }

    [Fact]
    public void Two_paths_of_equal_score_are_compared_in_the_order_given()
    {
        var path = Engine.Recommend(Junior()).Paths[0];

        var same = path.CompareWith(path);

        Assert.Equal(0, same.TotalDifference);
        Assert.All(same.Differences, d => Assert.Equal(0, d.Value));
        Assert.Equal(["outlook", "preference", "relatedness", "salary gain", "similarity", "skill fit", "time"], same.Differences.Select(d => d.Key));
        Assert.StartsWith(FormattableString.Invariant($"{string.Join(" → ", path.RoleIds)} ranks above {string.Join(" → ", path.RoleIds)} by 0: "), same.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_complete_trade_off_front_says_so()
    {
        var front = Engine.FindTradeOffs(Junior());

        Assert.False(front.IsTruncated);
        Assert.Equal(FormattableString.Invariant($"{front.Paths.Count} paths on the front of {front.PathsConsidered} (complete)"), front.ToString());
    }
}
