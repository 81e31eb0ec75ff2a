using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using NodaTime;
using static System.FormattableString;

namespace CareerModel.Tests.Compensation.Projection;

public class PayProjectorTests
{
    private const string Junior = "Junior Customer Service Specialist";
    private const string Specialist = "Customer Service Specialist";
    private const string Senior = "Senior Customer Service Specialist";

    private static readonly SalaryBand JuniorUs = BuiltInCatalogs.CustomerService.GetRole("cs-junior-specialist").PayBands["US"];
    private static readonly SalaryBand SpecialistUs = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];
    private static readonly SalaryBand SeniorUs = BuiltInCatalogs.CustomerService.GetRole("cs-senior-specialist").PayBands["US"];

    private static readonly LocalDate Hired = new(2025, 1, 1);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static MeritMatrix FlatThreePercent() => MeritMatrix.Create(["Meets"], RangePositionBasis.CompaRatio, [], [[0.03m]]);

    private static MeritMatrix ByCompaRatio() => MeritMatrix.Create(
        ["Below", "Meets", "Exceeds"],
        RangePositionBasis.CompaRatio,
        [0.9m, 1.1m],
        [[0.01m, 0m, 0m], [0.04m, 0.03m, 0.02m], [0.06m, 0.05m, 0.035m]]);

    private static CareerStep[] JuniorThenSpecialist() =>
    [
        new(Junior, JuniorUs, Hired),
        new(Specialist, SpecialistUs, new LocalDate(2026, 1, 1)),
    ];

    private static PayProjector WorkedExampleRules(RoundingMoment moment) => new(
        FlatThreePercent(),
        PromotionPolicy.PercentageOrBandMinimum(0.10m),
        RoundingPolicy.ToMinorUnits(moment: moment),
        costOfLiving: 0.02m);

    private static (LocalDate Date, Money Pay, ProjectionEntryKind Kind, string Detail, string Step)[] Rows(PayTimeline timeline) =>
        timeline.Entries.Select(e => (e.Date, e.Pay, e.Kind, e.Detail, e.StepLabel)).ToArray();

    [Fact]
    public void A_junior_hired_at_the_band_midpoint_and_promoted_after_a_year_projects_to_2028_figure_for_figure()
    {
        // Hired 2025-01-01 at USD 35,000 (junior band 30,000–45,000, midpoint 35,000), promoted to
        // specialist (median 42,000) on the first anniversary with "the band minimum or 10%, whichever
        // is more", a 3% merit and 2% cost of living every year, rounded to cents after each change.
        var timeline = WorkedExampleRules(RoundingMoment.EachStep)
            .Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), "Meets");

        Assert.Equal(
            [
                (Hired, Usd(35_000), ProjectionEntryKind.Start, "start as Junior Customer Service Specialist", Junior),
                (new LocalDate(2026, 1, 1), Usd(36_050), ProjectionEntryKind.Merit, "merit 3% (rating Meets, compa-ratio 1)", Junior),
                (new LocalDate(2026, 1, 1), Usd(42_000), ProjectionEntryKind.Promotion, "promotion to Customer Service Specialist: raised to the band minimum USD 42,000.00, more than 10%", Specialist),
                (new LocalDate(2026, 1, 1), Usd(42_840), ProjectionEntryKind.CostOfLiving, "cost of living 2%", Specialist),
                (new LocalDate(2027, 1, 1), Usd(44_125.20m), ProjectionEntryKind.Merit, "merit 3% (rating Meets, compa-ratio 1.02)", Specialist),
                (new LocalDate(2027, 1, 1), Usd(45_007.70m), ProjectionEntryKind.CostOfLiving, "cost of living 2%", Specialist),
                (new LocalDate(2028, 1, 1), Usd(46_357.93m), ProjectionEntryKind.Merit, "merit 3% (rating Meets, compa-ratio 1.07)", Specialist),
                (new LocalDate(2028, 1, 1), Usd(47_285.09m), ProjectionEntryKind.CostOfLiving, "cost of living 2%", Specialist),
            ],
            Rows(timeline));
        Assert.Equal(Usd(47_285.09m), timeline.FinalPay);
    }

    [Fact]
    public void Rounding_at_the_end_carries_exact_pay_and_rounds_only_the_figures_reported()
    {
        var timeline = WorkedExampleRules(RoundingMoment.AtEnd)
            .Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), "Meets");

        // Exactly: 45,007.704 → 46,357.93512 → 47,285.0938224; each step rounding gave 46,357.93.
        Assert.Equal(
            [Usd(35_000), Usd(36_050), Usd(42_000), Usd(42_840), Usd(44_125.20m), Usd(45_007.70m), Usd(46_357.94m), Usd(47_285.09m)],
            timeline.Entries.Select(e => e.Pay));
    }

    [Fact]
    public void A_rating_per_year_walks_the_ladder_from_junior_to_senior()
    {
        var calls = new List<(int Year, LocalDate Date)>();
        string RatingFor(int year, LocalDate date)
        {
            calls.Add((year, date));
            return year == 1 ? "Meets" : "Exceeds";
        }

        CareerStep[] ladder = [.. JuniorThenSpecialist(), new(Senior, SeniorUs, new LocalDate(2027, 7, 1))];
        var projector = new PayProjector(ByCompaRatio(), PromotionPolicy.PercentageOrBandMinimum(0.10m), RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep));

        var timeline = projector.Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), ladder, RatingFor);

        Assert.Equal(
            [
                (Hired, Usd(35_000), ProjectionEntryKind.Start, "start as Junior Customer Service Specialist", Junior),
                (new LocalDate(2026, 1, 1), Usd(36_050), ProjectionEntryKind.Merit, "merit 3% (rating Meets, compa-ratio 1)", Junior),
                (new LocalDate(2026, 1, 1), Usd(42_000), ProjectionEntryKind.Promotion, "promotion to Customer Service Specialist: raised to the band minimum USD 42,000.00, more than 10%", Specialist),
                (new LocalDate(2027, 1, 1), Usd(44_100), ProjectionEntryKind.Merit, "merit 5% (rating Exceeds, compa-ratio 1)", Specialist),
                (new LocalDate(2027, 7, 1), Usd(52_000), ProjectionEntryKind.Promotion, "promotion to Senior Customer Service Specialist: raised to the band minimum USD 52,000.00, more than 10%", Senior),
                (new LocalDate(2028, 1, 1), Usd(54_600), ProjectionEntryKind.Merit, "merit 5% (rating Exceeds, compa-ratio 1)", Senior),
            ],
            Rows(timeline));
        Assert.Equal([(1, new LocalDate(2026, 1, 1)), (2, new LocalDate(2027, 1, 1)), (3, new LocalDate(2028, 1, 1))], calls);
    }

    [Fact]
    public void A_50_year_projection_rounded_each_step_stays_exact_to_the_cent()
    {
        var projector = new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep));

        var timeline = projector.Project(Usd(42_000), Hired, Hired.PlusYears(50), [new(Specialist, SpecialistUs, Hired)], "Meets");

        // 42,000 × 1.03 fifty times, rounded to the cent after each raise.
        var expected = Enumerable.Range(0, 50).Aggregate(42_000m, (pay, _) => Math.Round(pay * 1.03m, 2, MidpointRounding.ToEven));
        Assert.Equal(Usd(expected), timeline.Entries[^1].Pay);
        Assert.Equal(50, timeline.Entries.Count(e => e.Kind == ProjectionEntryKind.Merit));
    }

    [Fact]
    public void A_50_year_projection_carried_exactly_is_refused_when_its_pay_outgrows_a_decimal_never_rounded()
    {
        var projector = new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, RoundingPolicy.None);

        // 42,000 × 1.03ⁿ has 2n decimals: past 28 significant digits after a dozen raises.
        var ex = Assert.Throws<ArithmeticException>(() => projector.Project(Usd(42_000), Hired, Hired.PlusYears(50), [new(Specialist, SpecialistUs, Hired)], "Meets"));

        Assert.Contains("× 1.03 cannot be represented exactly", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_promotion_whose_percentage_clears_the_band_minimum_says_so()
    {
        var projector = new PayProjector(FlatThreePercent(), PromotionPolicy.PercentageOrBandMinimum(0.10m), RoundingPolicy.None);

        var timeline = projector.Project(Usd(40_000), Hired, new LocalDate(2025, 6, 1), [new(Junior, JuniorUs, Hired), new(Specialist, SpecialistUs, new LocalDate(2025, 3, 1))], "Meets");

        var promotion = timeline.Entries[1];
        Assert.Equal(Usd(44_000), promotion.Pay);
        Assert.Equal("promotion to Customer Service Specialist: 10%, at or above the band minimum USD 42,000.00", promotion.Detail);
    }

    [Fact]
    public void A_promotion_to_the_band_minimum_of_pay_already_above_it_records_no_increase()
    {
        var projector = new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, RoundingPolicy.None);

        var timeline = projector.Project(Usd(43_000), Hired, new LocalDate(2025, 6, 1), [new(Junior, JuniorUs, Hired), new(Specialist, SpecialistUs, new LocalDate(2025, 3, 1))], "Meets");

        Assert.Equal(Usd(43_000), timeline.Entries[1].Pay);
        Assert.Equal("promotion to Customer Service Specialist: no increase, pay already at or above the band minimum USD 42,000.00", timeline.Entries[1].Detail);
    }

    [Fact]
    public void A_range_penetration_matrix_reports_the_penetration_in_the_detail()
    {
        var quartiles = MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [0.25m, 0.5m, 0.75m], [[0.045m, 0.035m, 0.03m, 0.02m]]);
        var projector = new PayProjector(quartiles, PromotionPolicy.ToBandMinimum, RoundingPolicy.ToMinorUnits());

        var merit = projector.Project(Usd(36_300), Hired, new LocalDate(2026, 1, 1), [new(Junior, JuniorUs, Hired)], "Meets").Entries[1];

        Assert.Equal("merit 3.5% (rating Meets, range penetration 0.42)", merit.Detail);
        Assert.Equal(Usd(37_570.50m), merit.Pay);
    }

    [Fact]
    public void A_single_column_range_penetration_matrix_projects_through_a_point_band_without_a_position()
    {
        var flat = MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [], [[0.03m]]);
        var projector = new PayProjector(flat, PromotionPolicy.ToBandMinimum, RoundingPolicy.None);

        var merit = projector.Project(Usd(42_000), Hired, new LocalDate(2026, 1, 1), [new(Specialist, SpecialistUs, Hired)], "Meets").Entries[1];

        Assert.Equal("merit 3% (rating Meets)", merit.Detail);
    }

    [Fact]
    public void A_multi_column_range_penetration_matrix_cannot_place_pay_in_a_point_band()
    {
        var quartiles = MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [0.5m], [[0.04m, 0.02m]]);
        var projector = new PayProjector(quartiles, PromotionPolicy.ToBandMinimum, RoundingPolicy.None);

        var ex = Assert.Throws<ArgumentException>(() => projector.Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith("The band of path[1] (Customer Service Specialist), USD 42,000.00 (median), mean 45,000.00, has zero width (minimum = maximum), so range penetration is undefined in it", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_projection_that_ends_on_its_start_holds_only_the_start()
    {
        var timeline = WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, Hired, JuniorThenSpecialist(), "Meets");

        var start = Assert.Single(timeline.Entries);
        Assert.Equal(ProjectionEntryKind.Start, start.Kind);
    }

    [Fact]
    public void Steps_that_begin_after_the_end_are_not_reached()
    {
        var timeline = WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2025, 12, 31), JuniorThenSpecialist(), "Meets");

        Assert.Single(timeline.Entries);
        Assert.Equal(Junior, timeline.Entries[0].StepLabel);
    }

    [Fact]
    public void A_29_February_start_has_its_anniversaries_on_28_February_in_common_years()
    {
        var leapDay = new LocalDate(2024, 2, 29);
        var projector = new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, RoundingPolicy.None);

        var timeline = projector.Project(Usd(35_000), leapDay, new LocalDate(2028, 2, 29), [new(Junior, JuniorUs, leapDay)], "Meets");

        Assert.Equal(
            [new LocalDate(2025, 2, 28), new LocalDate(2026, 2, 28), new LocalDate(2027, 2, 28), new LocalDate(2028, 2, 29)],
            timeline.Entries.Skip(1).Select(e => e.Date));
    }

    [Fact]
    public void No_cost_of_living_entries_appear_when_the_adjustment_is_zero()
    {
        var projector = new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, RoundingPolicy.None);

        var timeline = projector.Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), "Meets");

        Assert.DoesNotContain(timeline.Entries, e => e.Kind == ProjectionEntryKind.CostOfLiving);
    }

    [Fact]
    public void A_projection_that_starts_after_it_ends_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2024, 12, 31), JuniorThenSpecialist(), "Meets"));

        Assert.Equal("end", ex.ParamName);
        Assert.StartsWith("Projection end 2024-12-31 is before its start 2025-01-01; a projection that starts after it ends cannot be made.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_end_date_in_another_calendar_is_refused()
    {
        var julian = new LocalDate(2028, 1, 1, CalendarSystem.Julian);

        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, julian, JuniorThenSpecialist(), "Meets"));

        Assert.Equal("end", ex.ParamName);
        Assert.Contains("all dates of a projection must share one calendar", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_starting_pay_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(-1), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), "Meets"));

        Assert.Equal("startingPay", ex.ParamName);
        Assert.StartsWith("Starting pay USD -1.00 must not be negative.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_path_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), [], "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith("path must hold at least one step: the band held on the start date.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_step_is_refused()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), [JuniorThenSpecialist()[0], null!], "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith("path[1] must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_step_that_begins_before_the_start_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), [new(Junior, JuniorUs, new LocalDate(2024, 6, 1))], "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith("path[0] (Junior Customer Service Specialist) begins 2024-06-01, before the projection starts on 2025-01-01; the first step must begin on the start date, as it gives the band held then.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_first_step_that_begins_after_the_start_is_refused()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), [new(Junior, JuniorUs, new LocalDate(2025, 2, 1))], "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith("path[0] (Junior Customer Service Specialist) begins 2025-02-01, after the projection starts on 2025-01-01;", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2025, 12, 1, "2025-12-01")]
    [InlineData(2025, 1, 1, "2025-01-01")]
    public void Steps_out_of_date_order_are_refused(int year, int month, int day, string text)
    {
        CareerStep[] path = [new(Junior, JuniorUs, Hired), new(Specialist, SpecialistUs, new LocalDate(2026, 1, 1)), new(Senior, SeniorUs, new LocalDate(year, month, day))];

        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), path, "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith($"path[2] (Senior Customer Service Specialist) begins {text}, not after path[1] (Customer Service Specialist) on 2026-01-01; steps must be in date order, each beginning after the one before.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_on_the_same_date_as_the_one_before_is_refused()
    {
        CareerStep[] path = [new(Junior, JuniorUs, Hired), new(Specialist, SpecialistUs, Hired)];

        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), path, "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.Contains("not after path[0]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_whose_band_is_in_another_currency_than_the_pay_is_refused()
    {
        var europe = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["europe"];
        CareerStep[] path = [new(Junior, JuniorUs, Hired), new("Specialist (Europe)", europe, new LocalDate(2026, 1, 1))];

        var ex = Assert.Throws<CurrencyMismatchException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), path, "Meets"));

        Assert.Equal(Currency.USD, ex.Left);
        Assert.Equal(Currency.EUR, ex.Right);
        Assert.StartsWith("Cannot project, for the starting pay and the band of path[1] (Specialist (Europe)), amounts in different currencies (USD and EUR)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_dated_in_another_calendar_is_refused()
    {
        CareerStep[] path = [new(Junior, JuniorUs, Hired), new(Specialist, SpecialistUs, new LocalDate(2026, 1, 1, CalendarSystem.Julian))];

        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, new LocalDate(2028, 1, 1), path, "Meets"));

        Assert.Equal("path", ex.ParamName);
        Assert.StartsWith("path[1] begins 2026-01-01 in the Julian calendar but the start is in ISO;", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constant_rating_the_matrix_does_not_have_is_refused_before_projecting()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(Usd(35_000), Hired, Hired, JuniorThenSpecialist(), "Exceeds"));

        Assert.Equal("rating", ex.ParamName);
        Assert.StartsWith("rating 'Exceeds' is not a rating of this merit matrix; its ratings are Meets.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_function_that_gives_an_unknown_rating_is_refused_naming_the_year()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(
            Usd(35_000), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), (year, _) => year == 2 ? "Great" : "Meets"));

        Assert.Equal("ratingFor", ex.ParamName);
        Assert.StartsWith("ratingFor returned 'Great' for year 2 (2027-01-01), which is not a rating of the merit matrix; its ratings are Meets.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_function_that_gives_null_is_refused_naming_the_year()
    {
        var ex = Assert.Throws<ArgumentException>(() => WorkedExampleRules(RoundingMoment.EachStep).Project(
            Usd(35_000), Hired, new LocalDate(2028, 1, 1), JuniorThenSpecialist(), (_, _) => null!));

        Assert.Equal("ratingFor", ex.ParamName);
        Assert.StartsWith("ratingFor returned null for year 1 (2026-01-01); it must return one of the merit matrix's ratings: Meets.", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void A_cost_of_living_adjustment_outside_0_to_100_percent_is_refused(double costOfLiving)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, RoundingPolicy.None, (decimal)costOfLiving));

        Assert.Equal("costOfLiving", ex.ParamName);
        Assert.StartsWith(Invariant($"costOfLiving {(decimal)costOfLiving} must be from 0 to 1 (100%); a negative cost-of-living adjustment is not allowed."), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_rules_are_required()
    {
        Assert.Equal("meritMatrix", Assert.Throws<ArgumentNullException>(() => new PayProjector(null!, PromotionPolicy.ToBandMinimum, RoundingPolicy.None)).ParamName);
        Assert.Equal("promotion", Assert.Throws<ArgumentNullException>(() => new PayProjector(FlatThreePercent(), null!, RoundingPolicy.None)).ParamName);
        Assert.Equal("rounding", Assert.Throws<ArgumentNullException>(() => new PayProjector(FlatThreePercent(), PromotionPolicy.ToBandMinimum, null!)).ParamName);
    }

    [Fact]
    public void A_projector_describes_its_rules()
    {
        Assert.Equal(
            "merit by compa-ratio (1 rating × 1 column); promotion 10% or to the band minimum, whichever is more; cost of living 2%; rounding to minor units (ToEven), at each step",
            WorkedExampleRules(RoundingMoment.EachStep).ToString());
    }
}
