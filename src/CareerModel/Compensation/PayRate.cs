using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation;

/// <summary>
/// An amount of pay per <see cref="PayPeriod"/>, such as USD 20.00 an hour or EUR 35,000 a year.
/// Rates for different periods are never compared or converted implicitly: convert through a
/// <see cref="WorkSchedule"/> with <see cref="ConvertTo"/>.
/// </summary>
public sealed class PayRate : IEquatable<PayRate>
{
    /// <summary>Creates a pay rate.</summary>
    /// <param name="amount">The pay per period; must not be negative.</param>
    /// <param name="period">The period the amount is paid for.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative, or the period is not defined.</exception>
    public PayRate(Money amount, PayPeriod period)
    {
        if (amount.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(amount), amount, $"Pay rate amount {amount} must not be negative.");
        Amount = amount;
        Period = Check.Defined(period, nameof(period));
    }

    /// <summary>Gets the pay per period.</summary>
    public Money Amount { get; }

    /// <summary>Gets the period the amount is paid for.</summary>
    public PayPeriod Period { get; }

    /// <summary>Creates an hourly rate.</summary>
    /// <param name="amount">Pay per hour.</param>
    /// <returns>The rate.</returns>
    public static PayRate Hourly(Money amount) => new(amount, PayPeriod.Hourly);

    /// <summary>Creates a weekly rate.</summary>
    /// <param name="amount">Pay per week.</param>
    /// <returns>The rate.</returns>
    public static PayRate Weekly(Money amount) => new(amount, PayPeriod.Weekly);

    /// <summary>Creates a monthly rate.</summary>
    /// <param name="amount">Pay per month.</param>
    /// <returns>The rate.</returns>
    public static PayRate Monthly(Money amount) => new(amount, PayPeriod.Monthly);

    /// <summary>Creates an annual rate.</summary>
    /// <param name="amount">Pay per year.</param>
    /// <returns>The rate.</returns>
    public static PayRate Annual(Money amount) => new(amount, PayPeriod.Annual);

    /// <summary>
    /// Converts to another period through a work schedule, exactly (no rounding): the amount is
    /// annualised with <see cref="WorkSchedule.PeriodsPerYear"/> and divided back down.
    /// Round the result with <see cref="Money.RoundToMinorUnits"/> when it is to be shown or paid.
    /// </summary>
    /// <param name="target">The period to convert to.</param>
    /// <param name="schedule">The hours and weeks that link the periods, such as <see cref="WorkSchedule.Standard"/>.</param>
    /// <returns>The equivalent rate for <paramref name="target"/>.</returns>
    public PayRate ConvertTo(PayPeriod target, WorkSchedule schedule)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        Check.Defined(target, nameof(target));
        if (target == Period)
            return this;
        // A conversion through a quotient, so kept to decimal's 28 significant digits throughout.
        var annual = Amount.Amount * schedule.PeriodsPerYear(Period);
        return new PayRate(new Money(annual / schedule.PeriodsPerYear(target), Amount.Currency), target);
    }

    /// <inheritdoc/>
    public bool Equals(PayRate? other) => other is not null && Amount == other.Amount && Period == other.Period;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PayRate);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Period);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(PayRate? left, PayRate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PayRate? left, PayRate? right) => !(left == right);

    /// <summary>Formats the rate, such as <c>USD 20.00 per hour</c>.</summary>
    /// <returns>The formatted rate.</returns>
    public override string ToString() => Period switch
    {
        PayPeriod.Hourly => $"{Amount} per hour",
        PayPeriod.Weekly => $"{Amount} per week",
        PayPeriod.Monthly => $"{Amount} per month",
        _ => $"{Amount} per year",
    };
}
