using System.Text.Json.Serialization;

namespace CareerModel.Serialization;

// The JSON format of a career catalog, schemaVersion 1, as plain objects: one class per JSON
// object, one property per field, in the order they are written. Names are camelCased by
// CatalogJsonContext. Every value is nullable so that the reader can hold what it found and
// report what is missing; [JsonRequired] marks the fields a document must give. Enums, dates and
// periods are strings here, parsed and checked when the model is made (CatalogMapper), so that a
// bad one is reported with its path like any other problem. docs/json-format.md describes each
// field; docs/career-catalog.schema.json says the same as a JSON Schema.

/// <summary>A whole document: <c>{ "schemaVersion": 1, … }</c>.</summary>
internal sealed class CatalogDocument : JsonDto
{
    [JsonRequired]
    public int? SchemaVersion { get; set; }

    public ProficiencyScaleDto? ProficiencyScale { get; set; }

    public List<CurrencyDto?>? Currencies { get; set; }

    public List<RegionDto?>? Regions { get; set; }

    public List<SkillDto?>? Skills { get; set; }

    public List<RoleDto?>? Roles { get; set; }

    public List<TransitionDto?>? Transitions { get; set; }
}

/// <summary>A proficiency scale: its name and the name of each whole level from 0 up.</summary>
internal sealed class ProficiencyScaleDto : JsonDto
{
    [JsonRequired]
    public string? Name { get; set; }

    [JsonRequired]
    public List<string?>? LevelNames { get; set; }
}

/// <summary>A currency that is not built in, declared so that regions and amounts can name it by code.</summary>
internal sealed class CurrencyDto : JsonDto
{
    [JsonRequired]
    public string? Code { get; set; }

    [JsonRequired]
    public int? MinorUnits { get; set; }

    [JsonRequired]
    public string? Name { get; set; }
}

/// <summary>A region.</summary>
internal sealed class RegionDto : JsonDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? Name { get; set; }

    [JsonRequired]
    public string? Kind { get; set; }

    [JsonRequired]
    public string? Currency { get; set; }

    public string? ParentId { get; set; }
}

/// <summary>A skill.</summary>
internal sealed class SkillDto : JsonDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? Name { get; set; }

    [JsonRequired]
    public string? Category { get; set; }

    public string? Description { get; set; }
}

/// <summary>A role.</summary>
internal sealed class RoleDto : JsonDto
{
    [JsonRequired]
    public string? Id { get; set; }

    [JsonRequired]
    public string? Title { get; set; }

    public List<string?>? AlternativeTitles { get; set; }

    [JsonRequired]
    public string? Family { get; set; }

    [JsonRequired]
    public string? Track { get; set; }

    [JsonRequired]
    public int? Rank { get; set; }

    public ExperienceRangeDto? TypicalExperience { get; set; }

    public List<SkillRequirementDto?>? Requirements { get; set; }

    public Dictionary<string, SalaryBandDto>? PayBands { get; set; }

    public OutlookDto? Outlook { get; set; }

    public string? RemoteWork { get; set; }

    public EducationRequirementDto? Education { get; set; }

    public string? Description { get; set; }
}

/// <summary>Typical experience: ISO 8601 periods in years and months, the maximum omitted when open-ended.</summary>
internal sealed class ExperienceRangeDto : JsonDto
{
    [JsonRequired]
    public string? Minimum { get; set; }

    public string? Maximum { get; set; }
}

/// <summary>What a role asks of one skill.</summary>
internal sealed class SkillRequirementDto : JsonDto
{
    [JsonRequired]
    public string? SkillId { get; set; }

    [JsonRequired]
    public double? MinimumLevel { get; set; }

    public double? Importance { get; set; }

    public bool? IsRequired { get; set; }
}

/// <summary>An annual pay band: one currency, then plain amounts in it.</summary>
internal sealed class SalaryBandDto : JsonDto
{
    [JsonRequired]
    public string? Currency { get; set; }

    [JsonRequired]
    public decimal? Minimum { get; set; }

    public decimal? Midpoint { get; set; }

    [JsonRequired]
    public decimal? Maximum { get; set; }

    public PayPercentilesDto? Percentiles { get; set; }

    public decimal? Mean { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

/// <summary>Known market percentiles, in the band's currency.</summary>
internal sealed class PayPercentilesDto : JsonDto
{
    public decimal? P10 { get; set; }

    public decimal? P25 { get; set; }

    public decimal? P50 { get; set; }

    public decimal? P75 { get; set; }

    public decimal? P90 { get; set; }
}

/// <summary>Where a figure comes from.</summary>
internal sealed class ProvenanceDto : JsonDto
{
    [JsonRequired]
    public string? Source { get; set; }

    public string? EffectiveDate { get; set; }

    public string? Vintage { get; set; }
}

/// <summary>A role's market outlook.</summary>
internal sealed class OutlookDto : JsonDto
{
    [JsonRequired]
    public decimal? GrowthRate { get; set; }

    public int? AnnualOpenings { get; set; }

    public List<string?>? TopIndustries { get; set; }

    public MoneyDto? MedianPay { get; set; }

    public ProvenanceDto? Provenance { get; set; }
}

/// <summary>An amount with its currency: <c>{ "amount": 39120, "currency": "USD" }</c>.</summary>
internal sealed class MoneyDto : JsonDto
{
    [JsonRequired]
    public decimal? Amount { get; set; }

    [JsonRequired]
    public string? Currency { get; set; }
}

/// <summary>The education a role asks for.</summary>
internal sealed class EducationRequirementDto : JsonDto
{
    [JsonRequired]
    public string? Minimum { get; set; }

    public string? Preferred { get; set; }
}

/// <summary>A move between two roles.</summary>
internal sealed class TransitionDto : JsonDto
{
    [JsonRequired]
    public string? FromRoleId { get; set; }

    [JsonRequired]
    public string? ToRoleId { get; set; }

    [JsonRequired]
    public string? Kind { get; set; }

    public string? TypicalTime { get; set; }

    /// <summary>How plausible the move is, 0 to 1; absent for the default, <see cref="Careers.Transition.DefaultStrength"/>.</summary>
    public double? Strength { get; set; }
}
