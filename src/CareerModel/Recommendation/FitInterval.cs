using System.Globalization;

namespace CareerModel.Recommendation;

/// <summary>
/// The range a skill fit may take when required levels are estimates with confidence bounds or a
/// standard error (as O*NET ratings are): from every requirement at the upper end of its interval
/// (pessimistic) to every one at the lower end (optimistic).
/// </summary>
/// <remarks>
/// A requirement's interval is its <see cref="Skills.SkillRequirement.LowerBound"/> and
/// <see cref="Skills.SkillRequirement.UpperBound"/>; where a bound is missing but a
/// <see cref="Skills.SkillRequirement.StandardError"/> is given, the level ± 1.96 standard errors
/// (a 95% normal interval); where neither, the level itself. Ends beyond the catalog's proficiency
/// scale are clamped onto it. A higher required level never gives a better fit, so
/// <see cref="Pessimistic"/> ≤ <see cref="PathStep.Fit"/> ≤ <see cref="Optimistic"/> always holds.
/// </remarks>
public sealed class FitInterval : IEquatable<FitInterval>
{
    internal FitInterval(double pessimistic, double optimistic)
    {
        Pessimistic = pessimistic;
        Optimistic = optimistic;
    }

    /// <summary>Gets the fit with every requirement at the upper end of its interval: the worst plausible fit.</summary>
    public double Pessimistic { get; }

    /// <summary>Gets the fit with every requirement at the lower end of its interval: the best plausible fit.</summary>
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
