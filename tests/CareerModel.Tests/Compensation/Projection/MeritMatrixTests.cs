using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation.Projection;

public class MeritMatrixTests
{
    private static readonly SalaryBand JuniorUs = BuiltInCatalogs.CustomerService.GetRole("cs-junior-specialist").PayBands["US"];
    private static readonly SalaryBand SpecialistUs = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];

    private static readonly string[] ThreeRatings = ["Below", "Meets", "Exceeds"];

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static MeritMatrix Quartiles() => MeritMatrix.Create(
        ThreeRatings,
        RangePositionBasis.RangePenetration,
        [0.25m, 0.5m, 0.75m],
        [
            [0.02m, 0.015m, 0.01m, 0m],
            [0.045m, 0.035m, 0.03m, 0.02m],
            [0.065m, 0.055m, 0.045m, 0.035m],
        ]);

    private static MeritMatrix ByCompaRatio() => MeritMatrix.Create(
        ThreeRatings,
        RangePositionBasis.CompaRatio,
        [0.9m, 1.1m],
        [[0.01m, 0m, 0m], [0.04m, 0.03m, 0.02m], [0.06m, 0.05m, 0.035m]]);

    [Fact]
    public void Create_keeps_the_ratings_basis_boundaries_and_increases()
    {
        var matrix = Quartiles();

        Assert.Equal(ThreeRatings, matrix.Ratings);
        Assert.Equal(RangePositionBasis.RangePenetration, matrix.Basis);
        Assert.Equal([0.25m, 0.5m, 0.75m], matrix.Boundaries);
        Assert.Equal(4, matrix.ColumnCount);
        Assert.Equal([0.045m, 0.035m, 0.03m, 0.02m], matrix.Increases[1]);
        Assert.Equal(0.055m, matrix.IncreaseAt("Exceeds", 1));
    }

    [Fact]
    public void IncreaseFor_picks_the_column_of_the_pays_range_penetration_in_the_junior_band()
    {
        // USD 35,000 in USD 30,000–45,000 is a third of the way through: the 0.25–0.5 column.
        Assert.Equal(1m / 3m, Quartiles().PositionOf(JuniorUs, Usd(35_000)));
        Assert.Equal(0.035m, Quartiles().IncreaseFor("Meets", JuniorUs, Usd(35_000)));
        Assert.Equal(0.065m, Quartiles().IncreaseFor("Exceeds", JuniorUs, Usd(30_000)));
        Assert.Equal(0.035m, Quartiles().IncreaseFor("Exceeds", JuniorUs, Usd(50_000)));
    }

    [Fact]
    public void A_position_equal_to_a_boundary_falls_in_the_column_above_it()
    {
        var matrix = Quartiles();

        Assert.Equal(0, matrix.ColumnOf(0.2499m));
        Assert.Equal(1, matrix.ColumnOf(0.25m));
        Assert.Equal(2, matrix.ColumnOf(0.5m));
        Assert.Equal(3, matrix.ColumnOf(0.75m));
        Assert.Equal(0, matrix.ColumnOf(-3m));
        Assert.Equal(3, matrix.ColumnOf(7m));
    }

    [Fact]
    public void IncreaseFor_by_compa_ratio_places_pay_in_a_point_band_such_as_the_specialist_median()
    {
        var matrix = ByCompaRatio();

        Assert.Equal(0.9m, matrix.PositionOf(SpecialistUs, Usd(37_800)));
        Assert.Equal(0.04m, matrix.IncreaseFor("Meets", SpecialistUs, Usd(37_799)));
        Assert.Equal(0.03m, matrix.IncreaseFor("Meets", SpecialistUs, Usd(37_800)));
        Assert.Equal(0.02m, matrix.IncreaseFor("Meets", SpecialistUs, Usd(46_200)));
    }

    [Fact]
    public void A_single_column_matrix_ignores_position_so_even_a_point_band_will_do()
    {
        var flat = MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [], [[0.03m]]);

        Assert.Equal(1, flat.ColumnCount);
        Assert.Equal(0.03m, flat.IncreaseFor("Meets", SpecialistUs, Usd(42_000)));
    }

    [Fact]
    public void Range_penetration_in_a_point_band_is_refused_with_a_pointer_to_compa_ratio()
    {
        var ex = Assert.Throws<ArgumentException>(() => Quartiles().IncreaseFor("Meets", SpecialistUs, Usd(42_000)));

        Assert.Equal("band", ex.ParamName);
        Assert.Contains("band USD 42,000.00 (median), mean 45,000.00 has zero width", ex.Message, StringComparison.Ordinal);
        Assert.Contains("use RangePositionBasis.CompaRatio", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compa_ratio_in_a_band_with_a_zero_midpoint_is_refused()
    {
        var zero = new SalaryBand(Usd(0), Usd(0), Usd(1_000));

        var ex = Assert.Throws<ArgumentException>(() => ByCompaRatio().PositionOf(zero, Usd(500)));

        Assert.Equal("band", ex.ParamName);
        Assert.Contains("has a zero midpoint, so compa-ratio is undefined", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pay_in_another_currency_than_the_band_is_never_placed()
    {
        var ex = Assert.Throws<CurrencyMismatchException>(() => ByCompaRatio().IncreaseFor("Meets", JuniorUs, new Money(35_000, Currency.EUR)));

        Assert.Equal(Currency.EUR, ex.Left);
        Assert.Equal(Currency.USD, ex.Right);
        Assert.Contains("(EUR and USD)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rating_the_matrix_does_not_have_is_refused_naming_the_ratings_it_has()
    {
        var ex = Assert.Throws<ArgumentException>(() => Quartiles().IncreaseFor("Great", JuniorUs, Usd(35_000)));

        Assert.Equal("rating", ex.ParamName);
        Assert.Equal("rating 'Great' is not a rating of this merit matrix; its ratings are Below, Meets, Exceeds. (Parameter 'rating')", ex.Message);
    }

    [Fact]
    public void IncreaseAt_refuses_a_column_outside_the_matrix()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Quartiles().IncreaseAt("Meets", 4));
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Quartiles().IncreaseAt("Meets", -1));

        Assert.Equal("column", ex.ParamName);
        Assert.Contains("column 4 must be from 0 to 3, as the merit matrix has 4 columns.", ex.Message, StringComparison.Ordinal);
        Assert.Contains("column -1 must be from 0 to 3", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rating_labels_are_trimmed()
    {
        var matrix = MeritMatrix.Create([" Meets "], RangePositionBasis.CompaRatio, [], [[0.03m]]);

        Assert.Equal("Meets", Assert.Single(matrix.Ratings));
    }

    [Fact]
    public void Create_refuses_a_matrix_without_ratings()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritMatrix.Create([], RangePositionBasis.CompaRatio, [], []));

        Assert.Equal("ratings", ex.ParamName);
        Assert.StartsWith("ratings must hold at least one rating label.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_blank_rating()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritMatrix.Create(["Meets", " "], RangePositionBasis.CompaRatio, [], [[0m], [0m]]));

        Assert.Equal("ratings", ex.ParamName);
        Assert.StartsWith("ratings[1] must not be null, empty or white space.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_repeated_rating()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritMatrix.Create(["Below", "Meets", "Meets "], RangePositionBasis.CompaRatio, [], [[0m], [0m], [0m]]));

        Assert.Equal("ratings", ex.ParamName);
        Assert.StartsWith("ratings lists 'Meets' twice (at 1 and 2); each rating label must be unique.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_an_undefined_basis()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritMatrix.Create(["Meets"], (RangePositionBasis)7, [], [[0m]]));

        Assert.Equal("basis", ex.ParamName);
        Assert.StartsWith("basis 7 is not a defined RangePositionBasis value.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_boundaries_that_do_not_ascend_strictly()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [0.5m, 0.5m], [[0m, 0m, 0m]]));

        Assert.Equal("boundaries", ex.ParamName);
        Assert.StartsWith("boundaries[1] 0.5 is not greater than boundaries[0] 0.5; column boundaries must be strictly ascending.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_compa_ratio_boundary_that_is_not_above_zero()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritMatrix.Create(["Meets"], RangePositionBasis.CompaRatio, [0m, 1m], [[0m, 0m, 0m]]));

        Assert.Equal("boundaries", ex.ParamName);
        Assert.StartsWith("boundaries[0] 0 must be greater than zero for compa-ratio columns", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Range_penetration_boundaries_may_lie_below_zero_and_above_one_to_make_columns_outside_the_band()
    {
        var matrix = MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [0m, 1m], [[0.05m, 0.03m, 0m]]);

        Assert.Equal(0.05m, matrix.IncreaseFor("Meets", JuniorUs, Usd(29_000)));
        Assert.Equal(0m, matrix.IncreaseFor("Meets", JuniorUs, Usd(45_000)));
    }

    [Fact]
    public void Create_refuses_a_row_count_that_differs_from_the_ratings()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritMatrix.Create(ThreeRatings, RangePositionBasis.CompaRatio, [], [[0m], [0m]]));

        Assert.Equal("increases", ex.ParamName);
        Assert.StartsWith("increases has 2 rows but there are 3 ratings; a merit matrix needs one row per rating.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_row_whose_cells_differ_from_the_columns()
    {
        var ex = Assert.Throws<ArgumentException>(() => MeritMatrix.Create(["Meets", "Exceeds"], RangePositionBasis.CompaRatio, [0.9m, 1.1m], [[0m, 0m, 0m], [0m, 0m]]));

        Assert.Equal("increases", ex.ParamName);
        Assert.StartsWith("increases[1] has 2 cells but 2 boundaries make 3 columns; every row needs one cell per column.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_null_row()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => MeritMatrix.Create(["Meets"], RangePositionBasis.CompaRatio, [], [null!]));

        Assert.Equal("increases", ex.ParamName);
        Assert.StartsWith("increases[0] must not be null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_negative_increase_unless_negative_increases_are_allowed()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritMatrix.Create(["Meets"], RangePositionBasis.CompaRatio, [1m], [[0.02m, -0.01m]]));

        Assert.Equal("increases", ex.ParamName);
        Assert.Equal("-0.01", ex.ActualValue);
        Assert.StartsWith("increases[0][1] -0.01 is negative; merit increases must not be negative (MeritMatrix.CreateWithPayCuts accepts pay cuts).", ex.Message, StringComparison.Ordinal);

        var allowed = MeritMatrix.CreateWithPayCuts(["Meets"], RangePositionBasis.CompaRatio, [1m], [[0.02m, -0.01m]]);
        Assert.Equal(-0.01m, allowed.IncreaseAt("Meets", 1));
    }

    [Fact]
    public void Create_refuses_a_cut_of_100_percent_or_more_even_when_negative_increases_are_allowed()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritMatrix.CreateWithPayCuts(["Meets"], RangePositionBasis.CompaRatio, [], [[-1m]]));

        Assert.Equal("increases", ex.ParamName);
        Assert.StartsWith("increases[0][0] -1 must be greater than -1, as a cut of 100% or more would leave no pay.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_an_increase_above_100_percent()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => MeritMatrix.Create(ThreeRatings, RangePositionBasis.CompaRatio, [], [[0m], [0m], [1.5m]]));

        Assert.Equal("increases", ex.ParamName);
        Assert.StartsWith("increases[2][0] 1.5 must be at most 1 (100%).", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matrix_that_rewards_rating_and_low_position_follows_the_convention()
    {
        Assert.Empty(Quartiles().ConventionBreaks());
        Assert.Empty(ByCompaRatio().ConventionBreaks());
    }

    [Fact]
    public void ConventionBreaks_names_each_cell_where_the_matrix_breaks_the_convention()
    {
        var odd = MeritMatrix.Create(["Meets", "Exceeds"], RangePositionBasis.RangePenetration, [0.5m], [[0.02m, 0.03m], [0.01m, 0.04m]]);

        Assert.Equal(
            [
                "Rating 'Meets' earns 3% in column 1 (≥ 0.5) but only 2% in column 0 (< 0.5): a higher position in range should not earn a larger increase.",
                "Rating 'Exceeds' earns 4% in column 1 (≥ 0.5) but only 1% in column 0 (< 0.5): a higher position in range should not earn a larger increase.",
                "In column 0 (< 0.5) rating 'Exceeds' earns 1%, less than the 2% of the lower rating 'Meets': a higher rating should not earn a smaller increase.",
            ],
            odd.ConventionBreaks());
    }

    [Fact]
    public void Scale_multiplies_every_cell_by_one_factor()
    {
        var scaled = ByCompaRatio().Scale(0.5m);

        Assert.Equal([[0.005m, 0m, 0m], [0.02m, 0.015m, 0.01m], [0.03m, 0.025m, 0.0175m]], scaled.Increases.Select(row => row.ToArray()).ToArray());
        Assert.Equal(ByCompaRatio().Boundaries, scaled.Boundaries);
    }

    [Fact]
    public void Scale_refuses_a_negative_factor()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ByCompaRatio().Scale(-1m));

        Assert.Equal("factor", ex.ParamName);
        Assert.StartsWith("factor -1 must not be negative; scaling a merit matrix keeps the sign of every increase.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scale_refuses_a_factor_that_takes_an_increase_above_100_percent()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ByCompaRatio().Scale(20m));

        Assert.Equal("factor", ex.ParamName);
        Assert.StartsWith("factor 20 takes the increase for rating 'Exceeds' in column 0 from 6% to 120%, outside the allowed range above -100% and up to 100%.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Matrices_with_the_same_ratings_basis_boundaries_and_increases_are_equal()
    {
        Assert.Equal(ByCompaRatio(), ByCompaRatio());
        Assert.Equal(ByCompaRatio().GetHashCode(), ByCompaRatio().GetHashCode());
        Assert.Equal(ByCompaRatio(), ByCompaRatio().Scale(1m));
        Assert.NotEqual(ByCompaRatio(), ByCompaRatio().Scale(0.9m));
        Assert.NotEqual(
            MeritMatrix.Create(["Meets"], RangePositionBasis.CompaRatio, [1m], [[0.02m, 0.01m]]),
            MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [1m], [[0.02m, 0.01m]]));
    }

    [Fact]
    public void ToString_lays_the_matrix_out_as_a_table()
    {
        Assert.Equal(
            """
            Merit matrix by compa-ratio
            rating  | < 0.9 | 0.9 to < 1.1 | ≥ 1.1
            Below   | 1%    | 0%           | 0%
            Meets   | 4%    | 3%           | 2%
            Exceeds | 6%    | 5%           | 3.5%
            """.ReplaceLineEndings("\n"),
            ByCompaRatio().ToString());
    }

    [Fact]
    public void ToString_of_a_single_column_matrix_says_any_position()
    {
        Assert.Equal(
            "Merit matrix by range penetration\nrating | any position\nMeets  | 3%",
            MeritMatrix.Create(["Meets"], RangePositionBasis.RangePenetration, [], [[0.03m]]).ToString());
    }
}
