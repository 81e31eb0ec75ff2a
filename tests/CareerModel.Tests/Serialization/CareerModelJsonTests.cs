using System.Text.Json;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Location;
using CareerModel.Compensation.Projection;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Serialization;

/// <summary><c>JsonSerializerOptions.ConfigureForCareerModel()</c>: the value types in the documented shapes, with web defaults.</summary>
public class CareerModelJsonTests
{
    // Configured for each test, not once per process: a test of what ConfigureForCareerModel adds
    // must see a change to it even in a process that configured options earlier (as mutation
    // testing runs).
    private readonly JsonSerializerOptions jsonOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCareerModel();

    private string Write<T>(T value) => JsonSerializer.Serialize(value, jsonOptions);

    private T? Read<T>(string json) => JsonSerializer.Deserialize<T>(json, jsonOptions);

    private sealed record Offer(string RoleId, Money Pay, SalaryBand Band, Period Vesting, LocalDate Starts, CareerTrack Track);

    [Fact]
    public void Money_is_an_amount_and_a_currency_code_and_reads_back_equal()
    {
        var money = new Money(42_000.50m, Currency.USD);

        Assert.Equal("""{"amount":42000.50,"currency":"USD"}""", Write(money));
        Assert.Equal(money, Read<Money>(Write(money)));
    }

