using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Compensation;

/// <summary>
/// The equality kit of the compensation values (Equals, ==, !=, GetHashCode): each equals a value
/// built apart from it, and differs from one differing in any single part its Equals compares;
/// == and != say exactly what Equals says, with a null on either side too.
/// </summary>
public class CompensationValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            Percentiles(),
            Percentiles(p50: new Money(50_000.00m, Currency.USD)),
            ("P10", Percentiles(p10: Usd(38_000))),
            ("P10 (unknown)", new PayPercentiles(null, Usd(45_000), Usd(50_000), Usd(55_000), Usd(60_000))),
            ("P25", Percentiles(p25: Usd(44_000))),
            ("P50", Percentiles(p50: Usd(51_000))),
            ("P75", Percentiles(p75: Usd(56_000))),
            ("P90", Percentiles(p90: Usd(62_000)))),

        EqualityCase.Of(
            PayRate.Annual(Usd(50_000)),
            new PayRate(Usd(50_000), PayPeriod.Annual),
            ("Amount", PayRate.Annual(Usd(52_000))),
            ("Period", PayRate.Monthly(Usd(50_000)))),

        EqualityCase.Of(
            Band(),
            Band(),
            ("Minimum", Band(minimum: Usd(42_000))),
            ("Midpoint", Band(midpoint: Usd(49_000))),
            ("Maximum", Band(maximum: Usd(62_000))),
            ("Percentiles", Band(percentiles: new PayPercentiles(p50: Usd(50_000)))),
            ("Percentiles (none)", new SalaryBand(Usd(40_000), Usd(50_000), Usd(60_000), null, Usd(51_000)).WithProvenance(Survey())),
            ("Mean", Band(mean: Usd(52_000))),
            ("Mean (none)", new SalaryBand(Usd(40_000), Usd(50_000), Usd(60_000), Percentiles()).WithProvenance(Survey())),
            ("Provenance", Band(provenance: new Provenance("BLS OEWS", new LocalDate(2023, 5, 1), "May 2023"))),
            ("Provenance (none)", Band().WithProvenance(null))),

        EqualityCase.Of(
            new TotalCompensation(Usd(50_000), 0.1m, Usd(5_000)),
            new TotalCompensation(Usd(50_000), 0.10m, Usd(5_000)),
            ("BasePay", new TotalCompensation(Usd(60_000), 0.1m, Usd(5_000))),
            ("TargetBonusRate", new TotalCompensation(Usd(50_000), 0.2m, Usd(5_000))),
            ("AnnualEquity", new TotalCompensation(Usd(50_000), 0.1m, Usd(6_000))),
            ("AnnualEquity (none)", new TotalCompensation(Usd(50_000), 0.1m))),

        EqualityCase.Of(
            WageFigure.Exact(Usd(42_830)),
            WageFigure.Exact(new Money(42_830.00m, Currency.USD)),
            ("Status", WageFigure.TopCoded(Usd(42_830))),
            ("Value", WageFigure.Exact(Usd(42_840))),
            ("Status (suppressed)", WageFigure.Suppressed)),

        EqualityCase.Of(
            WageFigure.Suppressed,
            default(WageFigure),
            ("Status (exact zero)", WageFigure.Exact(Money.Zero(Currency.None))),
            ("Status (top-coded zero)", WageFigure.TopCoded(Money.Zero(Currency.None))))
            .Named("suppressed"),

        EqualityCase.Of(
            new WorkSchedule(40m, 52m),
            WorkSchedule.Standard,
            ("HoursPerWeek", new WorkSchedule(37.5m, 52m)),
            ("WeeksPerYear", new WorkSchedule(40m, 48m))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static PayPercentiles Percentiles(Money? p10 = null, Money? p25 = null, Money? p50 = null, Money? p75 = null, Money? p90 = null) =>
        new(p10 ?? Usd(40_000), p25 ?? Usd(45_000), p50 ?? Usd(50_000), p75 ?? Usd(55_000), p90 ?? Usd(60_000));

    private static Provenance Survey() => new("BLS OEWS", new LocalDate(2024, 5, 1), "May 2024");

    /// <summary>A USD 40,000–60,000 customer-service band with its market percentiles, mean and source.</summary>
    private static SalaryBand Band(
        Money? minimum = null, Money? midpoint = null, Money? maximum = null, PayPercentiles? percentiles = null, Money? mean = null, Provenance? provenance = null) =>
        new SalaryBand(minimum ?? Usd(40_000), midpoint ?? Usd(50_000), maximum ?? Usd(60_000), percentiles ?? Percentiles(), mean ?? Usd(51_000))
            .WithProvenance(provenance ?? Survey());
}
