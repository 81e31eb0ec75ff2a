using CareerModel.Monetary;
using CareerModel.Internal;

namespace CareerModel.Compensation;

/// <summary>
/// Known points of a pay distribution: any of the 10th, 25th, 50th (median), 75th and 90th
/// percentiles, in one currency and never decreasing (p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90).
/// </summary>
public sealed class PayPercentiles : IEquatable<PayPercentiles>
{
    /// <summary>Gets the 10th percentile, if known.</summary>
    public Money? P10 { get; }

    /// <summary>Gets the 25th percentile (lower quartile), if known.</summary>
    public Money? P25 { get; }

    /// <summary>Gets the 50th percentile (median), if known.</summary>
    public Money? P50 { get; }

    /// <summary>Gets the 75th percentile (upper quartile), if known.</summary>
    public Money? P75 { get; }

    /// <summary>Gets the 90th percentile, if known.</summary>
    public Money? P90 { get; }

    /// <summary>Gets the currency all known percentiles share.</summary>
    public Currency Currency => Known[0].Value.Currency;

    /// <summary>Gets the known percentiles in ascending order, as (percentile, value) pairs such as (50, USD 42,000.00).</summary>
    public IReadOnlyList<KeyValuePair<int, Money>> Known =>
        new (int Percentile, Money? Value)[] { (10, P10), (25, P25), (50, P50), (75, P75), (90, P90) }
            .Where(p => p.Value.HasValue)
            .Select(p => KeyValuePair.Create(p.Percentile, p.Value!.Value))
            .ToArray();

    /// <summary>Creates a set of percentiles; give at least one.</summary>
    /// <param name="p10">The 10th percentile.</param>
    /// <param name="p25">The 25th percentile.</param>
    /// <param name="p50">The median.</param>
    /// <param name="p75">The 75th percentile.</param>
    /// <param name="p90">The 90th percentile.</param>
    /// <exception cref="ArgumentException">None is given, they mix currencies, one is negative, or a higher percentile is below a lower one.</exception>
    public PayPercentiles(Money? p10 = null, Money? p25 = null, Money? p50 = null, Money? p75 = null, Money? p90 = null)
    {
        (string Name, Money? Value)[] all = [(nameof(p10), p10), (nameof(p25), p25), (nameof(p50), p50), (nameof(p75), p75), (nameof(p90), p90)];
        (string Name, Money Value)? previous = null;
        foreach (var (name, value) in all)
        {
            if (value is not { } current)
                continue;
            if (current.IsNegative)
                throw InvariantArgument.OutOfRange(name, current, $"Percentile {name} {current} must not be negative.");
            if (previous is { } before)
            {
                if (!before.Value.Currency.Equals(current.Currency))
                    throw new ArgumentException($"Percentiles must share one currency: {before.Name} is in {before.Value.Currency.Code} but {name} is in {current.Currency.Code}.", name);
                if (current < before.Value)
                    throw new ArgumentException($"Percentile {name} ({current}) must not be below {before.Name} ({before.Value}); percentiles never decrease.", name);
            }
            previous = (name, current);
        }
        if (previous is null)
            throw new ArgumentException("At least one percentile must be given.", nameof(p50));
        P10 = p10;
        P25 = p25;
        P50 = p50;
        P75 = p75;
        P90 = p90;
    }

    /// <inheritdoc/>
    public bool Equals(PayPercentiles? other) =>
        other is not null && P10 == other.P10 && P25 == other.P25 && P50 == other.P50 && P75 == other.P75 && P90 == other.P90;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PayPercentiles);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(P10, P25, P50, P75, P90);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(PayPercentiles? left, PayPercentiles? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PayPercentiles? left, PayPercentiles? right) => !(left == right);

    /// <summary>Lists the known percentiles, such as <c>p25 USD 30,000.00, p50 USD 39,120.00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Join(", ", Known.Select(p => $"p{p.Key} {p.Value}"));
}
