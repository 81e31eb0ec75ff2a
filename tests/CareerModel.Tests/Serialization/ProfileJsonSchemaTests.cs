using System.Text.Json;
using System.Text.Json.Nodes;
using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Serialization;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Json.Schema;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// The shipped JSON Schema of a profile (docs/profile.schema.json) and the format guide
/// (docs/json-format.md) say what the reader and writer do: same properties, same required ones,
/// same enum names, and everything the writer writes is valid against the schema.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ProfileArbitraries) }, MaxTest = 100)]
public class ProfileJsonSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(RepoFiles.ProfileSchema)));

    private static readonly JsonObject SchemaNode = JsonNode.Parse(File.ReadAllText(RepoFiles.ProfileSchema))!.AsObject();

    private static readonly EvaluationOptions ListErrors = new() { OutputFormat = OutputFormat.List };

    private static string Errors(EvaluationResults results) =>
        string.Join(Environment.NewLine, (results.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")));

    private static EvaluationResults Evaluate(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Value.Evaluate(document.RootElement, ListErrors);
    }

    private static IEnumerable<JsonShape> AllShapes() => FormatShapes.Objects(ProfileJson.Format.Shape);

    public static TheoryData<string> ObjectTypes() => [.. AllShapes().Select(s => s.TypeInfo!.Type.Name)];

    private static JsonObject SchemaFor(string typeName)
    {
        if (typeName == nameof(ProfileDocument))
            return SchemaNode;
        var name = JsonNamingPolicy.CamelCase.ConvertName(typeName[..^"Dto".Length]);
        return SchemaNode["$defs"]![name]?.AsObject() ?? throw new Xunit.Sdk.XunitException($"The schema has no $defs/{name} for {typeName}.");
    }

    [Fact]
    public void The_example_file_is_valid_against_the_schema()
    {
        var results = Evaluate(File.ReadAllText(RepoFiles.ExampleProfile));

        Assert.True(results.IsValid, Errors(results));
    }

    [Property]
    public Property Every_profile_the_writer_writes_is_valid_against_the_schema(Profile profile)
    {
        var results = Evaluate(ProfileJson.ToJson(profile));

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

        Assert.Equal(Enum.GetValues<CareerTrack>().Select(JsonEnum<CareerTrack>.Name), Values(defs["track"]!));
        Assert.Equal(Enum.GetValues<EducationLevel>().Select(JsonEnum<EducationLevel>.Name), Values(defs["educationLevel"]!));
        Assert.Equal(Enum.GetValues<RemoteWork>().Select(JsonEnum<RemoteWork>.Name), Values(defs["preferences"]!["properties"]!["minimumRemoteWork"]!));
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 2 }""")]
    [InlineData("""{ "regionId": "US" }""")]
    [InlineData("""{ "schemaVersion": 1, "colour": "red" }""")]
    [InlineData("""{ "schemaVersion": 1, "regionId": "U S" }""")]
    [InlineData("""{ "schemaVersion": 1, "education": "college" }""")]
    [InlineData("""{ "schemaVersion": 1, "skills": [ { "skillId": "empathy", "level": -1 } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "skills": [ { "skillId": "empathy" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "skills": [ { "skillId": "empathy", "level": 1, "lastUsed": "1 May 2025" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "workHistory": [ { "roleId": "r", "start": "2020-01-01", "fullTimeEquivalent": 0 } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "workHistory": [ { "roleId": "r", "start": "2020-01-01", "track": "manager" } ] }""")]
    [InlineData("""{ "schemaVersion": 1, "preferences": { "minimumRemoteWork": "anywhere" } }""")]
    public void Values_the_reader_refuses_on_their_own_the_schema_refuses_too(string json)
    {
        Assert.Throws<CareerJsonException>(() => ProfileJson.Read(json));
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
