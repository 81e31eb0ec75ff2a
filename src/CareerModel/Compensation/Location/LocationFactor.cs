using CareerModel.Internal;

namespace CareerModel.Compensation.Location;

/// <summary>
/// A region's pay level relative to a benchmark region: 0.85 means pay there is 85% of the
/// benchmark's, as GitLab- or Buffer-style calculators set it.
/// </summary>
public sealed class LocationFactor : IEquatable<LocationFactor>
{
    /// <summary>The largest factor accepted: ten times the benchmark.</summary>
    public const decimal MaxFactor = 10m;

    /// <summary>Creates a location factor.</summary>
    /// <param name="regionId">The region it applies to (and, unless they have their own, the regions within it).</param>
    /// <param name="factor">Pay relative to the benchmark, greater than 0 and at most <see cref="MaxFactor"/>.</param>
    /// <param name="provenance">Where the factor comes from, if recorded.</param>
    /// <exception cref="ArgumentException">The region id is invalid.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The factor is not greater than zero, or above the maximum.</exception>
    public LocationFactor(string regionId, decimal factor, Provenance? provenance = null)
    {
        RegionId = Check.Id(regionId, nameof(regionId));
        if (factor <= 0 || factor > MaxFactor)
            throw InvariantArgument.OutOfRange(nameof(factor), factor, $"Location factor {Check.Format(factor)} for region '{regionId}' must be greater than 0 and at most {Check.Format(MaxFactor)}.");
        Factor = factor;
        Provenance = provenance;
    }

    /// <summary>Gets the region it applies to.</summary>
    public string RegionId { get; }

    /// <summary>Gets pay relative to the benchmark region.</summary>
    public decimal Factor { get; }

    /// <summary>Gets where the factor comes from, or <see langword="null"/>.</summary>
    public Provenance? Provenance { get; }

    /// <inheritdoc/>
    public bool Equals(LocationFactor? other) =>
        other is not null && RegionId == other.RegionId && Factor == other.Factor && Provenance == other.Provenance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as LocationFactor);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RegionId, Factor, Provenance);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(LocationFactor? left, LocationFactor? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(LocationFactor? left, LocationFactor? right) => !(left == right);

    /// <summary>Describes the factor, such as <c>DE × 0.85</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{RegionId} × {Check.Format(Factor)}";
}
