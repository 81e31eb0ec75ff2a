using System.Text;
using CareerModel.Serialization;
using static CareerModel.Tests.Serialization.TextPosition;

namespace CareerModel.Tests.Serialization;

/// <summary>Documents that are not well-formed JSON, or not shaped as the format says: each refused with its path, line, column and message.</summary>
public class MalformedJsonTests
{
    private const string Agent = """ "id": "a", "title": "Agent", "family": "f", "track": "management" """;

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_column_with_the_path_read_last()
    {
        var json = """
            {
              "schemaVersion": 1,
              "roles": [
                { "id": "a" "title": "A" }
              ]
            }
            """;

        var problem = Refusal.OnlyProblem(json);

        Assert.Equal(CareerJsonProblemKind.Syntax, problem.Kind);
        Assert.Equal((4, 17), (problem.Line, problem.Column));
        Assert.Equal("$.roles[0].id", problem.Path);
        Assert.Equal("The document is not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.", problem.Message);
    }

    [Fact]
    public void Problems_found_before_a_syntax_error_are_reported_with_it()
    {
        var json = """{ "schemaVersion": 1, "colour": "red", "roles": [ } """;

        var problems = Refusal.Of(json).Problems;

        Assert.Equal([CareerJsonProblemKind.UnknownProperty, CareerJsonProblemKind.Syntax], problems.Select(p => p.Kind));
        Assert.Equal(Of(json, "}"), (problems[1].Line, problems[1].Column));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, }""", "trailing comma")]
    [InlineData("""{ "schemaVersion": 1, "proficiencyScale": { "name": "S", "levelNames": [ "a", "b", ] } }""", "trailing comma")]
    [InlineData("""{ "schemaVersion": 1 /* version */ }""", "'/'")]
    [InlineData("""{ "schemaVersion": 1 } // the end""", "'/'")]
    [InlineData("""{ 'schemaVersion': 1 }""", "'''")]
    [InlineData("""{ "schemaVersion": 01 }""", "'1'")]
    [InlineData("""{ "schemaVersion": NaN }""", "'N'")]
    public void Comments_trailing_commas_and_other_liberties_are_syntax_errors(string json, string culprit)
    {
        var problem = Refusal.OnlyProblem(json);

        Assert.Equal(CareerJsonProblemKind.Syntax, problem.Kind);
        Assert.Contains(culprit, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_document_is_a_syntax_error_at_its_end()
    {
        var problem = Refusal.OnlyProblem("   ");

        Assert.Equal((CareerJsonProblemKind.Syntax, "$", 1, 4), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.StartsWith("The document is not valid JSON: The input does not contain any JSON tokens.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_text_at_all_is_a_syntax_error_whatever_it_is_read_from()
    {
        Assert.Equal(CareerJsonProblemKind.Syntax, Refusal.OnlyProblem("").Kind);
        Assert.Equal(CareerJsonProblemKind.Syntax, Assert.Single(Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(ReadOnlySpan<byte>.Empty)).Problems).Kind);
        using var stream = new MemoryStream();
        Assert.Equal(CareerJsonProblemKind.Syntax, Assert.Single(Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(stream)).Problems).Kind);
    }

    [Fact]
    public void Text_after_the_document_is_a_syntax_error()
    {
        var json = """{ "schemaVersion": 1 } { }""";

        var problem = Refusal.OnlyProblem(json);

        Assert.Equal(CareerJsonProblemKind.Syntax, problem.Kind);
        Assert.Equal(Of(json, "{", 2), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_document_that_is_not_an_object_is_refused()
    {
        var json = """[ { "schemaVersion": 1 } ]""";

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$", json, "[", "The document must be an object, not an array.");
    }

    [Fact]
    public void A_document_that_is_null_is_refused()
    {
        var json = "  null";

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$", json, "null", "The document must be an object, not null.");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": "three" }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$.roles[0].rank", json, "\"three\"",
            "Property 'rank' must be a whole number, not a string.");
    }

    [Theory]
    [InlineData("\"roles\": {}", "$.roles", "Property 'roles' must be an array, not an object.")]
    [InlineData("\"roles\": [ 42 ]", "$.roles[0]", "Item 0 of 'roles' must be an object, not a number.")]
    [InlineData("\"roles\": [ null ]", "$.roles[0]", "Item 0 of 'roles' must be an object, not null.")]
    [InlineData("\"proficiencyScale\": { \"name\": \"S\", \"levelNames\": [ \"a\", true ] }", "$.proficiencyScale.levelNames[1]", "Item 1 of 'levelNames' must be a string, not true.")]
    [InlineData("\"skills\": [ { \"id\": \"s\", \"name\": [ \"Skill\" ], \"category\": \"soft\" } ]", "$.skills[0].name", "Property 'name' must be a string, not an array.")]
    public void Wrong_types_are_named_with_what_was_expected_and_what_was_found(string member, string path, string message)
    {
        var json = $$"""{ "schemaVersion": 1, {{member}} }""";

        var problem = Refusal.OnlyProblem(json);

        Assert.Equal((CareerJsonProblemKind.WrongType, path, message), (problem.Kind, problem.Path, problem.Message));
    }

    [Fact]
    public void A_missing_required_property_is_reported_at_the_object_that_lacks_it()
    {
        var json = Refusal.WithRole("""{ "id": "a", "family": "f", "track": "management", "rank": 1 }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.MissingProperty, "$.roles[0].title", json, "{ \"id\"",
            "Required property 'title' is missing.");
    }

    [Fact]
    public void A_required_property_that_is_null_is_reported_at_the_null()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": null }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.MissingProperty, "$.roles[0].rank", json, "null",
            "Property 'rank' is required and must not be null.");
    }

    [Fact]
    public void An_optional_property_that_is_null_counts_as_absent()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "description": null, "outlook": null }""");

        Assert.Null(CareerCatalogJson.Read(json).GetRole("a").Description);
    }

    [Fact]
    public void A_missing_schema_version_is_reported_at_the_document()
    {
        var problem = Refusal.OnlyProblem("""{ "roles": [] }""");

        Assert.Equal((CareerJsonProblemKind.MissingProperty, "$.schemaVersion", 1, 1, "Required property 'schemaVersion' is missing."),
            (problem.Kind, problem.Path, problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_schema_version_this_library_does_not_know_is_refused()
    {
        var json = """{ "schemaVersion": 2 }""";

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.schemaVersion", json, "2",
            "schemaVersion 2 is not supported; this version of CareerModel reads schemaVersion 1.");
    }

    [Fact]
    public void An_unknown_property_is_reported_at_its_name_with_the_names_allowed_there()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "salary": 42000 }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.UnknownProperty, "$.roles[0].salary", json, "\"salary\"",
            "Unknown property 'salary'; this object may have: id, title, alternativeTitles, family, track, rank, typicalExperience, requirements, payBands, outlook, remoteWork, education, description.");
    }

    [Fact]
    public void Property_names_are_case_sensitive()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "Rank": 1 }""");

        var problems = Refusal.Of(json).Problems;

        Assert.Equal([("$.roles[0].rank", CareerJsonProblemKind.MissingProperty), ("$.roles[0].Rank", CareerJsonProblemKind.UnknownProperty)],
            problems.Select(p => (p.Path, p.Kind)));
    }

    [Fact]
    public void A_property_given_twice_is_reported_at_its_second_name()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "rank": 2 }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.DuplicateProperty, "$.roles[0].rank", json, "\"rank\"",
            "Property 'rank' appears more than once in this object; give it once.", occurrence: 2);
    }

    [Fact]
    public void A_pay_band_region_given_twice_is_reported_at_its_second_key()
    {
        const string band = """{ "currency": "USD", "minimum": 1, "maximum": 2 }""";
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "payBands": { "US": {{band}}, "US": {{band}} } }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.DuplicateProperty, "$.roles[0].payBands.US", json, "\"US\"",
            "Key 'US' appears more than once in 'payBands'; give it once.", occurrence: 2);
    }

    [Fact]
    public void Text_that_is_not_UTF_8_is_reported_at_its_value()
    {
        var bytes = Encoding.UTF8.GetBytes(Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "description": "caf?" }"""));
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xFF;

