using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Geography;

/// <summary>
/// A place pay is quoted for, in a hierarchy: world → region group → country → subdivision or
/// metro. Each region has the currency its pay is quoted in.
/// </summary>
/// <remarks>
/// A region names its parent by id; the <see cref="Careers.CareerCatalog"/> that holds it checks
/// that the parent exists and that the hierarchy has no cycle. Countries use their ISO 3166-1
/// alpha-2 code as id and subdivisions their ISO 3166-2 code, so ids are unambiguous.
/// </remarks>
public sealed class Region : IEquatable<Region>
{
    /// <summary>Creates a region.</summary>
    /// <param name="id">
    /// The id: for a country its ISO 3166-1 alpha-2 code (<c>DE</c>), for a subdivision its ISO
    /// 3166-2 code (<c>US-CA</c>), for other kinds any id (<c>europe</c>).
    /// </param>
    /// <param name="name">The display name.</param>
    /// <param name="kind">The level in the hierarchy.</param>
    /// <param name="currency">The currency pay is quoted in here.</param>
    /// <param name="parentId">The enclosing region's id; none for the world, required for every other kind.</param>
    /// <exception cref="ArgumentException">An argument breaks one of the rules above.</exception>
    public Region(string id, string name, RegionKind kind, Currency currency, string? parentId = null)
    {
        Id = Check.Id(id, nameof(id));
        Name = Check.NotBlank(name, nameof(name));
        Kind = Check.Defined(kind, nameof(kind));
        ArgumentNullException.ThrowIfNull(currency);
        Currency = currency;
        switch (kind)
        {
            case RegionKind.World when parentId is not null:
                throw new ArgumentException($"Region '{id}' is the world and must not have a parent, but names '{parentId}'.", nameof(parentId));
            case not RegionKind.World when parentId is null:
                throw new ArgumentException($"Region '{id}' is a {kind} and must name its parent region.", nameof(parentId));
            case RegionKind.Country when !IsCountryCode(id):
                throw new ArgumentException($"Country region id '{id}' must be an ISO 3166-1 alpha-2 code: two upper-case letters such as 'DE'.", nameof(id));
            case RegionKind.Subdivision when !IsSubdivisionCode(id):
                throw new ArgumentException($"Subdivision region id '{id}' must be an ISO 3166-2 code: a country code, '-', and one to three letters or digits, such as 'US-CA'.", nameof(id));
        }
        ParentId = parentId is null ? null : Check.Id(parentId, nameof(parentId));
        if (ParentId == Id)
            throw new ArgumentException($"Region '{id}' must not be its own parent.", nameof(parentId));
    }

    /// <summary>Gets the id.</summary>
    public string Id { get; }

    /// <summary>Gets the display name.</summary>
    public string Name { get; }

    /// <summary>Gets the level in the hierarchy.</summary>
    public RegionKind Kind { get; }

    /// <summary>Gets the currency pay is quoted in here.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the enclosing region's id, or <see langword="null"/> for the world.</summary>
    public string? ParentId { get; }

    /// <inheritdoc/>
    public bool Equals(Region? other) =>
        other is not null && Id == other.Id && Name == other.Name && Kind == other.Kind
        && Currency.Equals(other.Currency) && ParentId == other.ParentId;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Region);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Kind, Currency, ParentId);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Region? left, Region? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Region? left, Region? right) => !(left == right);

    /// <summary>Describes the region, such as <c>Germany (DE, Country, EUR)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name} ({Id}, {Kind}, {Currency.Code})";

    private static bool IsCountryCode(string id) => id.Length == 2 && id.All(char.IsAsciiLetterUpper);

    private static bool IsSubdivisionCode(string id) =>
        id.Length is >= 4 and <= 6 && IsCountryCode(id[..2]) && id[2] == '-'
        && id[3..].All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
