namespace CareerModel.Geography;

/// <summary>
/// The level of a <see cref="Region"/> in the hierarchy, from the widest to the narrowest.
/// A region's parent is always of an earlier kind, except that region groups may nest
/// (Eastern Europe within Europe).
/// </summary>
public enum RegionKind
{
    /// <summary>The whole world: the root, with no parent.</summary>
    World,

    /// <summary>A group of countries, such as Europe, Asia-Pacific or North America.</summary>
    RegionGroup,

    /// <summary>A country, identified by its ISO 3166-1 alpha-2 code (<c>DE</c>).</summary>
    Country,

    /// <summary>A subdivision of a country, identified by its ISO 3166-2 code (<c>US-CA</c>).</summary>
    Subdivision,

    /// <summary>A city or metropolitan area.</summary>
    Metro,
}