    [Theory]
    [InlineData("{}", "Required property 'amount' of money is missing.")]
    [InlineData("""{"amount":1}""", "Required property 'currency' of money is missing.")]
    [InlineData("""{"amount":"1","currency":"USD"}""", "Property 'amount' must be an amount")]
    [InlineData("""{"amount":1,"currency":"XYZ"}""", "'XYZ' is not a currency code CareerModel knows")]
    [InlineData("""{"amount":1,"currency":"USD","cents":100}""", "Unknown property 'cents' of money")]
    [InlineData("42000", "Expected money as an object, not a number.")]
    public void Money_that_breaks_a_rule_throws_a_json_exception_saying_which(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<Money>(json));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void A_bad_value_deep_in_a_document_is_refused_with_its_path()
    {
        const string Json = """{"roleId":"cs-specialist","pay":{"amount":1,"currency":"USD"},"band":{"currency":"USD","minimum":50000,"maximum":40000},"vesting":"P1Y","starts":"2026-12-03","track":"management"}""";

        var e = Assert.Throws<JsonException>(() => Read<Offer>(Json));

        Assert.Equal("$.band", e.Path);
        Assert.Contains("maximum", e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_record_of_values_round_trips_with_enums_as_camel_case_names_and_iso_dates_and_periods()
    {
        var band = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["DE"];
        var offer = new Offer("cs-team-lead", new Money(65_000, Currency.USD), band, Period.FromYears(1) + Period.FromMonths(6), new LocalDate(2026, 12, 3), CareerTrack.Management);

        var json = Write(offer);

        Assert.Contains("\"vesting\":\"P1Y6M\"", json, StringComparison.Ordinal);
        Assert.Contains("\"starts\":\"2026-12-03\"", json, StringComparison.Ordinal);
        Assert.Contains("\"track\":\"management\"", json, StringComparison.Ordinal);
        Assert.Contains("\"band\":{\"currency\":\"EUR\",\"minimum\":35000", json, StringComparison.Ordinal);
        Assert.Equal(offer, Read<Offer>(json));
    }

    [Fact]
    public void Every_band_of_the_built_in_catalog_round_trips_with_its_percentiles_mean_and_provenance()
    {
        var bands = BuiltInCatalogs.CustomerService.Roles.SelectMany(r => r.PayBands.Values).ToList();

        Assert.NotEmpty(bands);
        Assert.All(bands, band => Assert.Equal(band, Read<SalaryBand>(Write(band))));
        Assert.Contains(bands, b => b.Percentiles is not null && b.Mean is not null);
    }

    [Fact]
    public void Every_enum_of_the_library_is_written_as_its_camel_case_name_and_read_back()
    {
        Assert.Equal("\"management\"", Write(CareerTrack.Management));
        Assert.Equal("\"promotion\"", Write(TransitionKind.Promotion));
        Assert.Equal("\"hybrid\"", Write(RemoteWork.Hybrid));
        Assert.Equal("\"unknownReference\"", Write(CatalogProblemKind.UnknownReference));
        Assert.Equal("\"regionGroup\"", Write(RegionKind.RegionGroup));
        Assert.Equal("\"technical\"", Write(SkillCategory.Technical));
        Assert.Equal("\"bachelor\"", Write(EducationLevel.Bachelor));
        Assert.Equal("\"annual\"", Write(PayPeriod.Annual));
        Assert.Equal("\"aroundMidpoint\"", Write(SpreadConvention.AroundMidpoint));
        Assert.Equal("\"topCoded\"", Write(WageFigureStatus.TopCoded));
        Assert.Equal("\"benchmarkTimesFactor\"", Write(PayPolicyKind.BenchmarkTimesFactor));
        Assert.Equal("\"compound\"", Write(AgeingMethod.Compound));
        Assert.Equal("\"costOfLiving\"", Write(ProjectionEntryKind.CostOfLiving));
        Assert.Equal("\"compaRatio\"", Write(RangePositionBasis.CompaRatio));
        Assert.Equal("\"eachStep\"", Write(RoundingMoment.EachStep));
        Assert.Equal("\"earnCertification\"", Write(ReadinessActionKind.EarnCertification));
        Assert.Equal("\"estimated\"", Write(PayBasis.Estimated));
        Assert.Equal("\"searchTruncated\"", Write(RecommendationWarningKind.SearchTruncated));
        Assert.Equal("\"missingProperty\"", Write(CareerJsonProblemKind.MissingProperty));
        Assert.Equal(RecommendationWarningKind.SearchTruncated, Read<RecommendationWarningKind>("\"searchTruncated\""));
    }

    [Fact]
    public void An_enum_given_as_a_number_or_another_spelling_is_refused()
    {
        Assert.Throws<JsonException>(() => Read<CareerTrack>("1"));
        Assert.Throws<JsonException>(() => Read<CareerTrack>("\"MANAGEMENT_TRACK\""));
        Assert.Equal(CareerTrack.IndividualContributor, Read<CareerTrack>("\"individualContributor\""));
    }

    [Fact]
    public void A_profile_reads_and_writes_as_the_profile_document_with_every_check()
    {
        var profile = ProfileJson.ReadFile(RepoFiles.ExampleProfile);

        Assert.Equal(profile, Read<Profile>(Write(profile)));
        var e = Assert.Throws<JsonException>(() => Read<Profile>("""{"schemaVersion":1,"skills":[{"skillId":"x","level":-1}]}"""));
        Assert.Contains("$.skills[0].level", e.Message, StringComparison.Ordinal);
        Assert.IsType<CareerJsonException>(e.InnerException);
    }

    [Fact]
    public void A_catalog_reads_and_writes_as_the_catalog_document()
    {
        var catalog = BuiltInCatalogs.CustomerService;

        Assert.Equal(catalog, Read<CareerCatalog>(Write(catalog)));
    }

    [Fact]
    public void A_date_or_period_that_is_not_iso_is_refused()
    {
        Assert.StartsWith("'03/12/2026' is not a date", Assert.Throws<JsonException>(() => Read<LocalDate>("\"03/12/2026\"")).Message, StringComparison.Ordinal);
        Assert.StartsWith("'two years' is not an ISO 8601 period", Assert.Throws<JsonException>(() => Read<Period>("\"two years\"")).Message, StringComparison.Ordinal);
        Assert.Equal(Period.FromMonths(18), Read<Period>("\"P18M\""));
    }

    [Fact]
    public void A_recommendation_serializes_with_its_paths_steps_and_score_parts()
    {
        var recommender = Recommender.Create(BuiltInCatalogs.CustomerService, new FakeClock(Instant.FromUtc(2026, 12, 3, 0, 0)), exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);
        var result = recommender.Recommend(ExampleProfiles.CustomerServiceJunior, new RecommendationOptions { Count = 2 });

        var json = JsonDocument.Parse(Write(result)).RootElement;

        var first = json.GetProperty("paths")[0];
        Assert.Equal(result.Paths[0].RoleIds, first.GetProperty("roleIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("promotion", first.GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.Equal(PeriodPatternText(result.Paths[0].Steps[0].TimeToReady), first.GetProperty("steps")[0].GetProperty("timeToReady").GetString());
        Assert.Equal("USD", first.GetProperty("steps")[0].GetProperty("projectedPay").GetProperty("currency").GetString());
        Assert.Equal(result.Paths[0].Score.Total, first.GetProperty("score").GetProperty("total").GetDouble());
    }

    [Fact]
    public void Configuring_keeps_a_date_converter_the_options_already_have()
    {
        var own = new OwnDateConverter();
        var options = new JsonSerializerOptions { Converters = { own } }.ConfigureForCareerModel();

        Assert.Equal(1, options.Converters.Count(c => c.CanConvert(typeof(LocalDate))));
        Assert.Equal("\"own\"", JsonSerializer.Serialize(new LocalDate(2026, 12, 3), options));
    }

    [Fact]
    public void A_currency_is_its_code_and_reads_back_as_the_built_in_currency()
    {
        Assert.Equal("\"EUR\"", Write(Currency.EUR));
        Assert.Same(Currency.EUR, Read<Currency>("\"EUR\""));
        Assert.Null(Read<Currency>("null"));
    }

    [Theory]
    [InlineData("978", "Expected a currency code such as USD, not a number.")]
    [InlineData("{\"code\":\"EUR\"}", "Expected a currency code such as USD, not an object.")]
    [InlineData("[\"EUR\"]", "Expected a currency code such as USD, not an array.")]
    [InlineData("true", "Expected a currency code such as USD, not true or false.")]
    [InlineData("false", "Expected a currency code such as USD, not true or false.")]
    [InlineData("\"XYZ\"", "'XYZ' is not a currency code CareerModel knows; it knows AUD, CAD, CHF, COP, EUR, GBP, INR, JMD, JPY, MXN, PHP, PLN, USD, XXX, ZAR.")]
    public void A_currency_that_is_not_a_known_code_is_refused_saying_what_it_got(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<Currency>(json));

        Assert.Equal(message, e.Message);
        Assert.Equal("$", e.Path);
    }

    [Fact]
    public void The_currency_converter_called_on_a_null_token_says_it_got_null()
    {
        var converter = (System.Text.Json.Serialization.JsonConverter<Currency>)jsonOptions.GetConverter(typeof(Currency));
        var e = Assert.Throws<JsonException>(() =>
        {
            var reader = new Utf8JsonReader("null"u8);
            reader.Read();
            return converter.Read(ref reader, typeof(Currency), jsonOptions);
        });

        Assert.Equal("Expected a currency code such as USD, not null.", e.Message);
    }

    [Theory]
    [InlineData("[]", "Expected money as an object, not an array.")]
    [InlineData("null", "Expected money as an object, not null.")]
    [InlineData("""{"amount":{},"currency":"USD"}""", "Property 'amount' must be an amount, a JSON number of at most 28–29 significant digits, not an object.")]
    [InlineData("""{"amount":[1],"currency":"USD"}""", "Property 'amount' must be an amount, a JSON number of at most 28–29 significant digits, not an array.")]
    [InlineData("""{"amount":true,"currency":"USD"}""", "Property 'amount' must be an amount, a JSON number of at most 28–29 significant digits, not true or false.")]
    [InlineData("""{"amount":1e400,"currency":"USD"}""", "Property 'amount' must be an amount, a JSON number of at most 28–29 significant digits, not a number.")]
    [InlineData("""{"amount":1,"currency":840}""", "Property 'currency' must be a string, not a number.")]
    [InlineData("""{"amount":1,"currency":null}""", "Required property 'currency' of money is missing.")]
    [InlineData("""{"amount":1,"amount":2,"currency":"USD"}""", "Property 'amount' of money is given twice.")]
    public void Money_of_the_wrong_shape_is_refused_saying_what_it_got(string json, string message)
    {
        var e = Assert.Throws<JsonException>(() => Read<Money>(json));

        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void A_band_with_a_dated_source_writes_its_effective_date_and_reads_back_equal()
    {
        var band = new SalaryBand(new Money(35_000, Currency.EUR), new Money(42_000, Currency.EUR), new Money(49_000, Currency.EUR))
            .WithProvenance(new Provenance("Destatis", new LocalDate(2025, 4, 1)));

        var json = Write(band);

        Assert.Equal("""{"currency":"EUR","minimum":35000,"midpoint":42000,"maximum":49000,"provenance":{"source":"Destatis","effectiveDate":"2025-04-01"}}""", json);
        Assert.Equal(band, Read<SalaryBand>(json));
    }

    [Fact]
    public void A_band_without_provenance_reads_without_one_and_one_with_only_a_source_reads_with_only_that()
    {
        var plain = Read<SalaryBand>("""{"currency":"USD","minimum":40000,"maximum":60000}""")!;
        var sourced = Read<SalaryBand>("""{"currency":"USD","minimum":40000,"maximum":60000,"provenance":{"source":"BLS OEWS"}}""")!;

        Assert.Null(plain.Provenance);
        Assert.Equal(new Money(50_000, Currency.USD), plain.Midpoint);
        Assert.Equal(new Provenance("BLS OEWS"), sourced.Provenance);
    }

    [Fact]
    public void A_catalog_with_more_problems_than_a_message_names_is_refused_naming_three_and_counting_the_rest()
    {
        const string Json = """{"schemaVersion":1,"roles":[{"id":"bad id","title":7,"family":"cs","track":"ic","rank":500,"remoteWork":"sometimes"}]}""";

        var e = Assert.Throws<JsonException>(() => Read<CareerCatalog>(Json));

        Assert.Equal(
            "The catalog has 5 problem(s): $.roles[0].id: id 'bad id' contains ' '; an id may hold only ASCII letters, digits, '-', '_' and '.'.; "
            + "$.roles[0].title: Property 'title' must be a string, not a number.; $.roles[0].track: track 'ic' is not one of: individualContributor, management. (and 2 more)",
            e.Message);
        Assert.Equal(5, Assert.IsType<CareerJsonException>(e.InnerException).Problems.Count);
    }

    [Fact]
    public void Configuring_keeps_a_period_converter_the_options_already_have()
    {
        var own = new OwnPeriodConverter();
        var options = new JsonSerializerOptions { Converters = { own } }.ConfigureForCareerModel();

        Assert.Equal(1, options.Converters.Count(c => c.CanConvert(typeof(Period))));
        Assert.Equal("\"own\"", JsonSerializer.Serialize(Period.FromYears(2), options));
        Assert.Equal("\"2026-12-03\"", JsonSerializer.Serialize(new LocalDate(2026, 12, 3), options));
    }

    private static string PeriodPatternText(Period period) => NodaTime.Text.PeriodPattern.Roundtrip.Format(period);

    private sealed class OwnDateConverter : System.Text.Json.Serialization.JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => default;

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => writer.WriteStringValue("own");
    }

    private sealed class OwnPeriodConverter : System.Text.Json.Serialization.JsonConverter<Period>
    {
        public override Period Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Period.Zero;

        public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) => writer.WriteStringValue("own");
    }
}
