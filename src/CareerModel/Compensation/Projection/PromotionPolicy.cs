using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// How pay rises when someone moves to a new role: by a percentage, to at least the new band's
/// minimum, or both (whichever gives more). Two policies are equal when they raise pay the same way.
/// </summary>
public sealed class PromotionPolicy : IEquatable<PromotionPolicy>
{
    /// <summary>The largest promotion percentage accepted: 1, that is 100% (doubling pay).</summary>
    public const decimal MaxIncrease = 1m;

    private PromotionPolicy(decimal? increase, bool raisesToBandMinimum)
    {
        Increase = increase;
        RaisesToBandMinimum = raisesToBandMinimum;
    }

    /// <summary>Gets the policy that raises pay to the new band's minimum when it is below it, and otherwise leaves it.</summary>
    public static PromotionPolicy ToBandMinimum { get; } = new(null, true);

    /// <summary>Gets the percentage increase as a fraction (0.1 for 10%), or <see langword="null"/> when the policy only raises to the band minimum.</summary>
    public decimal? Increase { get; }

    /// <summary>Gets a value indicating whether pay is raised to at least the new band's minimum.</summary>
    public bool RaisesToBandMinimum { get; }

    /// <summary>Creates a policy that raises pay by a percentage, wherever it lands in the new band.</summary>
    /// <param name="increase">The increase as a fraction (0.1 for 10%), from 0 to <see cref="MaxIncrease"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The increase is negative or above <see cref="MaxIncrease"/>.</exception>
    public static PromotionPolicy Percentage(decimal increase) => new(CheckIncrease(increase), false);

    /// <summary>
    /// Creates a policy that raises pay by a percentage or to the new band's minimum, whichever
    /// gives more ("at least the band minimum or 10%").
    /// </summary>
    /// <param name="increase">The increase as a fraction (0.1 for 10%), from 0 to <see cref="MaxIncrease"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The increase is negative or above <see cref="MaxIncrease"/>.</exception>
    public static PromotionPolicy PercentageOrBandMinimum(decimal increase) => new(CheckIncrease(increase), true);

    /// <summary>Applies the policy to a pay on moving into a new band.</summary>
    /// <param name="pay">The pay before the promotion.</param>
    /// <param name="newBand">The band of the new role.</param>
    /// <returns>The pay after the promotion, unrounded; never less than <paramref name="pay"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="newBand"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> and <paramref name="newBand"/> are in different currencies.</exception>
    public Money Apply(Money pay, SalaryBand newBand) => Apply(pay, newBand, out _);

    /// <inheritdoc/>
    public bool Equals(PromotionPolicy? other) =>
        other is not null && Increase == other.Increase && RaisesToBandMinimum == other.RaisesToBandMinimum;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PromotionPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Increase, RaisesToBandMinimum);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(PromotionPolicy? left, PromotionPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PromotionPolicy? left, PromotionPolicy? right) => !(left == right);

    /// <summary>
    /// Describes the policy: <c>10%</c>, <c>to at least the band minimum</c>, or
    /// <c>10% or to the band minimum, whichever is more</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => (Increase, RaisesToBandMinimum) switch
    {
        ({ } increase, true) => $"{ProjectionText.Percent(increase)} or to the band minimum, whichever is more",
        ({ } increase, false) => ProjectionText.Percent(increase),
        _ => "to at least the band minimum",
    };

    /// <summary>Applies the policy and says how, such as "to the band minimum USD 42,000.00, more than 10%".</summary>
    internal Money Apply(Money pay, SalaryBand newBand, out string how)
    {
        ArgumentNullException.ThrowIfNull(newBand);
        if (!pay.Currency.Equals(newBand.Currency))
            throw new CurrencyMismatchException("promote, for the pay and the new band,", pay.Currency, newBand.Currency);
        var minimum = newBand.Minimum;
        if (Increase is not { } increase)
        {
            if (pay < minimum)
            {
                how = $"raised to the band minimum {minimum}";
                return minimum;
            }
            how = $"no increase, pay already at or above the band minimum {minimum}";
            return pay;
        }
        var raised = pay * (1m + increase);
        if (RaisesToBandMinimum && raised < minimum)
        {
            how = $"raised to the band minimum {minimum}, more than {ProjectionText.Percent(increase)}";
            return minimum;
        }
        how = RaisesToBandMinimum
            ? $"{ProjectionText.Percent(increase)}, at or above the band minimum {minimum}"
            : ProjectionText.Percent(increase);
        return raised;
    }

    private static decimal CheckIncrease(decimal increase)
    {
        if (increase < 0 || increase > MaxIncrease)
            throw InvariantArgument.OutOfRange(nameof(increase), increase, $"Promotion increase {Check.Format(increase)} must be from 0 to {Check.Format(MaxIncrease)} ({ProjectionText.Percent(MaxIncrease)}); a promotion does not cut pay.");
        return increase;
    }
}
