using System.Text;
using System.Text.Json;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Serialization;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Serialization;

public class CareerCatalogJsonRoundTripTests
{
    private static readonly CareerCatalog BuiltIn = BuiltInCatalogs.CustomerService;

    [Fact]
    public void The_built_in_catalog_reads_back_equal_to_itself()
    {
        var json = CareerCatalogJson.ToJson(BuiltIn);

        var read = CareerCatalogJson.Read(json);

        Assert.Equal(BuiltIn, read);
        Assert.True(read == BuiltIn);
    }

    [Fact]
    public void Exporting_the_built_in_catalog_gives_exactly_the_example_file()
    {
        // If this fails because the built-in catalog changed on purpose, regenerate the example:
        // CareerCatalogJson.WriteFile(BuiltInCatalogs.CustomerService, "docs/examples/customer-service.catalog.json").
        // A fresh build, not the shared instance, so that a change to the catalog's source shows
        // even in a process that built the shared one earlier (as mutation testing runs).
        var expected = File.ReadAllText(RepoFiles.ExampleCatalog);

        Assert.Equal(expected, CareerCatalogJson.ToJson(CustomerServiceCatalog.Create()));
    }

    [Fact]
    public void Reading_the_example_file_gives_the_built_in_catalog()
    {
        Assert.Equal(BuiltIn, CareerCatalogJson.ReadFile(RepoFiles.ExampleCatalog));
    }

    [Fact]
    public void Writing_the_same_catalog_twice_gives_the_same_bytes()
    {
        var rebuilt = BuiltIn.ToBuilder().Build();

        Assert.Equal(CareerCatalogJson.ToJson(BuiltIn), CareerCatalogJson.ToJson(rebuilt));
    }