        var problem = Assert.Single(Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(bytes)).Problems);

        Assert.Equal((CareerJsonProblemKind.Syntax, "$.roles[0].description"), (problem.Kind, problem.Path));
        Assert.Equal("Property 'description' is not valid text: it holds bytes that are not UTF-8, or a lone surrogate escape.", problem.Message);
    }

    [Fact]
    public void Pay_bands_that_are_not_an_object_are_a_wrong_type_at_the_map()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "payBands": [ { "currency": "USD", "minimum": 1, "maximum": 2 } ] }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$.roles[0].payBands", json, "[ { \"currency\"",
            "Property 'payBands' must be an object, not an array.");
    }

    [Fact]
    public void A_pay_band_that_is_null_is_a_wrong_type_at_its_entry()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "payBands": { "US": null } }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$.roles[0].payBands.US", json, "null",
            "Entry 'US' of 'payBands' must be an object, not null.");
    }

    [Fact]
    public void A_pay_band_key_that_is_not_UTF_8_is_reported_at_the_map_and_its_band_skipped()
    {
        var bytes = Encoding.UTF8.GetBytes(Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "payBands": { "U?": { "currency": "USD", "minimum": "x", "maximum": 2 } } }"""));
        bytes[Array.LastIndexOf(bytes, (byte)'?')] = 0xFF;

        var problem = Assert.Single(Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(bytes)).Problems);

        Assert.Equal((CareerJsonProblemKind.Syntax, "$.roles[0].payBands"), (problem.Kind, problem.Path));
        Assert.Equal("A property name is not valid text: it holds bytes that are not UTF-8, or a lone surrogate escape.", problem.Message);
    }

    [Theory]
    [InlineData("false", "Property 'title' must be a string, not false.")]
    [InlineData("true", "Property 'title' must be a string, not true.")]
    public void A_boolean_where_text_belongs_is_a_wrong_type_naming_the_boolean(string value, string message)
    {
        var json = Refusal.WithRole($$"""{ "id": "a", "title": {{value}}, "family": "f", "track": "management", "rank": 1 }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$.roles[0].title", json, value, message);
    }

    [Fact]
    public void Paths_quote_keys_that_are_not_identifiers()
    {
        var json = Refusal.WithRole($$"""{ {{Agent}}, "rank": 1, "payBands": { "north-america": { "currency": "USD", "minimum": "1", "maximum": 2 } } }""");

        Assert.Equal("$.roles[0].payBands['north-america'].minimum", Refusal.OnlyProblem(json).Path);
    }

    [Fact]
    public void Columns_count_characters_not_bytes()
    {
        var json = Refusal.WithRole("""{ "id": "a", "title": "Ünïcode 😀 agent", "family": "f", "track": "ic", "rank": 1 }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].track", json, "\"ic\"",
            "track 'ic' is not one of: individualContributor, management.");
    }
}
