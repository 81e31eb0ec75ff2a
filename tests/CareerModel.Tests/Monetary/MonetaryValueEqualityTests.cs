using CareerModel.Monetary;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Monetary;

/// <summary>
/// The equality kit of the monetary values (Equals, ==, !=, GetHashCode): each equals a value
/// built apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class MonetaryValueEqualityTests : IValueEqualityCases
{
    private static readonly LocalDate January = new(2026, 1, 2);

    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new Currency("USD", 2, "US dollar"),
            Currency.USD,
            ("Code", new Currency("USN", 2, "US dollar")),
            ("MinorUnits", new Currency("USD", 0, "US dollar")),
            ("Name", new Currency("USD", 2, "United States dollar"))),

        EqualityCase.Of(
            Rate(),
            Rate(),
            ("From", Rate(from: Currency.GBP)),
            ("To", Rate(to: Currency.JPY)),
            ("Rate", Rate(rate: 89.73m)),
            ("EffectiveDate", Rate(effectiveDate: January.PlusDays(1))),
            ("Source", Rate(source: null))),

        EqualityCase.Of(
            ExchangeRateTable.Create([Rate(), UsdToEur()], Currency.USD),
            // The table keeps its rates in order, so the order they come in does not matter.
            ExchangeRateTable.Create([UsdToEur(), Rate()], Currency.USD),
            ("Pivot", ExchangeRateTable.Create([Rate(), UsdToEur()], Currency.EUR)),
            ("Pivot (none)", ExchangeRateTable.Create([Rate(), UsdToEur()])),
            ("Rates (one rate)", ExchangeRateTable.Create([Rate(rate: 89.73m), UsdToEur()], Currency.USD)),
            ("Rates (one more)", ExchangeRateTable.Create([Rate(), UsdToEur(), Rate(effectiveDate: January.PlusMonths(1))], Currency.USD)),
            ("Rates (one fewer)", ExchangeRateTable.Create([Rate()], Currency.USD))),

        EqualityCase.Of(
            new Money(50_000m, Currency.USD),
            // Trailing zeros and another instance of the currency change nothing.
            new Money(50_000.00m, new Currency("USD", 2, "US dollar")),
            ("Amount", new Money(50_000.01m, Currency.USD)),
            ("Currency", new Money(50_000m, Currency.EUR))),

        EqualityCase.Of(
            default(Money),
            new Money(0m, Currency.None),
            ("Amount", new Money(0.01m, Currency.None)),
            ("Currency", Money.Zero(Currency.USD)))
            .Named("default"),

        EqualityCase.Of(
            RoundingPolicy.ToNearest(100m, MidpointRounding.ToPositiveInfinity, RoundingMoment.EachStep),
            RoundingPolicy.ToNearest(100.00m, MidpointRounding.ToPositiveInfinity, RoundingMoment.EachStep),
            // Up to a multiple rounds midpoints towards +∞ as well: only the method differs.
            ("method", RoundingPolicy.UpTo(100m, RoundingMoment.EachStep)),
            ("Increment", RoundingPolicy.ToNearest(500m, MidpointRounding.ToPositiveInfinity, RoundingMoment.EachStep)),
            ("Mode", RoundingPolicy.ToNearest(100m, MidpointRounding.AwayFromZero, RoundingMoment.EachStep)),
            ("Moment", RoundingPolicy.ToNearest(100m, MidpointRounding.ToPositiveInfinity, RoundingMoment.AtEnd))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    /// <summary>An ECB reference rate: 1 EUR in Indian rupees.</summary>
    private static ExchangeRate Rate(Currency? from = null, Currency? to = null, decimal rate = 89.72m, LocalDate? effectiveDate = null, string? source = "ECB") =>
        new(from ?? Currency.EUR, to ?? Currency.INR, rate, effectiveDate ?? January, source);

    private static ExchangeRate UsdToEur() => new(Currency.USD, Currency.EUR, 0.96m, January, "ECB");
}