    [Fact]
    public void The_text_is_indented_with_two_spaces_and_ends_lines_with_line_feeds_only()
    {
        var json = CareerCatalogJson.ToJson(BuiltIn);

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"proficiencyScale\": {\n    \"name\": \"Standard\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_outside_ASCII_is_written_as_it_is_except_characters_beyond_the_basic_plane()
    {
        var catalog = Catalog(new Role("r", "Agent – “Tier 1” <Ünïcode> 😀", "f", CareerTrack.IndividualContributor, 1).WithDescription("It's \"quoted\"\tand\\slashed"));

        var json = CareerCatalogJson.ToJson(catalog);

        Assert.Contains("\"title\": \"Agent – “Tier 1” <Ünïcode> \\uD83D\\uDE00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"description\": \"It's \\\"quoted\\\"\\tand\\\\slashed\"", json, StringComparison.Ordinal);
        Assert.Equal(catalog, CareerCatalogJson.Read(json));
    }

    [Fact]
    public void Alternative_titles_are_written_after_the_title_in_their_order_and_read_back_trimmed()
    {
        var catalog = Catalog(new Role("r", "Customer Service Representative", "f", CareerTrack.IndividualContributor, 1)
            .WithAlternativeTitles(["Call centre agent", "  CSR ", "Représentant du service client"]));

        var json = CareerCatalogJson.ToJson(catalog);

        Assert.Contains(
            "\"title\": \"Customer Service Representative\",\n      \"alternativeTitles\": [\n        \"Call centre agent\",\n        \"CSR\",\n        \"Représentant du service client\"\n      ],\n      \"family\"",
            json,
            StringComparison.Ordinal);
        var read = CareerCatalogJson.Read(json);
        Assert.Equal(catalog, read);
        Assert.Equal(["Call centre agent", "CSR", "Représentant du service client"], read.GetRole("r").AlternativeTitles);
    }

    [Fact]
    public void A_role_without_alternative_titles_is_written_without_the_property_and_reads_back_with_none()
    {
        var json = CareerCatalogJson.ToJson(BuiltIn);

        Assert.DoesNotContain("alternativeTitles", json, StringComparison.Ordinal);
        Assert.All(CareerCatalogJson.Read(json).Roles, role => Assert.Empty(role.AlternativeTitles));
    }

    [Fact]
    public void Reading_text_bytes_a_stream_or_a_file_gives_the_same_catalog()
    {
        var json = CareerCatalogJson.ToJson(BuiltIn);
        var bytes = Encoding.UTF8.GetBytes(json);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            using var stream = new MemoryStream(bytes);

            Assert.Equal(BuiltIn, CareerCatalogJson.Read(bytes));
            Assert.Equal(BuiltIn, CareerCatalogJson.Read(stream));
            Assert.Equal(BuiltIn, CareerCatalogJson.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_written_with_WriteFile_reads_back_equal()
    {
        var path = Path.GetTempFileName();
        try
        {
            CareerCatalogJson.WriteFile(BuiltIn, path);

            Assert.Equal(CareerCatalogJson.ToJson(BuiltIn), File.ReadAllText(path));
            Assert.Equal(BuiltIn, CareerCatalogJson.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(CareerCatalogJson.ToJson(BuiltIn))).ToArray();

        Assert.Equal(BuiltIn, CareerCatalogJson.Read(bytes));
    }

    [Fact]
    public void Writing_to_a_Utf8JsonWriter_uses_the_writer_s_own_formatting()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            CareerCatalogJson.Write(BuiltIn, writer);
        var compact = Encoding.UTF8.GetString(buffer.ToArray());

        Assert.DoesNotContain('\n', compact);
        Assert.StartsWith("{\"schemaVersion\":1,", compact, StringComparison.Ordinal);
        Assert.Equal(BuiltIn, CareerCatalogJson.Read(compact));
    }

    [Fact]
    public void Writing_to_a_stream_leaves_it_open()
    {
        using var stream = new MemoryStream();

        CareerCatalogJson.Write(BuiltIn, stream);

        Assert.True(stream.CanWrite);
        stream.Position = 0;
        Assert.Equal(BuiltIn, CareerCatalogJson.Read(stream));
    }

    [Fact]
    public void A_currency_that_is_not_built_in_is_declared_and_reads_back()
    {
        var bitcoin = new Currency("XBT", 4, "Bitcoin");
        var catalog = CareerCatalog.CreateBuilder()
            .AddRegion(new Region("world", "World", RegionKind.World, bitcoin))
            .AddRole(new Role("r", "Agent", "f", CareerTrack.IndividualContributor, 1)
                .WithPayBands(new Dictionary<string, SalaryBand> { ["world"] = SalaryBand.FromRange(new Money(1.5m, bitcoin), new Money(2.25m, bitcoin)) })
                .WithOutlook(new Outlook(0.1m, medianPay: new Money(0.0001m, bitcoin))))
            .Build();

        var json = CareerCatalogJson.ToJson(catalog);

        Assert.Contains("\"currencies\": [\n    {\n      \"code\": \"XBT\",\n      \"minorUnits\": 4,\n      \"name\": \"Bitcoin\"\n    }\n  ]", json, StringComparison.Ordinal);
        Assert.Equal(catalog, CareerCatalogJson.Read(json));
    }

    [Fact]
    public void A_declared_currency_takes_the_place_of_the_built_in_one_with_its_code()
    {
        var dollar = new Currency("USD", 0, "Whole dollar");
        var catalog = CareerCatalog.CreateBuilder().AddRegion(new Region("world", "World", RegionKind.World, dollar)).Build();

        var read = CareerCatalogJson.Read(CareerCatalogJson.ToJson(catalog));

        Assert.Equal(0, read.GetRegion("world").Currency.MinorUnits);
        Assert.Equal(catalog, read);
    }

    [Fact]
    public void Two_currencies_with_one_code_cannot_be_written()
    {
        var catalog = CareerCatalog.CreateBuilder()
            .AddRegion(new Region("world", "World", RegionKind.World, Currency.USD))
            .AddRegion(new Region("zone", "Zone", RegionKind.RegionGroup, new Currency("USD", 0, "Whole dollar"), "world"))
            .Build();

        var e = Assert.Throws<ArgumentException>(() => CareerCatalogJson.ToJson(catalog));

        Assert.StartsWith("The catalog uses 2 different currencies with the code 'USD'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_optional_part_of_a_band_and_an_outlook_reads_back()
    {
        var guide = new Provenance("BLS OEWS", new LocalDate(2024, 5, 1), "May 2024");
        var band = new SalaryBand(
                Usd(30_000.50m), Usd(35_000), Usd(45_000.125m),
                new PayPercentiles(Usd(28_000), Usd(31_000), Usd(35_000), Usd(41_000), Usd(52_000.99m)),
                Usd(38_000))
            .WithProvenance(guide);
        var outlook = new Outlook(-0.025m, 12_345, ["Retail Trade", "Healthcare"], Usd(39_120), guide);
        var catalog = Catalog(new Role("r", "Agent", "f", CareerTrack.IndividualContributor, 1)
            .WithTypicalExperience(ExperienceRange.Years(2, 5))
            .WithPayBands(new Dictionary<string, SalaryBand> { ["world"] = band })
            .WithOutlook(outlook));

        var read = CareerCatalogJson.Read(CareerCatalogJson.ToJson(catalog));

        Assert.Equal(catalog, read);
        Assert.Equal(band, read.GetRole("r").PayBands["world"]);
        Assert.Equal(outlook, read.GetRole("r").Outlook);
    }

    [Fact]
    public void Periods_are_written_in_ISO_8601_and_read_in_any_ISO_spelling_of_years_and_months()
    {
        var json = Refusal.WithRole("""{ "id": "r", "title": "Agent", "family": "f", "track": "management", "rank": 1, "typicalExperience": { "minimum": "P18M", "maximum": "P0Y30M" } }""");

        var role = CareerCatalogJson.Read(json).GetRole("r");

        Assert.Equal(new ExperienceRange(Period.FromYears(1) + Period.FromMonths(6), Period.FromYears(2) + Period.FromMonths(6)), role.TypicalExperience);
        Assert.Contains("\"minimum\": \"P1Y6M\"", CareerCatalogJson.ToJson(CareerCatalogJson.Read(json)), StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_are_read_exactly_as_decimals()
    {
        var json = Refusal.WithRole("""
            { "id": "r", "title": "Agent", "family": "f", "track": "management", "rank": 1,
              "outlook": { "growthRate": 0.1, "medianPay": { "amount": 79228162514264337593543950335, "currency": "USD" } },
              "payBands": {} }
            """);

        var pay = CareerCatalogJson.Read(json).GetRole("r").Outlook!.MedianPay!.Value;

        Assert.Equal(decimal.MaxValue, pay.Amount);
        Assert.Equal(0.1m, CareerCatalogJson.Read(json).GetRole("r").Outlook!.GrowthRate);
    }

    [Fact]
    public void Optional_fields_take_their_documented_defaults()
    {
        var json = """
            {
              "schemaVersion": 1,
              "regions": [ { "id": "world", "name": "World", "kind": "world", "currency": "USD" } ],
              "skills": [ { "id": "s", "name": "Skill", "category": "soft" } ],
              "roles": [ { "id": "r", "title": "Agent", "family": "f", "track": "individualContributor", "rank": 1,
                           "requirements": [ { "skillId": "s", "minimumLevel": 2 } ],
                           "payBands": { "world": { "currency": "USD", "minimum": 40000, "maximum": 60000 } } } ]
            }
            """;

        var catalog = CareerCatalogJson.Read(json);
        var role = catalog.GetRole("r");

        Assert.Equal(ProficiencyScale.Standard, catalog.ProficiencyScale);
        Assert.Equal(RemoteWork.OnSite, role.RemoteWork);
        Assert.Equal(SkillRequirement.Required("s", 2, 1), Assert.Single(role.Requirements));
        Assert.Equal(SalaryBand.FromRange(Usd(40_000), Usd(60_000)), role.PayBands["world"]);
        Assert.Empty(catalog.Transitions);
    }

    [Fact]
    public void A_transition_strength_is_written_and_read_back()
    {
        var catalog = TwoRoles(new Transition("a", "b", TransitionKind.Lateral, strength: 0.375));

        var json = CareerCatalogJson.ToJson(catalog);

        Assert.Contains("\"kind\": \"lateral\",\n      \"strength\": 0.375\n", json, StringComparison.Ordinal);
        Assert.Equal(0.375, Assert.Single(CareerCatalogJson.Read(json).Transitions).Strength);
        Assert.Equal(catalog, CareerCatalogJson.Read(json));
    }

    [Fact]
    public void A_transition_at_the_default_strength_is_written_without_one_and_read_back_at_the_default()
    {
        var catalog = TwoRoles(new Transition("a", "b", TransitionKind.Lateral));

        var json = CareerCatalogJson.ToJson(catalog);

        Assert.DoesNotContain("strength", json, StringComparison.Ordinal);
        Assert.Equal(Transition.DefaultStrength, Assert.Single(CareerCatalogJson.Read(json).Transitions).Strength);
    }

    [Fact]
    public void A_transition_strength_of_zero_is_written_as_zero()
    {
        var json = CareerCatalogJson.ToJson(TwoRoles(new Transition("a", "b", TransitionKind.Lateral, strength: 0)));

        Assert.Contains("\"strength\": 0\n", json, StringComparison.Ordinal);
        Assert.Equal(0, Assert.Single(CareerCatalogJson.Read(json).Transitions).Strength);
    }

    [Fact]
    public void A_document_with_only_its_schema_version_is_an_empty_catalog()
    {
        var catalog = CareerCatalogJson.Read("""{ "schemaVersion": 1 }""");

        Assert.Equal(CareerCatalog.CreateBuilder().Build(), catalog);
    }

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static CareerCatalog TwoRoles(Transition transition) =>
        CareerCatalog.CreateBuilder()
            .AddRole(new Role("a", "Agent", "f", CareerTrack.IndividualContributor, 1))
            .AddRole(new Role("b", "Analyst", "f", CareerTrack.IndividualContributor, 1))
            .AddTransition(transition)
            .Build();

    private static CareerCatalog Catalog(Role role) =>
        CareerCatalog.CreateBuilder()
            .AddRegion(new Region("world", "World", RegionKind.World, Currency.USD))
            .AddRole(role)
            .Build();
}
