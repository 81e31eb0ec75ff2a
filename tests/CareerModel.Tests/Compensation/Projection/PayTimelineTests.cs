using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Compensation.Projection;

public class PayTimelineTests
{
    private static readonly SalaryBand JuniorUs = BuiltInCatalogs.CustomerService.GetRole("cs-junior-specialist").PayBands["US"];
    private static readonly SalaryBand SpecialistUs = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static PayTimeline TwoYears() =>
        new PayProjector(
                MeritMatrix.Create(["Meets"], RangePositionBasis.CompaRatio, [], [[0.03m]]),
                PromotionPolicy.PercentageOrBandMinimum(0.1m),
                RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep),
                0.02m)
            .Project(
                Usd(35_000),
                new LocalDate(2025, 1, 1),
                new LocalDate(2027, 6, 30),
                [new("Junior", JuniorUs, new LocalDate(2025, 1, 1)), new("Specialist", SpecialistUs, new LocalDate(2026, 1, 1))],
                "Meets");

    [Fact]
    public void The_timeline_knows_its_dates_and_its_first_and_last_pay()
    {
        var timeline = TwoYears();

        Assert.Equal(new LocalDate(2025, 1, 1), timeline.Start);
        Assert.Equal(new LocalDate(2027, 6, 30), timeline.End);
        Assert.Equal(Usd(35_000), timeline.StartingPay);
        Assert.Equal(Usd(45_007.70m), timeline.FinalPay);
    }

    [Theory]
    [InlineData(2025, 1, 1, 35_000)]
    [InlineData(2025, 12, 31, 35_000)]
    [InlineData(2026, 1, 1, 42_840)]
    [InlineData(2027, 6, 30, 45_007.70)]
    public void PayOn_gives_the_pay_in_effect_on_a_date(int year, int month, int day, double pay)
    {
        Assert.Equal(Usd((decimal)pay), TwoYears().PayOn(new LocalDate(year, month, day)));
    }

    [Fact]
    public void PayOn_refuses_a_date_outside_the_projection()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TwoYears().PayOn(new LocalDate(2027, 7, 1)));

        Assert.Equal("date", ex.ParamName);
        Assert.StartsWith("date 2027-07-01 must lie from the projection's start 2025-01-01 to its end 2027-06-30.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PayOn_refuses_a_date_in_another_calendar()
    {
        var ex = Assert.Throws<ArgumentException>(() => TwoYears().PayOn(new LocalDate(2026, 1, 1, CalendarSystem.Julian)));

        Assert.Equal("date", ex.ParamName);
    }

    [Fact]
    public void The_same_projection_twice_gives_the_same_timeline()
    {
        Assert.Equivalent(TwoYears(), TwoYears(), strict: true);
        Assert.NotEqual(TwoYears().Entries[1].ToString(), TwoYears().Entries[2].ToString());
    }

    [Fact]
    public void ToString_lists_one_line_per_entry()
    {
        Assert.Equal(
            """
            Pay projection 2025-01-01 to 2027-06-30
            2025-01-01 USD 35,000.00 start as Junior
            2026-01-01 USD 36,050.00 merit 3% (rating Meets, compa-ratio 1)
            2026-01-01 USD 42,000.00 promotion to Specialist: raised to the band minimum USD 42,000.00, more than 10%
            2026-01-01 USD 42,840.00 cost of living 2%
            2027-01-01 USD 44,125.20 merit 3% (rating Meets, compa-ratio 1.02)
            2027-01-01 USD 45,007.70 cost of living 2%
            """.ReplaceLineEndings("\n"),
            TwoYears().ToString());
    }
}
