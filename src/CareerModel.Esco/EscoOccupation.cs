namespace CareerModel.Esco;

/// <summary>An ESCO occupation as the release describes it; its role in the catalog has the same id.</summary>
public sealed class EscoOccupation
{
    internal EscoOccupation(string id, string uri, string preferredLabel, IReadOnlyList<string> alternativeLabels, string iscoGroup, string code, string? broaderOccupationId)
    {
        Id = id;
        Uri = uri;
        PreferredLabel = preferredLabel;
        AlternativeLabels = alternativeLabels;
        IscoGroup = iscoGroup;
        Code = code;
        BroaderOccupationId = broaderOccupationId;
    }

    /// <summary>Gets the id: the last segment of the URI, a UUID such as <c>00030d09-2b3a-4efd-87cc-c4ea39d27c34</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the concept URI, such as <c>http://data.europa.eu/esco/occupation/00030d09-…</c>.</summary>
    public string Uri { get; }

    /// <summary>Gets the preferred label, such as <c>technical director</c>.</summary>
    public string PreferredLabel { get; }

    /// <summary>Gets the alternative labels: the other titles people use for it.</summary>
    public IReadOnlyList<string> AlternativeLabels { get; }

    /// <summary>Gets the ISCO-08 unit group, four digits such as <c>2654</c>.</summary>
    public string IscoGroup { get; }

    /// <summary>Gets ESCO's code: the ISCO unit group and the place in the occupation hierarchy, such as <c>2654.1.7</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the occupation this one is a narrower kind of, or null when it sits directly under its ISCO group.</summary>
    public string? BroaderOccupationId { get; }

    /// <inheritdoc />
    public override string ToString() => $"{PreferredLabel} ({Code})";
}
