using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Compensation.Projection;

/// <summary>
/// The equality kit of the pay-projection values (Equals, ==, !=, GetHashCode): each equals a
/// value built apart from it, and differs from one differing in any single part its Equals
/// compares; a merit matrix's hash mixes in every part too.
/// </summary>
public class ProjectionValueEqualityTests : IValueEqualityCases
{
    private static readonly (string Part, MeritMatrix Value)[] DifferingMatrices =
    [
        ("Basis", Matrix(basis: RangePositionBasis.CompaRatio)),
        ("Ratings (one rating)", Matrix(ratings: ["Below", "Meets", "Outstanding"])),
        ("Ratings (order)", Matrix(ratings: ["Meets", "Below", "Exceeds"])),
        ("Boundaries (one boundary)", Matrix(boundaries: [0.25m, 0.6m, 0.75m])),
        ("Boundaries (one fewer)", Matrix(boundaries: [0.5m, 0.75m], increases: [[0.01m, 0m, 0m], [0.03m, 0.025m, 0.02m], [0.05m, 0.04m, 0.03m]])),
        ("Increases (first row)", Matrix(increases: [[0.015m, 0.01m, 0m, 0m], [0.035m, 0.03m, 0.025m, 0.02m], [0.055m, 0.05m, 0.04m, 0.03m]])),
        ("Increases (last row)", Matrix(increases: [[0.01m, 0.01m, 0m, 0m], [0.035m, 0.03m, 0.025m, 0.02m], [0.055m, 0.05m, 0.04m, 0.035m]])),
    ];

    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new CareerStep("Team lead", Band(), new LocalDate(2027, 4, 1)),
            new CareerStep(" Team lead ", Band(), new LocalDate(2027, 4, 1)),
            ("Label", new CareerStep("Senior agent", Band(), new LocalDate(2027, 4, 1))),
            ("Band", new CareerStep("Team lead", SalaryBand.FromRange(Usd(40_000), Usd(62_000)), new LocalDate(2027, 4, 1))),
            ("Begins", new CareerStep("Team lead", Band(), new LocalDate(2027, 5, 1)))),

        EqualityCase.Of(
            Matrix(),
            // Rating labels are trimmed, and trailing zeros change no increase.
            Matrix(ratings: [" Below", "Meets ", "Exceeds"], increases: [[0.010m, 0.01m, 0m, 0m], [0.035m, 0.030m, 0.025m, 0.02m], [0.055m, 0.05m, 0.04m, 0.03m]]),
            DifferingMatrices),

        EqualityCase.Of(
            PromotionPolicy.PercentageOrBandMinimum(0.1m),
            PromotionPolicy.PercentageOrBandMinimum(0.10m),
            ("Increase", PromotionPolicy.PercentageOrBandMinimum(0.12m)),
            ("RaisesToBandMinimum", PromotionPolicy.Percentage(0.1m)),
            ("Increase (none)", PromotionPolicy.ToBandMinimum)),

        EqualityCase.Of(
            new RatedEmployee(Band(), Usd(47_000), "Meets"),
            new RatedEmployee(Band(), Usd(47_000), " Meets "),
            ("Band", new RatedEmployee(SalaryBand.FromRange(Usd(40_000), Usd(62_000)), Usd(47_000), "Meets")),
            ("Pay", new RatedEmployee(Band(), Usd(47_500), "Meets")),
            ("Rating", new RatedEmployee(Band(), Usd(47_000), "Exceeds"))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    [Fact]
    public void A_merit_matrix_differing_in_any_one_part_hashes_differently() =>
        EqualityLaws.HashesTellApart(Matrix(), DifferingMatrices);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static SalaryBand Band() => SalaryBand.FromRange(Usd(40_000), Usd(60_000));

    /// <summary>A three-rating matrix with quartile columns: more for a higher rating and a lower position.</summary>
    private static MeritMatrix Matrix(
        RangePositionBasis basis = RangePositionBasis.RangePenetration,
        string[]? ratings = null,
        decimal[]? boundaries = null,
        decimal[][]? increases = null) =>
        MeritMatrix.Create(
            ratings ?? ["Below", "Meets", "Exceeds"],
            basis,
            boundaries ?? [0.25m, 0.5m, 0.75m],
            increases ?? [[0.01m, 0.01m, 0m, 0m], [0.035m, 0.03m, 0.025m, 0.02m], [0.055m, 0.05m, 0.04m, 0.03m]]);
}
