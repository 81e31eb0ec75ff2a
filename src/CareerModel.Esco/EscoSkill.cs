namespace CareerModel.Esco;

/// <summary>An ESCO skill or knowledge concept as the release describes it; its skill in the catalog has the same id.</summary>
public sealed class EscoSkill
{
    internal EscoSkill(string id, string uri, string preferredLabel, IReadOnlyList<string> alternativeLabels, EscoSkillType type, string? reuseLevel, IReadOnlyList<string> groupIds)
    {
        Id = id;
        Uri = uri;
        PreferredLabel = preferredLabel;
        AlternativeLabels = alternativeLabels;
        Type = type;
        ReuseLevel = reuseLevel;
        GroupIds = groupIds;
    }

    /// <summary>Gets the id: the last segment of the URI, a UUID.</summary>
    public string Id { get; }

    /// <summary>Gets the concept URI, such as <c>http://data.europa.eu/esco/skill/0005c151-…</c>.</summary>
    public string Uri { get; }

    /// <summary>Gets the preferred label, such as <c>manage musical staff</c>.</summary>
    public string PreferredLabel { get; }

    /// <summary>Gets the alternative labels.</summary>
    public IReadOnlyList<string> AlternativeLabels { get; }

    /// <summary>Gets whether it is a skill or competence, or knowledge.</summary>
    public EscoSkillType Type { get; }

    /// <summary>Gets ESCO's reusability level (<c>transversal</c>, <c>cross-sector</c>, <c>sector-specific</c>, <c>occupation-specific</c>), or null when the release gives none.</summary>
    public string? ReuseLevel { get; }

    /// <summary>Gets the ids of the skill groups (or broader skills) it sits under, from the skill pillar's broader relations.</summary>
    public IReadOnlyList<string> GroupIds { get; }

    /// <inheritdoc />
    public override string ToString() => PreferredLabel;
}
