using CareerModel.Internal;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Compensation;

/// <summary>
/// Annual total compensation: base pay, the target bonus as a share of base, and equity
/// annualised over its vesting, each a <see cref="Money"/> in one currency.
/// </summary>
public sealed class TotalCompensation : IEquatable<TotalCompensation>
{
    /// <summary>The largest target bonus accepted, as a fraction of base pay (1000%).</summary>
    public const decimal MaxBonusRate = 10m;

    /// <summary>Gets the annual base pay.</summary>
    public Money BasePay { get; }

    /// <summary>Gets the target bonus as a fraction of base pay (0.10 for 10%).</summary>
    public decimal TargetBonusRate { get; }

    /// <summary>Gets the target bonus: base pay × <see cref="TargetBonusRate"/>, unrounded.</summary>
    public Money TargetBonus => BasePay * TargetBonusRate;

    /// <summary>Gets the equity granted per year.</summary>
    public Money AnnualEquity { get; }

    /// <summary>Gets the total: base + target bonus + annual equity, unrounded.</summary>
    public Money Total => BasePay + TargetBonus + AnnualEquity;

    /// <summary>Creates a total compensation.</summary>
    /// <param name="basePay">Annual base pay; not negative.</param>
    /// <param name="targetBonusRate">Target bonus as a fraction of base, from 0 to <see cref="MaxBonusRate"/>. The default is 0.</param>
    /// <param name="annualEquity">Equity per year, in the base pay's currency; none by default. See <see cref="AnnualiseEquity"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or the bonus rate is out of range.</exception>
    /// <exception cref="CurrencyMismatchException">The equity is in another currency than the base pay.</exception>
    public TotalCompensation(Money basePay, decimal targetBonusRate = 0m, Money? annualEquity = null)
    {
        if (basePay.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(basePay), basePay, $"Base pay {basePay} must not be negative.");
        if (targetBonusRate < 0 || targetBonusRate > MaxBonusRate)
            throw InvariantArgument.OutOfRange(nameof(targetBonusRate), targetBonusRate, $"Target bonus rate {Check.Format(targetBonusRate)} must be from 0 to {Check.Format(MaxBonusRate)} (a fraction of base pay: 0.1 is 10%).");
        var equity = annualEquity ?? Money.Zero(basePay.Currency);
        if (equity.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(annualEquity), equity, $"Annual equity {equity} must not be negative.");
        if (!equity.Currency.Equals(basePay.Currency))
            throw new CurrencyMismatchException("add", basePay.Currency, equity.Currency);
        BasePay = basePay;
        TargetBonusRate = targetBonusRate;
        AnnualEquity = equity;
    }

    /// <summary>Spreads an equity grant evenly over its vesting period, per year.</summary>
    /// <param name="grantValue">The grant's value at grant; not negative.</param>
    /// <param name="vesting">The vesting period in whole years and months, such as four years; longer than zero.</param>
    /// <returns>The value per year: grant × 12 ÷ vesting months, unrounded.</returns>
    /// <exception cref="ArgumentException">The vesting period has weeks, days or time, or is zero.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The grant is negative, or the vesting period is negative.</exception>
    public static Money AnnualiseEquity(Money grantValue, Period vesting)
    {
        if (grantValue.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(grantValue), grantValue, $"Equity grant {grantValue} must not be negative.");
        var months = Periods.TotalMonths(Periods.YearsAndMonths(vesting, nameof(vesting)));
        if (months == 0)
            throw new ArgumentException($"Vesting period {vesting} must be longer than zero.", nameof(vesting));
        return grantValue * 12m / months;
    }

    /// <inheritdoc/>
    public bool Equals(TotalCompensation? other) =>
        other is not null && BasePay == other.BasePay && TargetBonusRate == other.TargetBonusRate && AnnualEquity == other.AnnualEquity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TotalCompensation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(BasePay, TargetBonusRate, AnnualEquity);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(TotalCompensation? left, TotalCompensation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TotalCompensation? left, TotalCompensation? right) => !(left == right);

    /// <summary>Describes the total, such as <c>USD 110,000.00 = base 100,000.00 + bonus 10% 10,000.00 + equity 0.00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Total} = base {BasePay} + bonus {TargetBonusRate.ToString("0.##%", System.Globalization.CultureInfo.InvariantCulture)} {TargetBonus} + equity {AnnualEquity}";
}
