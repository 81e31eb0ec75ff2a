using System.Collections.ObjectModel;
using CareerModel.Careers;
using CareerModel.Internal;

namespace CareerModel.People;

/// <summary>
/// What a person looks for in a next role: career tracks, job families, how remote, and regions.
/// An empty list (or no remote preference) means "no preference".
/// </summary>
/// <remarks>
/// Lists are kept sorted and without repeats, so two preferences with the same choices are equal
/// whatever order they were given in.
/// </remarks>
public sealed class Preferences : IEquatable<Preferences>
{
    /// <summary>Creates preferences.</summary>
    /// <param name="tracks">The career tracks wanted; empty or <see langword="null"/> for any.</param>
    /// <param name="families">The job family ids wanted, such as <c>customer-service</c>; empty or <see langword="null"/> for any.</param>
    /// <param name="minimumRemoteWork">The least remote work acceptable (<see cref="RemoteWork.Hybrid"/> accepts hybrid and remote roles), or <see langword="null"/> for any.</param>
    /// <param name="regionIds">The region ids where the person would work; empty or <see langword="null"/> for any.</param>
    /// <exception cref="ArgumentException">A family or region id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A track or the remote-work value is not defined.</exception>
    public Preferences(
        IEnumerable<CareerTrack>? tracks = null,
        IEnumerable<string>? families = null,
        RemoteWork? minimumRemoteWork = null,
        IEnumerable<string>? regionIds = null)
    {
        Tracks = SortedDistinct((tracks ?? []).Select(t => Check.Defined(t, nameof(tracks))), Comparer<CareerTrack>.Default);
        Families = SortedDistinct((families ?? []).Select(f => Check.Id(f, nameof(families))), StringComparer.Ordinal);
        MinimumRemoteWork = minimumRemoteWork is { } remote ? Check.Defined(remote, nameof(minimumRemoteWork)) : null;
        RegionIds = SortedDistinct((regionIds ?? []).Select(r => Check.Id(r, nameof(regionIds))), StringComparer.Ordinal);
    }

    /// <summary>Gets preferences that accept everything.</summary>
    public static Preferences None { get; } = new();

    /// <summary>Gets the career tracks wanted, in enum order; empty for any.</summary>
    public IReadOnlyList<CareerTrack> Tracks { get; }

    /// <summary>Gets the job family ids wanted, ordered by id; empty for any.</summary>
    public IReadOnlyList<string> Families { get; }

    /// <summary>Gets the least remote work acceptable, or <see langword="null"/> for any.</summary>
    public RemoteWork? MinimumRemoteWork { get; }

    /// <summary>Gets the region ids where the person would work, ordered by id; empty for any.</summary>
    public IReadOnlyList<string> RegionIds { get; }

    /// <summary>
    /// Tests whether a role fits the track, family and remote-work preferences. Regions are not
    /// tested: a role is not tied to one region (its pay bands cover several).
    /// </summary>
    /// <param name="role">The role.</param>
    /// <returns><see langword="true"/> when the role is on a wanted track and in a wanted family, and at least as remote as wanted.</returns>
    public bool Matches(Role role)
    {
        ArgumentNullException.ThrowIfNull(role);
        return (Tracks.Count == 0 || Tracks.Contains(role.Track))
            && (Families.Count == 0 || Families.Contains(role.Family, StringComparer.Ordinal))
            && (MinimumRemoteWork is not { } minimum || role.RemoteWork >= minimum);
    }

    /// <inheritdoc/>
    public bool Equals(Preferences? other) =>
        other is not null
        && ReadOnly.SequenceEqual(Tracks, other.Tracks)
        && ReadOnly.SequenceEqual(Families, other.Families)
        && MinimumRemoteWork == other.MinimumRemoteWork
        && ReadOnly.SequenceEqual(RegionIds, other.RegionIds);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Preferences);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(ReadOnly.SequenceHash(Tracks), ReadOnly.SequenceHash(Families), MinimumRemoteWork, ReadOnly.SequenceHash(RegionIds));

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Preferences? left, Preferences? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Preferences? left, Preferences? right) => !(left == right);

    /// <summary>
    /// Describes the preferences, such as <c>tracks: Management; families: customer-service; remote: Hybrid or more; regions: DE, PT</c>,
    /// or <c>no preferences</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Tracks.Count > 0)
            parts.Add("tracks: " + string.Join(", ", Tracks));
        if (Families.Count > 0)
            parts.Add("families: " + string.Join(", ", Families));
        if (MinimumRemoteWork is { } remote)
            parts.Add($"remote: {remote} or more");
        if (RegionIds.Count > 0)
            parts.Add("regions: " + string.Join(", ", RegionIds));
        return parts.Count == 0 ? "no preferences" : string.Join("; ", parts);
    }

    private static ReadOnlyCollection<T> SortedDistinct<T>(IEnumerable<T> items, IComparer<T> comparer) =>
        Array.AsReadOnly(items.Distinct().Order(comparer).ToArray());
}
