using System.Text.Json;
using System.Text.Json.Nodes;
using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Serialization;
using CareerModel.Skills;
using CareerModel.Tests.Careers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// The shipped JSON Schema (docs/career-catalog.schema.json) and format guide (docs/json-format.md)
/// say what the reader and writer do: same properties, same required ones, same enum names, and
/// everything the writer writes is valid against the schema.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SerializationArbitraries) }, MaxTest = 50)]
public class CatalogJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepoFiles.Schema)));

    private static readonly JsonObject SchemaNode = JsonNode.Parse(File.ReadAllText(RepoFiles.Schema))!.AsObject();

    private static readonly EvaluationOptions ListErrors = new() { OutputFormat = OutputFormat.List };

    private static string Errors(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, ListErrors);
    }

    /// <summary>Every object of the format: its shape, and the schema that describes it (the root, or the $defs entry named after the class).</summary>
    public static TheoryData<string> ObjectTypes() =>
        [.. AllShapes().Select(s => s.TypeInfo!.Type.Name)];

    private static IEnumerable<JsonShape> AllShapes() => FormatShapes.Objects(CareerCatalogJson.Format.Shape);

    private static JsonObject SchemaFor(string typeName)
    {
        if (typeName == nameof(CatalogDocument))
            return SchemaNode;
        var name = JsonNamingPolicy.CamelCase.ConvertName(typeName[..^"Dto".Length]);
        return SchemaNode["$defs"]![name]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"The schema has no $defs/{name} for {typeName}.");
    }

    [Fact]
    public void The_example_file_is_valid_against_the_schema()
    {
        var results = Evaluate(File.ReadAllText(RepoFiles.ExampleCatalog));

        Assert.True(results.IsValid, Errors(results));
    }

    [Property]
    public Property Every_catalog_the_writer_writes_is_valid_against_the_schema(CatalogParts parts)
    {
        var results = Evaluate(CareerCatalogJson.ToJson(parts.ToBuilder().Build()));

        return results.IsValid.Label(Errors(results));
    }

    [Theory]
    [MemberData(nameof(ObjectTypes))]
    public void The_schema_lists_the_properties_the_format_reads_and_requires_the_same_ones(string typeName)
    {
        var shape = AllShapes().Single(s => s.TypeInfo!.Type.Name == typeName);
        var schema = SchemaFor(typeName);

        Assert.Equal(shape.Properties.Select(p => p.Name), schema["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(
            shape.Properties.Where(p => p.IsRequired).Select(p => p.Name),
            schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? []);
        Assert.False(schema["additionalProperties"]!.GetValue<bool>());
    }

    [Fact]
    public void The_schema_names_enum_values_as_the_reader_does()
    {
        static IEnumerable<string> Values(JsonNode node) => node["enum"]!.AsArray().Select(v => v!.GetValue<string>());
        var defs = SchemaNode["$defs"]!;

        Assert.Equal(Enum.GetValues<CareerTrack>().Select(JsonEnum<CareerTrack>.Name), Values(defs["role"]!["properties"]!["track"]!));
        Assert.Equal(Enum.GetValues<RemoteWork>().Select(JsonEnum<RemoteWork>.Name), Values(defs["role"]!["properties"]!["remoteWork"]!));
        Assert.Equal(Enum.GetValues<RegionKind>().Select(JsonEnum<RegionKind>.Name), Values(defs["region"]!["properties"]!["kind"]!));
        Assert.Equal(Enum.GetValues<SkillCategory>().Select(JsonEnum<SkillCategory>.Name), Values(defs["skill"]!["properties"]!["category"]!));
        Assert.Equal(Enum.GetValues<EducationLevel>().Select(JsonEnum<EducationLevel>.Name), Values(defs["educationLevel"]!));
        Assert.Equal(Enum.GetValues<TransitionKind>().Select(JsonEnum<TransitionKind>.Name), Values(defs["transition"]!["properties"]!["kind"]!));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 2 }""")]
    [InlineData("""{ "schemaVersion": 1, "colour": "red" }""")]
    [InlineData("""{ "schemaVersion": 1, "roles": [ { "id": "a b", "title": "A", "family": "f", "track": "management", "rank": 1 } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "roles": [ { "id": "a", "title": "A", "family": "f", "track": "management", "rank": 500 } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "transitions": [ { "fromRoleId": "a", "toRoleId": "b", "kind": "promotion", "typicalTime": "P2W" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "regions": [ { "id": "world", "name": "W", "kind": "world", "currency": "usd" } ] }""")]
    public void Values_the_reader_refuses_on_their_own_the_schema_refuses_too(string json)
    {
        Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(json));
        Assert.False(Evaluate(json).IsValid);
    }

    [Fact]
    public void The_format_guide_mentions_every_property()
    {
        var guide = File.ReadAllText(RepoFiles.FormatGuide);

        var missing = AllShapes().SelectMany(s => s.Properties).Select(p => p.Name).Distinct()
            .Where(name => !guide.Contains($"`{name}`", StringComparison.Ordinal));

        Assert.Empty(missing);
    }
}
