using CareerModel.Catalogs;
using CareerModel.Monetary;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Tests.Monetary;

/// <summary>
/// The exchange-rate table: the rate as of a date, inverse and pivot rates, conversion with and
/// without rounding, the guide's regional pay table in dollars, and the rules a table's rates obey.
/// </summary>
public class ExchangeRateTableTests
{
    private static readonly LocalDate NewYear2025 = new(2025, 1, 1);

    private static readonly Currency Usd = Currency.USD;
    private static readonly Currency Eur = Currency.EUR;
    private static readonly Currency Gbp = Currency.GBP;

    /// <summary>EUR→USD at 1.10 from 2020, 1.20 from 2021 and 1.08 from 2025 (illustrative figures).</summary>
    private static readonly ExchangeRateTable History = ExchangeRateTable.Create(
    [
        new(Eur, Usd, 1.20m, new LocalDate(2021, 1, 1)),
        new(Eur, Usd, 1.08m, NewYear2025),
        new(Eur, Usd, 1.10m, new LocalDate(2020, 1, 1)),
    ]);

    private static LocalDate Date(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;

    [Fact]
    public void Tables_with_the_same_rates_in_any_order_are_equal_and_describe_their_size()
    {
        var same = ExchangeRateTable.Create(History.Rates.Reverse());

        Assert.True(History == same);
        Assert.False(History != same);
        Assert.False(History == null);
        Assert.False(null == History);
        Assert.True(History != ExchangeRateTable.Create([new(Eur, Usd, 1.20m, new LocalDate(2021, 1, 1))]));
        Assert.Equal(History.GetHashCode(), same.GetHashCode());
        Assert.Equal("ExchangeRateTable: 1 rate, 1 currency pair, 2021-01-01 to 2021-01-01", ExchangeRateTable.Create([new(Eur, Usd, 1.20m, new LocalDate(2021, 1, 1))]).ToString());
        Assert.Equal("ExchangeRateTable: 3 rates, 1 currency pair, 2020-01-01 to 2025-01-01", History.ToString());
    }

    // ---- The rate as of a date ----

    [Fact]
    public void A_date_before_the_first_rate_has_no_rate_and_the_error_names_the_earliest()
    {
        var error = Assert.Throws<ExchangeRateNotFoundException>(() => History.GetRate(Eur, Usd, new LocalDate(2019, 12, 31)));

        Assert.Equal("No EUR→USD exchange rate is effective on or before 2019-12-31; the earliest is 2020-01-01.", error.Message);
        Assert.Equal(Eur, error.From);
        Assert.Equal(Usd, error.To);
        Assert.Equal(new LocalDate(2019, 12, 31), error.AsOf);
        Assert.Equal(new LocalDate(2020, 1, 1), error.EarliestDate);
        Assert.Null(error.Pivot);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
    }

    [Theory]
    [InlineData("2020-01-01", "1.10")]
    [InlineData("2021-01-01", "1.20")]
    [InlineData("2025-01-01", "1.08")]
    public void A_rate_applies_from_exactly_its_effective_date(string asOf, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), History.GetRate(Eur, Usd, Date(asOf)));
    }

    [Theory]
    [InlineData("2020-06-30", "1.10")]
    [InlineData("2020-12-31", "1.10")]
    [InlineData("2024-12-31", "1.20")]
    public void Between_two_dates_the_earlier_rate_applies(string asOf, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), History.GetRate(Eur, Usd, Date(asOf)));
    }

    [Fact]
    public void After_the_last_date_the_last_rate_applies()
    {
        Assert.Equal(1.08m, History.GetRate(Eur, Usd, new LocalDate(2040, 6, 30)));
    }

    [Fact]
    public void TryGetRate_reports_a_missing_rate_without_throwing()
    {
        Assert.False(History.TryGetRate(Eur, Usd, new LocalDate(2019, 12, 31), out var missing));
        Assert.Equal(0m, missing);
        Assert.True(History.TryGetRate(Eur, Usd, new LocalDate(2020, 2, 1), out var found));
        Assert.Equal(1.10m, found);
    }

    [Fact]
    public void A_currency_converts_to_itself_at_1_even_in_an_empty_table()
    {
        var empty = ExchangeRateTable.Create([]);

        Assert.Equal(1m, empty.GetRate(Gbp, Gbp, NewYear2025));
        Assert.Equal(new Money(12.345m, Gbp), empty.Convert(new Money(12.345m, Gbp), Gbp, NewYear2025));
    }

    [Fact]
    public void A_pair_the_table_never_quotes_has_no_rate_and_the_error_says_so()
    {
        var error = Assert.Throws<ExchangeRateNotFoundException>(() => History.GetRate(Gbp, Usd, NewYear2025));

        Assert.Equal("No GBP→USD exchange rate is effective on or before 2025-01-01; the table has none for that pair at any date.", error.Message);
        Assert.Null(error.EarliestDate);
    }

    [Fact]
    public void A_date_in_another_calendar_is_looked_up_as_the_same_day()
    {
        var julian = new LocalDate(2020, 12, 31).WithCalendar(CalendarSystem.Julian);

        Assert.Equal(1.10m, History.GetRate(Eur, Usd, julian));
    }

    // ---- Inverse rates ----

    [Fact]
    public void A_pair_quoted_only_the_other_way_uses_the_inverse_rate()
    {
        Assert.Equal(1m / 1.08m, History.GetRate(Usd, Eur, NewYear2025));
    }

    [Fact]
    public void Converting_against_the_quote_divides_so_the_result_stays_exact()
    {
        Assert.Equal(new Money(100m, Eur), History.Convert(new Money(108m, Usd), Eur, NewYear2025));
    }

    [Fact]
    public void A_pair_quoted_both_ways_on_different_dates_is_one_series_and_the_latest_quote_wins()
    {
        var table = ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.10m, new LocalDate(2020, 1, 1)),
            new(Usd, Eur, 0.80m, new LocalDate(2022, 1, 1)),
        ]);

        Assert.Equal(1.10m, table.GetRate(Eur, Usd, new LocalDate(2021, 6, 1)));
        Assert.Equal(1.25m, table.GetRate(Eur, Usd, new LocalDate(2022, 6, 1)));
        Assert.Equal(1m / 1.10m, table.GetRate(Usd, Eur, new LocalDate(2021, 6, 1)));
        Assert.Equal(0.80m, table.GetRate(Usd, Eur, new LocalDate(2022, 6, 1)));
    }

    // ---- Pivot ----

    private static readonly ExchangeRateTable AgainstTheDollar = ExchangeRateTable.Create(
    [
        new(Eur, Usd, 1.08m, NewYear2025),
        new(Gbp, Usd, 1.25m, NewYear2025),
    ], pivot: Usd);

    [Fact]
    public void A_pair_without_a_rate_of_its_own_converts_through_the_pivot()
    {
        Assert.Equal(0.864m, AgainstTheDollar.GetRate(Eur, Gbp, NewYear2025));
        Assert.Equal(1.25m / 1.08m, AgainstTheDollar.GetRate(Gbp, Eur, NewYear2025));
        Assert.Equal(new Money(86.40m, Gbp), AgainstTheDollar.Convert(new Money(100m, Eur), Gbp, NewYear2025));
        Assert.Equal(new Money(100m, Eur), AgainstTheDollar.Convert(new Money(86.40m, Gbp), Eur, NewYear2025));
    }

    [Fact]
    public void Without_a_pivot_the_same_pair_has_no_rate()
    {
        var noPivot = ExchangeRateTable.Create(AgainstTheDollar.Rates);

        Assert.False(noPivot.TryGetRate(Eur, Gbp, NewYear2025, out _));
    }

    [Fact]
    public void Both_pivot_legs_are_taken_as_of_the_same_date()
    {
        var table = ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.08m, new LocalDate(2025, 1, 1)),
            new(Eur, Usd, 1.10m, new LocalDate(2025, 6, 1)),
            new(Gbp, Usd, 1.25m, new LocalDate(2025, 1, 1)),
            new(Gbp, Usd, 1.30m, new LocalDate(2025, 3, 1)),
        ], Usd);

        Assert.Equal(0.864m, table.GetRate(Eur, Gbp, new LocalDate(2025, 2, 1)));
        Assert.Equal(1.08m / 1.30m, table.GetRate(Eur, Gbp, new LocalDate(2025, 4, 1)));
        Assert.Equal(1.10m / 1.30m, table.GetRate(Eur, Gbp, new LocalDate(2025, 7, 1)));
    }

    [Fact]
    public void A_rate_of_the_pairs_own_is_preferred_to_the_pivot_once_it_applies()
    {
        var table = ExchangeRateTable.Create([.. AgainstTheDollar.Rates, new(Eur, Gbp, 0.85m, new LocalDate(2026, 1, 1))], Usd);

        Assert.Equal(0.864m, table.GetRate(Eur, Gbp, new LocalDate(2025, 12, 31)));
        Assert.Equal(0.85m, table.GetRate(Eur, Gbp, new LocalDate(2026, 1, 1)));
        Assert.Equal(1m / 0.85m, table.GetRate(Gbp, Eur, new LocalDate(2026, 1, 1)));
    }

    [Fact]
    public void When_neither_a_rate_nor_the_pivot_applies_the_error_names_the_pivot()
    {
        var error = Assert.Throws<ExchangeRateNotFoundException>(() => AgainstTheDollar.GetRate(Eur, Currency.JPY, NewYear2025));

        Assert.Equal("No EUR→JPY exchange rate is effective, directly or through the pivot USD, on or before 2025-01-01; the table has none for that pair at any date.", error.Message);
        Assert.Equal(Usd, error.Pivot);
        Assert.Null(error.EarliestDate);
    }

    [Fact]
    public void When_a_pivot_leg_starts_later_the_error_names_the_first_date_both_legs_apply()
    {
        var table = ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.08m, new LocalDate(2025, 1, 1)),
            new(Gbp, Usd, 1.25m, new LocalDate(2026, 1, 1)),
        ], Usd);

        var error = Assert.Throws<ExchangeRateNotFoundException>(() => table.Convert(new Money(100m, Eur), Gbp, new LocalDate(2025, 6, 1)));

        Assert.Equal("No EUR→GBP exchange rate is effective, directly or through the pivot USD, on or before 2025-06-01; the earliest is 2026-01-01.", error.Message);
        Assert.Equal(new LocalDate(2026, 1, 1), error.EarliestDate);
    }

    [Theory]
    [InlineData(2025, 9, 1, false, "2025-09-01")]
    [InlineData(2025, 9, 1, true, "2025-09-01")]
    [InlineData(2026, 6, 1, false, "2026-01-01")]
    public void The_error_names_the_earlier_of_the_first_direct_rate_and_the_first_date_both_pivot_legs_apply(int year, int month, int day, bool quotedInverse, string earliest)
    {
        var directDate = new LocalDate(year, month, day);
        var table = ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.08m, new LocalDate(2025, 1, 1)),
            new(Gbp, Usd, 1.25m, new LocalDate(2026, 1, 1)),
            quotedInverse ? new(Gbp, Eur, 1.16m, directDate) : new(Eur, Gbp, 0.86m, directDate),
        ], Usd);

        var error = Assert.Throws<ExchangeRateNotFoundException>(() => table.GetRate(Eur, Gbp, new LocalDate(2025, 6, 1)));

        Assert.Equal(LocalDatePattern.Iso.Parse(earliest).Value, error.EarliestDate);
        Assert.EndsWith($"the earliest is {earliest}.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_latest_quote_applies_whichever_way_round_it_is_quoted()
    {
        var table = ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.10m, new LocalDate(2025, 1, 1)),
            new(Usd, Eur, 0.80m, new LocalDate(2025, 3, 1)),
        ]);
        var february = new LocalDate(2025, 2, 1);
        var april = new LocalDate(2025, 4, 1);

        Assert.Equal((1.10m, 1m / 0.80m), (table.GetRate(Eur, Usd, february), table.GetRate(Eur, Usd, april)));
        Assert.Equal((1m / 1.10m, 0.80m), (table.GetRate(Usd, Eur, february), table.GetRate(Usd, Eur, april)));
    }

    // ---- Rounding ----

    /// <summary>EUR→USD 1.08 and GBP→USD 1.27 (illustrative), so EUR→GBP goes through the dollar.</summary>
    private static readonly ExchangeRateTable TwoLegs = ExchangeRateTable.Create(
    [
        new(Eur, Usd, 1.08m, NewYear2025),
        new(Gbp, Usd, 1.27m, NewYear2025),
    ], Usd);

    [Fact]
    public void Without_a_policy_a_conversion_is_exact()
    {
        Assert.Equal(new Money(10.854m / 1.27m, Gbp), TwoLegs.Convert(new Money(10.05m, Eur), Gbp, NewYear2025));
    }

    [Fact]
    public void Rounding_at_each_step_and_at_the_end_give_different_results_through_the_pivot()
    {
        var amount = new Money(10.05m, Eur);

        // EUR 10.05 is USD 10.854: at each step that is USD 10.85, which is GBP 8.5433… → 8.54;
        // at the end GBP 10.854 / 1.27 = 8.5464… → 8.55.
        var eachStep = TwoLegs.Convert(amount, Gbp, NewYear2025, RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep));
        var atEnd = TwoLegs.Convert(amount, Gbp, NewYear2025, RoundingPolicy.ToMinorUnits(moment: RoundingMoment.AtEnd));

        Assert.Equal(new Money(8.54m, Gbp), eachStep);
        Assert.Equal(new Money(8.55m, Gbp), atEnd);
    }

    [Fact]
    public void A_one_leg_conversion_rounds_the_same_at_each_step_and_at_the_end()
    {
        var amount = new Money(10.05m, Eur);

        var eachStep = TwoLegs.Convert(amount, Usd, NewYear2025, RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep));
        var atEnd = TwoLegs.Convert(amount, Usd, NewYear2025, RoundingPolicy.ToMinorUnits());

        Assert.Equal(new Money(10.85m, Usd), eachStep);
        Assert.Equal(eachStep, atEnd);
    }

    [Fact]
    public void An_amount_already_in_the_target_currency_still_goes_through_the_policy()
    {
        Assert.Equal(new Money(10.00m, Eur), TwoLegs.Convert(new Money(10.005m, Eur), Eur, NewYear2025, RoundingPolicy.ToMinorUnits()));
        Assert.Equal(new Money(25_100m, Eur), TwoLegs.Convert(new Money(25_001m, Eur), Eur, NewYear2025, RoundingPolicy.UpTo(100)));
    }

    // ---- The guide's regional pay table ----

    /// <summary>The rates the guide's dollar column implies, effective 2025-01-01.</summary>
    private static readonly ExchangeRateTable GuideRates = ExchangeRateTable.Create(
    [
        new(Eur, Usd, 1.08m, NewYear2025, "implied by the guide"),
        new(Currency.AUD, Usd, 0.66m, NewYear2025, "implied by the guide"),
        new(Currency.INR, Usd, 0.012m, NewYear2025, "implied by the guide"),
    ]);

    [Theory]
    [InlineData("europe", 27_000, 48_600, 1_000, 27_000, 49_000)]
    [InlineData("AU", 33_000, 46_200, 1_000, 33_000, 46_000)]
    [InlineData("IN", 3_600, 7_200, 100, 3_600, 7_200)]
    public void The_specialists_regional_pay_in_dollars_matches_the_guide(string regionId, int min, int max, int guideRounding, int guideMin, int guideMax)
    {
        var band = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands[regionId];
        var asOf = new LocalDate(2025, 6, 30);
        var toGuide = RoundingPolicy.ToNearest(guideRounding);

        Assert.Equal(new Money(min, Usd), GuideRates.Convert(band.Minimum, Usd, asOf));
        Assert.Equal(new Money(max, Usd), GuideRates.Convert(band.Maximum, Usd, asOf));
        Assert.Equal(new Money(guideMin, Usd), GuideRates.Convert(band.Minimum, Usd, asOf, toGuide));
        Assert.Equal(new Money(guideMax, Usd), GuideRates.Convert(band.Maximum, Usd, asOf, toGuide));
    }

    // ---- Argument checks ----

    [Fact]
    public void Lookups_reject_null_currencies()
    {
        Assert.Equal("from", Assert.Throws<ArgumentNullException>(() => History.GetRate(null!, Usd, NewYear2025)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentNullException>(() => History.TryGetRate(Eur, null!, NewYear2025, out _)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentNullException>(() => History.Convert(new Money(1m, Eur), null!, NewYear2025)).ParamName);
    }

    // ---- The rules a table's rates obey, all reported at once ----

    [Fact]
    public void Create_rejects_a_null_list()
    {
        Assert.Equal("rates", Assert.Throws<ArgumentNullException>(() => ExchangeRateTable.Create(null!)).ParamName);
    }

    [Fact]
    public void Create_reports_a_null_rate_by_its_index()
    {
        var error = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Create([new(Eur, Usd, 1.08m, NewYear2025), null!]));

        Assert.Equal("rates", error.ParamName);
        Assert.Equal(Lines("The exchange-rate table has 1 problem:", "  - rates[1] is null.") + " (Parameter 'rates')", error.Message);
    }

    [Fact]
    public void Create_rejects_two_rates_for_one_pair_on_one_date()
    {
        var error = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.08m, NewYear2025),
            new(Eur, Usd, 1.09m, NewYear2025),
            new(Eur, Usd, 1.10m, NewYear2025.PlusDays(1)),
        ]));

        Assert.Equal("rates", error.ParamName);
        Assert.Contains("  - The EUR/USD pair has 2 rates effective on 2025-01-01 (EUR→USD 1.08, EUR→USD 1.09); a pair may have one rate per date, in either direction, as the other direction is its inverse.", error.Message);
        Assert.StartsWith("The exchange-rate table has 1 problem:", error.Message);
    }

    [Fact]
    public void Create_rejects_a_rate_and_its_reverse_on_the_same_date()
    {
        var error = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Create(
        [
            new(Eur, Usd, 1.08m, NewYear2025),
            new(Usd, Eur, 0.92m, NewYear2025),
        ]));

        Assert.Contains("The EUR/USD pair has 2 rates effective on 2025-01-01 (EUR→USD 1.08, USD→EUR 0.92)", error.Message);
    }

    [Fact]
    public void Create_rejects_one_code_for_two_different_currencies_including_the_pivot()
    {
        var otherDollar = new Currency("USD", 2, "Dollar");

        var error = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Create([new(Eur, Usd, 1.08m, NewYear2025)], otherDollar));

        Assert.Contains("  - The code USD names 2 different currencies ('US dollar' with 2 minor units and 'Dollar' with 2 minor units); a table must use one currency per code.", error.Message);
    }

    [Fact]
    public void Create_reports_every_problem_at_once()
    {
        var oldEuro = new Currency("EUR", 3, "Euro");

        var error = Assert.Throws<ArgumentException>(() => ExchangeRateTable.Create(
        [
            null!,
            new(Eur, Usd, 1.08m, NewYear2025),
            new(Usd, Eur, 0.92m, NewYear2025),
            new(oldEuro, Gbp, 0.85m, NewYear2025),
            new(Gbp, Usd, 1.27m, NewYear2025),
            new(Gbp, Usd, 1.26m, NewYear2025),
        ]));

        Assert.Equal(
            Lines(
                "The exchange-rate table has 4 problems:",
                "  - rates[0] is null.",
                "  - The code EUR names 2 different currencies ('Euro' with 2 minor units and 'Euro' with 3 minor units); a table must use one currency per code.",
                "  - The EUR/USD pair has 2 rates effective on 2025-01-01 (EUR→USD 1.08, USD→EUR 0.92); a pair may have one rate per date, in either direction, as the other direction is its inverse.",
                "  - The GBP/USD pair has 2 rates effective on 2025-01-01 (GBP→USD 1.27, GBP→USD 1.26); a pair may have one rate per date, in either direction, as the other direction is its inverse.")
            + " (Parameter 'rates')",
            error.Message);
    }

    // ---- The table as a value ----

    [Fact]
    public void Rates_are_ordered_by_currency_codes_and_date_and_cannot_be_changed()
    {
        var given = new List<ExchangeRate>
        {
            new(Gbp, Usd, 1.27m, NewYear2025),
            new(Eur, Usd, 1.10m, NewYear2025),
            new(Eur, Usd, 1.08m, NewYear2025.PlusDays(-1)),
        };

        var table = ExchangeRateTable.Create(given);
        given.Clear();

        Assert.Equal([1.08m, 1.10m, 1.27m], table.Rates.Select(r => r.Rate));
        Assert.False(table.Rates is ExchangeRate[]);
    }

    [Fact]
    public void Tables_with_the_same_rates_in_any_order_and_the_same_pivot_are_equal()
    {
        var reversed = ExchangeRateTable.Create(AgainstTheDollar.Rates.Reverse(), Usd);

        Assert.Equal(AgainstTheDollar, reversed);
        Assert.Equal(AgainstTheDollar.GetHashCode(), reversed.GetHashCode());
        Assert.NotEqual(AgainstTheDollar, ExchangeRateTable.Create(AgainstTheDollar.Rates));
        Assert.NotEqual(AgainstTheDollar, ExchangeRateTable.Create(AgainstTheDollar.Rates.Take(1), Usd));
    }

    [Fact]
    public void ToString_summarises_the_rates_pairs_dates_and_pivot()
    {
        Assert.Equal("ExchangeRateTable: 3 rates, 1 currency pair, 2020-01-01 to 2025-01-01", History.ToString());
        Assert.Equal("ExchangeRateTable: 2 rates, 2 currency pairs, 2025-01-01 to 2025-01-01, pivot USD", AgainstTheDollar.ToString());
        Assert.Equal("ExchangeRateTable: 0 rates, 0 currency pairs", ExchangeRateTable.Create([]).ToString());
    }

    [Fact]
    public void A_table_can_be_read_from_many_threads_at_once()
    {
        var results = new decimal[1_000];

        Parallel.For(0, results.Length, i =>
        {
            History.TryGetRate(Eur, Usd, new LocalDate(2019, 1, 1).PlusDays(i * 3), out var rate);
            results[i] = rate;
        });

        for (var i = 0; i < results.Length; i++)
            Assert.Equal(Expected(new LocalDate(2019, 1, 1).PlusDays(i * 3)), results[i]);

        static decimal Expected(LocalDate day) =>
            day < new LocalDate(2020, 1, 1) ? 0m : day < new LocalDate(2021, 1, 1) ? 1.10m : day < NewYear2025 ? 1.20m : 1.08m;
    }

    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines);
}
