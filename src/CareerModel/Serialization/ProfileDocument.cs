using System.Text.Json.Serialization;

namespace CareerModel.Serialization;

// The JSON format of a person's profile, schemaVersion 1, as plain objects, in the style of
// CatalogDocument: one class per JSON object, one property per field, in the order they are
// written; names camelCased by ProfileJsonContext; every value nullable so that the reader can
// hold what it found and report what is missing; [JsonRequired] on the fields a document must
// give. Enums and dates are strings here, parsed and checked by ProfileMapper so that a bad one is
// reported with its path. docs/json-format.md describes each field; docs/profile.schema.json says
// the same as a JSON Schema.

/// <summary>A whole profile document: <c>{ "schemaVersion": 1, … }</c>.</summary>
internal sealed class ProfileDocument : JsonDto
{
    [JsonRequired]
    public int? SchemaVersion { get; set; }

    public string? CurrentRoleId { get; set; }

    public string? RegionId { get; set; }

    public List<SkillLevelDto?>? Skills { get; set; }

    public List<string?>? Certifications { get; set; }

    public string? Education { get; set; }

    public List<EmploymentDto?>? WorkHistory { get; set; }

    public PreferencesDto? Preferences { get; set; }
}

/// <summary>A person's level in one skill.</summary>
internal sealed class SkillLevelDto : JsonDto
{
    [JsonRequired]
    public string? SkillId { get; set; }

    [JsonRequired]
    public double? Level { get; set; }

    public string? LastUsed { get; set; }
}

/// <summary>One period of work in one role; the end is exclusive and left out while ongoing.</summary>
internal sealed class EmploymentDto : JsonDto
{
    [JsonRequired]
    public string? RoleId { get; set; }

    [JsonRequired]
    public string? Start { get; set; }

    public string? End { get; set; }

    public decimal? FullTimeEquivalent { get; set; }

    public string? Family { get; set; }

    public string? Track { get; set; }
}

/// <summary>What the person looks for in a next role; a list left out or empty means any.</summary>
internal sealed class PreferencesDto : JsonDto
{
    public List<string?>? Tracks { get; set; }

    public List<string?>? Families { get; set; }

    public string? MinimumRemoteWork { get; set; }

    public List<string?>? RegionIds { get; set; }
}
