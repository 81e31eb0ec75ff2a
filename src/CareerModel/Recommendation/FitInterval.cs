using System.Globalization;

namespace CareerModel.Recommendation;

/// <summary>
/// The range a skill fit may take when requirements are estimates with confidence bounds (as
/// O*NET ratings are): from every requirement at its upper bound (pessimistic) to every one at
/// its lower bound (optimistic).
/// </summary>
public sealed class FitInterval : IEquatable<FitInterval>
{
    internal FitInterval(double pessimistic, double optimistic)
    {
        Pessimistic = pessimistic;
        Optimistic = optimistic;
    }

    /// <summary>Gets the fit with every requirement at its upper confidence bound.</summary>
    public double Pessimistic { get; }

    /// <summary>Gets the fit with every requirement at its lower confidence bound.</summary>
    public double Optimistic { get; }

    /// <inheritdoc/>
    public bool Equals(FitInterval? other) => other is not null && Pessimistic.Equals(other.Pessimistic) && Optimistic.Equals(other.Optimistic);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as FitInterval);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Pessimistic, Optimistic);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(FitInterval? left, FitInterval? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FitInterval? left, FitInterval? right) => !(left == right);

    /// <summary>Describes the interval, such as <c>[0.71, 0.84]</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"[{Pessimistic:0.00}, {Optimistic:0.00}]");
}
