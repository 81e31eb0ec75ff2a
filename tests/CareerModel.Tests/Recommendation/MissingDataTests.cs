using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>Unknown is not zero: pay and skill data the catalog lacks are estimated or penalised, flagged and warned, never a free best case.</summary>
public class MissingDataTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly Recommender Engine =
        Recommender.Create(BuiltInCatalogs.CustomerService, Clock, exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);

    private static Profile Specialist(string region = "US") => new Profile("cs-specialist", region)
        .WithSkills(BuiltInCatalogs.CustomerService.GetRole("cs-specialist").Requirements.Select(q => new SkillLevel(q.SkillId, q.MinimumLevel)))
        .WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2023, 11, 1))]));

    [Fact]
    public void A_move_whose_pay_is_unknown_ranks_below_a_real_raise_and_is_flagged()
    {
        var result = Engine.Recommend(Specialist(), new RecommendationOptions { MaxSteps = 1, Count = 30 });
        var retention = result.Paths.Single(p => p.Final.Target.Id == "retention-specialist");
        var senior = result.Paths.Single(p => p.Final.Target.Id == "cs-senior-specialist");

        Assert.Null(retention.Final.ProjectedPay);
        Assert.Equal(PayBasis.Unknown, retention.Score.PayBasis);
        Assert.Equal(-0.25, retention.Score.SalaryGain, 12);
        Assert.Contains("(pay unknown)", retention.Score.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(FormattableString.Invariant($"fit {retention.Final.Fit:0.00}, pay unknown"), retention.Final.ToString(), StringComparison.Ordinal);
        Assert.Equal(new Money(10_000, Currency.USD), senior.PayGain);
        Assert.True(senior.Rank < retention.Rank, $"senior #{senior.Rank}, retention #{retention.Rank}");
        // One warning names every final role of unknown pay, in rank order.
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(RecommendationWarningKind.PayUnknown, warning.Kind);
        Assert.Equal(result.Paths.Where(p => p.Score.PayBasis == PayBasis.Unknown).Select(p => p.Final.Target.Id), warning.Ids);
        Assert.Contains("retention-specialist", warning.Ids);
        Assert.Equal($"Pay is unknown for {string.Join(", ", warning.Ids.Select(id => $"'{id}'"))}{NoBand}", warning.Message);
    }

    [Fact]
    public void The_unknown_pay_gain_is_an_option()
    {
        var result = Engine.Recommend(Specialist(), new RecommendationOptions { MaxSteps = 1, Count = 30, UnknownPayGain = -1 });

        Assert.Equal(-1, result.Paths.Single(p => p.Final.Target.Id == "retention-specialist").Score.SalaryGain, 12);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("DE")]
    public void A_person_in_europe_gets_pay_gains_estimated_from_the_reference_region(string region)
    {
        var junior = RecommenderTests.Junior(region);

        var result = Engine.Recommend(junior, new RecommendationOptions { MaxSteps = 1 });
        var specialist = result.Paths.Single(p => p.Final.Target.Id == "cs-specialist");

        // The junior level has only US pay: the gain is the US ratio of the two levels, 42k over 35k.
        Assert.Equal(PayBasis.Estimated, specialist.Score.PayBasis);
        Assert.Equal(Math.Log2(42_000.0 / 35_000), specialist.Score.SalaryGain, 12);
        Assert.Equal(Currency.EUR, specialist.Final.ProjectedPay!.Value.Currency);
        Assert.EndsWith(FormattableString.Invariant($"fit {specialist.Final.Fit:0.00}, {specialist.Final.ProjectedPay} (estimated)"), specialist.Final.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            [
                $"PayUnknown [remote-global-agent, omnichannel-support-rep, live-chat-agent] Pay is unknown for 'remote-global-agent', 'omnichannel-support-rep', 'live-chat-agent'{NoBand}",
                "PayEstimated [cs-specialist] Pay for 'cs-specialist' is estimated from the reference region's bands: the person's region publishes none for them or today's role.",
            ],
            Describe(result.Warnings));
        Assert.DoesNotContain(result.Paths, p => p.Score.SalaryGain == 0 && p.Score.PayBasis == PayBasis.Published);
    }

    [Fact]
    public void Pay_published_for_the_region_and_today_is_compared_in_the_regions_currency()
    {
        var catalog = TwoRoleCatalog(new SalaryBand[] { SalaryBand.FromMedian(new Money(30_000, Currency.EUR)), SalaryBand.FromMedian(new Money(36_000, Currency.EUR)) });

        var result = Recommender.Create(catalog, Clock).Recommend(new Profile("a", "DE"));
        var step = result.Paths.Single();

        Assert.Equal(["SkillDataMissing [b] 'b' lists no skill requirements: fit counts 0.5 and similarity 0."], Describe(result.Warnings));
        Assert.Equal(PayBasis.Published, step.Score.PayBasis);
        Assert.Equal(new Money(36_000, Currency.EUR), step.Final.ProjectedPay);
        Assert.Equal(Math.Log2(1.2), step.Score.SalaryGain, 12);
    }

    [Fact]
    public void A_role_without_skill_data_counts_a_middling_fit_and_no_similarity_and_says_so()
    {
        var catalog = CareerCatalog.CreateBuilder()
            .AddSkills([new Skill("writing", "Writing", SkillCategory.Technical)])
            .AddRole(new Role("start", "Start", "family", CareerTrack.IndividualContributor, 1).WithRequirements([SkillRequirement.Required("writing", 2)]))
            .AddRole(new Role("unrated", "Unrated", "family", CareerTrack.IndividualContributor, 1))
            .AddRole(new Role("blank", "Blank", "family", CareerTrack.IndividualContributor, 1))
            .AddTransition(new Transition("start", "unrated", TransitionKind.Lateral))
            .AddTransition(new Transition("start", "blank", TransitionKind.Lateral))
            .Build();
        var person = new Profile("start").WithSkills([new SkillLevel("writing", 2)]);

        var result = Recommender.Create(catalog, Clock).Recommend(person, new RecommendationOptions { ExcludedRoles = ["blank"] });
        var both = Recommender.Create(catalog, Clock).Recommend(person);
        var path = result.Paths.Single();

        Assert.Equal(1, path.Final.Fit);
        Assert.True(path.Score.IsSkillDataMissing);
        Assert.Equal(0.5, path.Score.SkillFit, 12);
        Assert.Equal(0, path.Score.Similarity);
        Assert.Contains("(no skill data)", path.Score.ToString(), StringComparison.Ordinal);
        Assert.Equal(
            [
                "NoRegion [] The profile names no region, so pay is not projected.",
                $"PayUnknown [unrated] Pay is unknown for 'unrated'{NoBand}",
                "SkillDataMissing [unrated] 'unrated' lists no skill requirements: fit counts 0.5 and similarity 0.",
            ],
            Describe(result.Warnings));
        Assert.Equal("SkillDataMissing [blank, unrated] 'blank', 'unrated' list no skill requirements: fit counts 0.5 and similarity 0.", Describe(both.Warnings)[^1]);
    }

    [Fact]
    public void Out_of_range_unknown_estimates_are_refused_with_the_rule()
    {
        var junior = RecommenderTests.Junior();

        var pay = Assert.Throws<ArgumentException>(() => Engine.Recommend(junior, new RecommendationOptions { UnknownPayGain = 2 }));
        var fit = Assert.Throws<ArgumentException>(() => Engine.Recommend(junior, new RecommendationOptions { UnknownSkillFit = double.NaN }));

        Assert.Contains("UnknownPayGain 2 must be a number from -1 to 1", pay.Message, StringComparison.Ordinal);
        Assert.Contains("UnknownSkillFit NaN must be a number from 0 to 1", fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minimum_pay_in_another_currency_is_refused_before_the_search()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Engine.Recommend(RecommenderTests.Junior("DE"), new RecommendationOptions { MinimumPay = new Money(40_000, Currency.USD) }));

        Assert.Contains("MinimumPay USD 40,000.00 is in USD, but region 'DE' pays in EUR", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_the_region_does_not_publish_for_a_role_is_todays_pay_times_the_reference_regions_ratio()
    {
        var catalog = CareerCatalog.CreateBuilder()
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("US", "United States", RegionKind.Country, Currency.USD, "world"), new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "world")])
            .AddRole(new Role("a", "A", "family", CareerTrack.IndividualContributor, 1).WithPayBands(new Dictionary<string, SalaryBand>
            {
                ["DE"] = SalaryBand.FromMedian(new Money(30_000, Currency.EUR)),
                ["US"] = SalaryBand.FromMedian(new Money(40_000, Currency.USD)),
            }))
            .AddRole(new Role("b", "B", "family", CareerTrack.IndividualContributor, 2).WithPayBands(new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(new Money(50_000, Currency.USD)) }))
            .AddTransition(new Transition("a", "b", TransitionKind.Promotion))
            .Build();

        var step = Recommender.Create(catalog, Clock).Recommend(new Profile("a", "DE")).Paths.Single();

        // Germany publishes no pay for b: EUR 30,000 today × the US ratio 50,000 ÷ 40,000.
        Assert.Equal(PayBasis.Estimated, step.Score.PayBasis);
        Assert.Equal(new Money(37_500, Currency.EUR), step.Final.ProjectedPay);
        Assert.Equal(new Money(7_500, Currency.EUR), step.PayGain);
        Assert.Equal(Math.Log2(1.25), step.Score.SalaryGain, 12);
    }

    [Fact]
    public void The_reference_region_is_the_one_most_roles_publish_in_and_on_a_tie_the_lower_id()
    {
        static Dictionary<string, SalaryBand> Bands(decimal canada, decimal mexico) => new()
        {
            ["CA"] = SalaryBand.FromMedian(new Money(canada, Currency.USD)),
            ["MX"] = SalaryBand.FromMedian(new Money(mexico, Currency.USD)),
        };
        var catalog = CareerCatalog.CreateBuilder()
            .AddRegions([
                new Region("world", "World", RegionKind.World, Currency.USD),
                new Region("MX", "Mexico", RegionKind.Country, Currency.USD, "world"),
                new Region("CA", "Canada", RegionKind.Country, Currency.USD, "world"),
                new Region("US", "United States", RegionKind.Country, Currency.USD, "world"),
            ])
            .AddRole(new Role("a", "A", "family", CareerTrack.IndividualContributor, 1).WithPayBands(Bands(30_000, 40_000)))
            .AddRole(new Role("b", "B", "family", CareerTrack.IndividualContributor, 2).WithPayBands(Bands(36_000, 60_000)))
            .AddTransition(new Transition("a", "b", TransitionKind.Promotion))
            .Build();

        var step = Recommender.Create(catalog, Clock).Recommend(new Profile("a", "US")).Paths.Single();

        // Both regions publish both roles: "CA" is the reference, and its ratio of 1.2 (not "MX"'s 1.5) the gain.
        Assert.Equal(PayBasis.Estimated, step.Score.PayBasis);
        Assert.Equal(Math.Log2(1.2), step.Score.SalaryGain, 12);
    }

    /// <summary>Each warning as its kind, the ids it names and its message.</summary>
    private static string[] Describe(IEnumerable<RecommendationWarning> warnings) =>
        [.. warnings.Select(w => $"{w.Kind} [{string.Join(", ", w.Ids)}] {w.Message}")];

    private const string NoBand = ": no band for them and today's role in the person's region, an enclosing region or the reference region; their salary gain counts -0.25.";

    private static CareerCatalog TwoRoleCatalog(SalaryBand[] bands) => CareerCatalog.CreateBuilder()
        .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("europe", "Europe", RegionKind.RegionGroup, Currency.EUR, "world"), new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "europe")])
        .AddRole(new Role("a", "A", "family", CareerTrack.IndividualContributor, 1).WithPayBands(new Dictionary<string, SalaryBand> { ["europe"] = bands[0] }))
        .AddRole(new Role("b", "B", "family", CareerTrack.IndividualContributor, 2).WithPayBands(new Dictionary<string, SalaryBand> { ["DE"] = bands[1] }))
        .AddTransition(new Transition("a", "b", TransitionKind.Promotion))
        .Build();
}
