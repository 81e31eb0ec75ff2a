using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerModel.Serialization;

/// <summary>
/// Source-generated System.Text.Json metadata for the catalog format (no reflection, so the
/// library stays AOT-compatible). The writer serializes <see cref="CatalogDocument"/> through it;
/// the reader walks the same metadata (<see cref="JsonShape"/>) to know each object's properties.
/// </summary>
/// <remarks>
/// The options are strict, as the format is: no comments, no trailing commas, numbers only as
/// JSON numbers, unknown and repeated properties refused, nulls left out when writing.
/// </remarks>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowDuplicateProperties = false,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(CatalogDocument))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
