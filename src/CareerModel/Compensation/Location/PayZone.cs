using CareerModel.Internal;

namespace CareerModel.Compensation.Location;

/// <summary>
/// A pay zone (tier): every region whose location factor is at least <see cref="MinimumLocationFactor"/>
/// (and below the next zone's) is paid at <see cref="ZoneFactor"/> of the benchmark — such as
/// factors of 0.90 and up paying 1.00, 0.80–0.90 paying 0.85.
/// </summary>
public sealed class PayZone : IEquatable<PayZone>
{
    /// <summary>Creates a zone.</summary>
    /// <param name="name">The zone's name, such as <c>Tier 2</c>.</param>
    /// <param name="minimumLocationFactor">The lowest location factor in the zone; zero or more.</param>
    /// <param name="zoneFactor">The factor paid in the zone; greater than 0 and at most <see cref="LocationFactor.MaxFactor"/>.</param>
    /// <exception cref="ArgumentException">The name is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A factor is out of range.</exception>
    public PayZone(string name, decimal minimumLocationFactor, decimal zoneFactor)
    {
        Name = Check.NotBlank(name, nameof(name));
        if (minimumLocationFactor < 0 || minimumLocationFactor > LocationFactor.MaxFactor)
            throw InvariantArgument.OutOfRange(nameof(minimumLocationFactor), minimumLocationFactor, $"Zone '{name}' minimum location factor {Check.Format(minimumLocationFactor)} must be from 0 to {Check.Format(LocationFactor.MaxFactor)}.");
        if (zoneFactor <= 0 || zoneFactor > LocationFactor.MaxFactor)
            throw InvariantArgument.OutOfRange(nameof(zoneFactor), zoneFactor, $"Zone '{name}' factor {Check.Format(zoneFactor)} must be greater than 0 and at most {Check.Format(LocationFactor.MaxFactor)}.");
        MinimumLocationFactor = minimumLocationFactor;
        ZoneFactor = zoneFactor;
    }

    /// <summary>Gets the zone's name.</summary>
    public string Name { get; }

    /// <summary>Gets the lowest location factor in the zone.</summary>
    public decimal MinimumLocationFactor { get; }

    /// <summary>Gets the factor paid in the zone.</summary>
    public decimal ZoneFactor { get; }

    /// <inheritdoc/>
    public bool Equals(PayZone? other) =>
        other is not null && Name == other.Name && MinimumLocationFactor == other.MinimumLocationFactor && ZoneFactor == other.ZoneFactor;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PayZone);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Name, MinimumLocationFactor, ZoneFactor);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(PayZone? left, PayZone? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PayZone? left, PayZone? right) => !(left == right);

    /// <summary>Describes the zone, such as <c>Tier 2: location factor ≥ 0.8 pays 0.85</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Name}: location factor ≥ {Check.Format(MinimumLocationFactor)} pays {Check.Format(ZoneFactor)}";
}
