using CareerModel.Geography;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Tests.Geography;

/// <summary>
/// The purchasing-power parity table: the guide's "€30,000 in Lisbon buys more than in Paris",
/// the factor as of a date, missing regions, and the rules a table's factors obey.
/// </summary>
/// <remarks>
/// Every factor here is ILLUSTRATIVE — round numbers of about the right size, not World Bank data.
/// </remarks>
public class PurchasingPowerParityTableTests
{
    private static readonly LocalDate NewYear2025 = new(2025, 1, 1);
    private static readonly Currency Eur = Currency.EUR;

    /// <summary>Illustrative factors (local currency units per international dollar), not data.</summary>
    private static readonly PurchasingPowerParityTable Illustrative = PurchasingPowerParityTable.Create(
    [
        new("PT", NewYear2025, Eur, 0.58m, "illustrative"),
        new("FR", NewYear2025, Eur, 0.78m, "illustrative"),
        new("US", NewYear2025, Currency.USD, 1m, "illustrative"),
        new("IN", NewYear2025, Currency.INR, 20m, "illustrative"),
    ]);

    // ---- The guide's example ----

    [Fact]
    public void Thirty_thousand_euros_in_Lisbon_buys_more_than_in_Paris()
    {
        var inLisbon = new Money(30_000m, Eur);

        var inParis = Illustrative.Equivalent(inLisbon, "PT", "FR", NewYear2025, RoundingPolicy.ToMinorUnits());

        Assert.True(inParis > inLisbon);
        Assert.Equal(new Money(40_344.83m, Eur), inParis);
    }

    [Fact]
    public void Without_a_policy_the_equivalent_is_exact()
    {
        Assert.Equal(new Money(30_000m * 0.78m / 0.58m, Eur), Illustrative.Equivalent(new Money(30_000m, Eur), "PT", "FR", NewYear2025));
    }

    [Fact]
    public void The_same_salary_in_Paris_is_worth_less_in_Lisbon()
    {
        var inLisbon = Illustrative.Equivalent(new Money(30_000m, Eur), "FR", "PT", NewYear2025, RoundingPolicy.ToMinorUnits());

        Assert.Equal(new Money(22_307.69m, Eur), inLisbon);
    }

    [Fact]
    public void Purchasing_power_is_per_country_so_the_same_currency_can_differ()
    {
        Assert.Equal(Illustrative.GetFactor("PT", NewYear2025).Currency, Illustrative.GetFactor("FR", NewYear2025).Currency);
        Assert.NotEqual(Illustrative.GetFactor("PT", NewYear2025).Factor, Illustrative.GetFactor("FR", NewYear2025).Factor);
    }

    [Fact]
    public void The_equivalent_is_in_the_target_regions_currency()
    {
        var inUs = Illustrative.Equivalent(new Money(600_000m, Currency.INR), "IN", "US", NewYear2025);

        // At a market rate of 0.012 the same rupees fetch USD 7,200; they buy what USD 30,000 buys in the US.
        Assert.Equal(new Money(30_000m, Currency.USD), inUs);
    }

    [Fact]
    public void A_region_is_its_own_equivalent()
    {
        Assert.Equal(new Money(30_000m, Eur), Illustrative.Equivalent(new Money(30_000m, Eur), "PT", "PT", NewYear2025));
    }

    [Fact]
    public void Local_money_converts_to_international_dollars_by_the_regions_factor()
    {
        Assert.Equal(30_000m / 0.58m, Illustrative.ToInternationalDollars(new Money(30_000m, Eur), "PT", NewYear2025));
        Assert.Equal(30_000m, Illustrative.ToInternationalDollars(new Money(600_000m, Currency.INR), "IN", NewYear2025));
    }

    [Fact]
    public void The_policy_rounds_only_the_result_whatever_its_moment()
    {
        var amount = new Money(30_000m, Eur);

        var eachStep = Illustrative.Equivalent(amount, "PT", "FR", NewYear2025, RoundingPolicy.UpTo(100, RoundingMoment.EachStep));
        var atEnd = Illustrative.Equivalent(amount, "PT", "FR", NewYear2025, RoundingPolicy.UpTo(100));

        Assert.Equal(new Money(40_400m, Eur), eachStep);
        Assert.Equal(eachStep, atEnd);
    }

    // ---- Currencies must match ----

    [Fact]
    public void An_amount_not_in_the_source_regions_currency_is_rejected()
    {
        var error = Assert.Throws<CurrencyMismatchException>(() => Illustrative.Equivalent(new Money(30_000m, Currency.USD), "PT", "FR", NewYear2025));

        Assert.Equal(Currency.USD, error.Left);
        Assert.Equal(Eur, error.Right);
        Assert.Throws<CurrencyMismatchException>(() => Illustrative.ToInternationalDollars(new Money(30_000m, Currency.USD), "PT", NewYear2025));
    }

    [Fact]
    public void A_region_that_changed_currency_takes_the_currency_of_the_factor_as_of_the_date()
    {
        var kuna = new Currency("HRK", 2, "Croatian kuna");
        var table = PurchasingPowerParityTable.Create(
        [
            PurchasingPowerParity.ForYear("HR", 2022, kuna, 3.5m, "illustrative"),
            PurchasingPowerParity.ForYear("HR", 2023, Eur, 0.47m, "illustrative"),
        ]);

        Assert.Equal(1_000m, table.ToInternationalDollars(new Money(3_500m, kuna), "HR", new LocalDate(2022, 6, 1)));
        Assert.Throws<CurrencyMismatchException>(() => table.ToInternationalDollars(new Money(3_500m, kuna), "HR", new LocalDate(2023, 6, 1)));
    }

