namespace CareerModel.Esco.Internal;

/// <summary>A release as read: its records, by kind, before they become a catalog.</summary>
internal sealed class EscoData
{
    public required IReadOnlyList<OccupationRecord> Occupations { get; init; }

    public required IReadOnlyList<SkillRecord> Skills { get; init; }

    /// <summary>ISCO group labels by code.</summary>
    public required IReadOnlyDictionary<string, string> IscoGroups { get; init; }

    /// <summary>Each occupation's skills: essential or optional, by index into <see cref="Skills"/>.</summary>
    public required IReadOnlyList<IReadOnlyList<SkillLink>> Links { get; init; }

    /// <summary>The occupation each one is a narrower kind of, by occupation id.</summary>
    public required IReadOnlyDictionary<string, string> BroaderOccupations { get; init; }

    /// <summary>The groups (or broader skills) each skill sits under, by skill id.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> SkillGroups { get; init; }

    public required IReadOnlyList<EscoImportNote> Notes { get; init; }
}

/// <summary>One record of the occupations file.</summary>
internal sealed record OccupationRecord(string Id, string Uri, string Label, IReadOnlyList<string> AlternativeLabels, string IscoGroup, string Code, string? Description);

/// <summary>One record of the skills file.</summary>
internal sealed record SkillRecord(string Id, string Uri, string Label, IReadOnlyList<string> AlternativeLabels, EscoSkillType Type, string? ReuseLevel, string? Description);

/// <summary>A skill of an occupation.</summary>
internal readonly record struct SkillLink(int Skill, bool Essential);
