using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// Where a move's projected pay comes from: a band in the person's currency, a band in another
/// currency converted at the day's rate, or nothing when there is no rate, no region or an unknown one.
/// </summary>
public class ProjectedPayTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly LocalDate RatesFrom = new(2025, 1, 1);
    private static readonly ExchangeRateTable Rates = ExchangeRateTable.Create([new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, RatesFrom, "test")]);

    /// <summary>A German junior whose next role is paid in dollars world-wide only.</summary>
    private static readonly CareerCatalog Catalog = CareerCatalog.CreateBuilder()
        .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("DE", "Germany", RegionKind.Country, Currency.EUR, "world")])
        .AddRole(new Role("junior", "Junior", "support", CareerTrack.IndividualContributor, 1)
            .WithPayBands(new Dictionary<string, SalaryBand> { ["DE"] = SalaryBand.FromRange(new Money(30_000, Currency.EUR), new Money(40_000, Currency.EUR)) }))
        .AddRole(new Role("senior", "Senior", "support", CareerTrack.IndividualContributor, 2)
            .WithPayBands(new Dictionary<string, SalaryBand> { ["world"] = SalaryBand.FromRange(new Money(45_000, Currency.USD), new Money(63_000, Currency.USD)) }))
        .AddTransition(new Transition("junior", "senior", TransitionKind.Promotion))
        .Build();

    private static PathRecommendation OnlyMove(Recommender recommender, Profile person, out RecommendationResult result)
    {
        result = recommender.Recommend(person, new RecommendationOptions { MaxSteps = 1 });
        return Assert.Single(result.Paths);
    }

    [Fact]
    public void A_band_in_another_currency_is_converted_at_the_days_rate_into_the_persons_currency()
    {
        var move = OnlyMove(Recommender.Create(Catalog, Clock, exchangeRates: Rates), new Profile("junior", "DE"), out _);

        // The dollar midpoint 54,000 at 1 EUR = 1.08 USD is EUR 50,000.
        Assert.Equal(new Money(50_000, Currency.EUR), move.Final.ProjectedPay);
        Assert.Equal(PayBasis.Published, move.Score.PayBasis);
        Assert.Equal(new Money(15_000, Currency.EUR), move.PayGain);
        Assert.Equal(Math.Log2(50_000.0 / 35_000), move.Score.SalaryGain, 12);
    }

    [Fact]
    public void A_band_in_another_currency_without_a_rate_leaves_the_pay_unknown_and_says_so()
    {
        var move = OnlyMove(Recommender.Create(Catalog, Clock), new Profile("junior", "DE"), out var result);

        Assert.Null(move.Final.ProjectedPay);
        Assert.Equal(PayBasis.Unknown, move.Score.PayBasis);
        Assert.Contains(result.Warnings, w => w.Kind == RecommendationWarningKind.PayUnknown && w.Ids.Contains("senior"));
    }

    [Fact]
    public void A_rate_not_yet_in_force_on_the_day_does_not_convert()
    {
        var early = new FakeClock(Instant.FromUtc(2024, 6, 1, 12, 0));

        var move = OnlyMove(Recommender.Create(Catalog, early, exchangeRates: Rates), new Profile("junior", "DE"), out _);

        Assert.Null(move.Final.ProjectedPay);
    }

    [Fact]
    public void A_region_the_catalog_does_not_know_projects_no_pay_and_is_named_in_a_warning()
    {
        var move = OnlyMove(Recommender.Create(Catalog, Clock, exchangeRates: Rates), new Profile("junior", "FR"), out var result);

        Assert.Null(move.Final.ProjectedPay);
        Assert.Null(move.CurrentPay);
        var warning = Assert.Single(result.Warnings, w => w.Kind == RecommendationWarningKind.UnknownRegion);
        Assert.Equal(["FR"], warning.Ids);
        Assert.Equal("Region 'FR' is not in the catalog, so pay is not projected.", warning.Message);
    }

    [Fact]
    public void A_certification_the_catalog_does_not_know_is_ignored_with_a_warning_naming_it()
    {
        var person = new Profile("junior", "DE").WithCertification("cert-unknown");

        OnlyMove(Recommender.Create(Catalog, Clock, exchangeRates: Rates), person, out var result);

        var warning = Assert.Single(result.Warnings, w => w.Kind == RecommendationWarningKind.UnknownCertification);
        Assert.Equal(["cert-unknown"], warning.Ids);
        Assert.Equal("Certification 'cert-unknown' is not in the catalog and was ignored.", warning.Message);
    }
}
