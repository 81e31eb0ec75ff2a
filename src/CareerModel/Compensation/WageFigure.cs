using CareerModel.Monetary;
using CareerModel.Internal;

namespace CareerModel.Compensation;

/// <summary>
/// A figure from a published wage table: an estimate, a top-coded lower bound, or suppressed.
/// A top-coded or suppressed figure is never used as if it were a number: ratios and
/// <see cref="GetExact"/> refuse it with a specific exception.
/// </summary>
/// <remarks><c>default(WageFigure)</c> is a suppressed figure: no value.</remarks>
public readonly struct WageFigure : IEquatable<WageFigure>
{
    private readonly Money value;

    private WageFigure(WageFigureStatus status, Money value)
    {
        Status = status;
        this.value = value;
    }

    /// <summary>Gets what the figure holds.</summary>
    public WageFigureStatus Status { get; }

    /// <summary>Gets the figure's value: the estimate, or for a top-coded figure its lower bound; <see langword="null"/> when suppressed.</summary>
    public Money? Value => Status == WageFigureStatus.Suppressed ? null : value;

    /// <summary>Gets a suppressed figure (no value).</summary>
    public static WageFigure Suppressed => default;

    /// <summary>Creates an estimate.</summary>
    /// <param name="value">The value; not negative.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public static WageFigure Exact(Money value) => new(WageFigureStatus.Exact, NotNegative(value, nameof(value)));

    /// <summary>Creates a top-coded figure: the true value is at least <paramref name="lowerBound"/>.</summary>
    /// <param name="lowerBound">The lower bound, such as USD 239,200 in BLS OEWS May 2024; not negative.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The bound is negative.</exception>
    public static WageFigure TopCoded(Money lowerBound) => new(WageFigureStatus.TopCoded, NotNegative(lowerBound, nameof(lowerBound)));

    /// <summary>Gets the value of an exact figure.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="TopCodedValueException">The figure is top-coded: only a lower bound is known.</exception>
    /// <exception cref="InvalidOperationException">The figure is suppressed.</exception>
    public Money GetExact() => Status switch
    {
        WageFigureStatus.Exact => value,
        WageFigureStatus.TopCoded => throw new TopCodedValueException(value),
        _ => throw new InvalidOperationException("The wage figure is suppressed (not published), so it has no value."),
    };

    /// <summary>Gets the ratio of this figure to another, when both are exact.</summary>
    /// <param name="other">The denominator.</param>
    /// <returns><c>this / other</c>.</returns>
    /// <exception cref="TopCodedValueException">Either figure is top-coded: a ratio of a lower bound is not a number.</exception>
    /// <exception cref="InvalidOperationException">Either figure is suppressed.</exception>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public decimal RatioTo(WageFigure other) => GetExact().RatioTo(other.GetExact());

    /// <inheritdoc/>
    public bool Equals(WageFigure other) => Status == other.Status && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is WageFigure other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Status, Value);

    /// <summary>Formats the figure: the value, <c>≥ USD 239,200.00 (top-coded)</c>, or <c>suppressed</c>.</summary>
    /// <returns>The formatted figure.</returns>
    public override string ToString() => Status switch
    {
        WageFigureStatus.Exact => value.ToString(),
        WageFigureStatus.TopCoded => $"≥ {value} (top-coded)",
        _ => "suppressed",
    };

    /// <summary>Compares two figures for equality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(WageFigure left, WageFigure right) => left.Equals(right);

    /// <summary>Compares two figures for inequality.</summary>
    /// <param name="left">The first figure.</param>
    /// <param name="right">The second figure.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WageFigure left, WageFigure right) => !left.Equals(right);

    private static Money NotNegative(Money value, string paramName) =>
        value.IsNegative ? throw InvariantArgument.OutOfRange(paramName, value, $"A wage figure {value} must not be negative.") : value;
}
