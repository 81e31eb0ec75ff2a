using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerModel.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the profile format, with exactly the strict
/// options of <see cref="CatalogJsonContext"/> (no reflection, so the library stays
/// AOT-compatible). The writer serializes <see cref="ProfileDocument"/> through it; the reader
/// walks the same metadata (<see cref="JsonShape"/>) to know each object's properties.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ProfileDocument))]
internal sealed partial class ProfileJsonContext : JsonSerializerContext;