    // ---- The factor as of a date ----

    private static readonly PurchasingPowerParityTable History = PurchasingPowerParityTable.Create(
    [
        PurchasingPowerParity.ForYear("PT", 2024, Eur, 0.58m, "illustrative"),
        PurchasingPowerParity.ForYear("PT", 2020, Eur, 0.60m, "illustrative"),
    ]);

    [Fact]
    public void A_date_before_the_first_factor_has_none_and_the_error_names_the_earliest()
    {
        var error = Assert.Throws<PurchasingPowerParityNotFoundException>(() => History.GetFactor("PT", new LocalDate(2019, 12, 31)));

        Assert.Equal("No purchasing-power parity factor for region 'PT' is effective on or before 2019-12-31; the earliest is 2020-01-01.", error.Message);
        Assert.Equal("PT", error.RegionId);
        Assert.Equal(new LocalDate(2019, 12, 31), error.AsOf);
        Assert.Equal(new LocalDate(2020, 1, 1), error.EarliestDate);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
    }

    [Theory]
    [InlineData(2020, 1, 1, "0.60")]
    [InlineData(2023, 12, 31, "0.60")]
    [InlineData(2024, 1, 1, "0.58")]
    [InlineData(2031, 7, 1, "0.58")]
    public void The_latest_factor_on_or_before_the_date_applies(int year, int month, int day, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), History.GetFactor("PT", new LocalDate(year, month, day)).Factor);
    }

    [Fact]
    public void A_region_without_any_factor_has_a_clear_error()
    {
        var error = Assert.Throws<PurchasingPowerParityNotFoundException>(() => Illustrative.Equivalent(new Money(30_000m, Eur), "PT", "DE", NewYear2025));

        Assert.Equal("No purchasing-power parity factor for region 'DE' is effective on or before 2025-01-01; the table has none for that region at any date.", error.Message);
        Assert.Equal("DE", error.RegionId);
        Assert.Null(error.EarliestDate);
    }

    [Fact]
    public void TryGetFactor_reports_a_missing_factor_without_throwing()
    {
        Assert.False(Illustrative.TryGetFactor("DE", NewYear2025, out var missing));
        Assert.Null(missing);
        Assert.True(Illustrative.TryGetFactor("PT", NewYear2025, out var found));
        Assert.Equal(0.58m, found.Factor);
    }

    [Fact]
    public void Lookups_reject_null_region_ids()
    {
        Assert.Equal("regionId", Assert.Throws<ArgumentNullException>(() => Illustrative.GetFactor(null!, NewYear2025)).ParamName);
        Assert.Equal("toRegionId", Assert.Throws<ArgumentNullException>(() => Illustrative.Equivalent(new Money(1m, Eur), "PT", null!, NewYear2025)).ParamName);
        Assert.Equal("fromRegionId", Assert.Throws<ArgumentNullException>(() => Illustrative.Equivalent(new Money(1m, Eur), null!, "PT", NewYear2025)).ParamName);
    }

    // ---- The rules a table's factors obey, all reported at once ----

    [Fact]
    public void Create_rejects_a_null_list()
    {
        Assert.Equal("factors", Assert.Throws<ArgumentNullException>(() => PurchasingPowerParityTable.Create(null!)).ParamName);
    }

    [Fact]
    public void Create_reports_every_problem_at_once()
    {
        var oldEuro = new Currency("EUR", 3, "Euro");

        var error = Assert.Throws<ArgumentException>(() => PurchasingPowerParityTable.Create(
        [
            new("PT", NewYear2025, Eur, 0.58m),
            null!,
            new("PT", NewYear2025, Eur, 0.60m),
            new("FR", NewYear2025, oldEuro, 0.78m),
            new("FR", NewYear2025.PlusYears(1), Eur, 0.79m),
        ]));

        Assert.Equal("factors", error.ParamName);
        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "The purchasing-power parity table has 3 problems:",
                "  - factors[1] is null.",
                "  - The code EUR names 2 different currencies ('Euro' with 2 minor units and 'Euro' with 3 minor units); a table must use one currency per code.",
                "  - Region 'PT' has 2 factors effective on 2025-01-01 (0.58 EUR, 0.6 EUR); a region may have one factor per date.")
            + " (Parameter 'factors')",
            error.Message);
    }

    // ---- The table as a value ----

    [Fact]
    public void Factors_are_ordered_by_region_and_date_and_tables_in_any_order_are_equal()
    {
        var reversed = PurchasingPowerParityTable.Create(Illustrative.Factors.Reverse());

        Assert.Equal(["FR", "IN", "PT", "US"], Illustrative.Factors.Select(f => f.RegionId));
        Assert.Equal(Illustrative, reversed);
        Assert.Equal(Illustrative.GetHashCode(), reversed.GetHashCode());
        Assert.NotEqual(Illustrative, History);
        Assert.False(Illustrative.Factors is PurchasingPowerParity[]);
    }

    [Fact]
    public void ToString_summarises_the_factors_regions_and_dates()
    {
        Assert.Equal("PurchasingPowerParityTable: 4 factors, 4 regions, 2025-01-01 to 2025-01-01", Illustrative.ToString());
        Assert.Equal("PurchasingPowerParityTable: 2 factors, 1 region, 2020-01-01 to 2024-01-01", History.ToString());
        Assert.Equal("PurchasingPowerParityTable: 0 factors, 0 regions", PurchasingPowerParityTable.Create([]).ToString());
        Assert.Equal("PurchasingPowerParityTable: 1 factor, 1 region, 2024-01-01 to 2024-01-01", PurchasingPowerParityTable.Create([History.Factors[1]]).ToString());
    }
}
