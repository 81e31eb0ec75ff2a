using System.Globalization;
using CareerModel.Internal;

namespace CareerModel.Monetary;

/// <summary>An exact decimal amount in one <see cref="Monetary.Currency"/>.</summary>
/// <remarks>
/// <para>
/// Arithmetic never rounds and never converts: adding, subtracting or comparing amounts in
/// different currencies throws <see cref="CurrencyMismatchException"/>, and a sum, difference or
/// product that <see cref="decimal"/>'s 28–29 significant digits cannot hold exactly throws
/// <see cref="ArithmeticException"/> (<see cref="OverflowException"/> past its range) instead of
/// rounding. A quotient is decimal's nearest (a third has no exact decimal). Round explicitly with
/// <see cref="RoundToMinorUnits(MidpointRounding)"/> when a result is to be shown or paid.
/// </para>
/// <para>
/// Equality compares amount and currency (1.0 USD equals 1.00 USD). <c>default(Money)</c> is
/// zero in <see cref="Currency.None"/> (XXX), so it cannot silently join a real amount.
/// </para>
/// </remarks>
public readonly struct Money : IEquatable<Money>, IComparable<Money>, IComparable
{
    private readonly Currency? currency;

    /// <summary>Creates an amount of money.</summary>
    /// <param name="amount">The amount; any decimal, including negative amounts (a pay cut, a gap).</param>
    /// <param name="currency">The currency.</param>
    /// <exception cref="ArgumentNullException"><paramref name="currency"/> is null.</exception>
    public Money(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        Amount = amount;
        this.currency = currency;
    }

    /// <summary>Gets the amount, in units of the currency (dollars, not cents).</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency; <see cref="Currency.None"/> for <c>default(Money)</c>.</summary>
    public Currency Currency => currency ?? Currency.None;

    /// <summary>Gets a value indicating whether the amount is zero.</summary>
    public bool IsZero => Amount == 0m;

    /// <summary>Gets a value indicating whether the amount is below zero.</summary>
    public bool IsNegative => Amount < 0m;

    /// <summary>Gets zero in the given currency.</summary>
    /// <param name="currency">The currency.</param>
    /// <returns>Zero in <paramref name="currency"/>.</returns>
    public static Money Zero(Currency currency) => new(0m, currency);

    /// <summary>
    /// Rounds the amount to the currency's minor units (cents for USD, whole yen for JPY).
    /// </summary>
    /// <param name="mode">
    /// How to round a value exactly half-way between two minor units. The default is
    /// <see cref="MidpointRounding.ToEven"/> (banker's rounding), which does not bias totals
    /// upward; pass <see cref="MidpointRounding.AwayFromZero"/> for the rounding taught at school.
    /// </param>
    /// <returns>The rounded amount in the same currency.</returns>
    public Money RoundToMinorUnits(MidpointRounding mode = MidpointRounding.ToEven) =>
        new(Math.Round(Amount, Currency.MinorUnits, mode), Currency);

    /// <summary>Returns the same amount with its sign reversed.</summary>
    /// <returns>The negated amount.</returns>
    public Money Negate() => new(-Amount, Currency);

    /// <summary>Returns the absolute value of the amount.</summary>
    /// <returns>The amount without its sign.</returns>
    public Money Abs() => new(Math.Abs(Amount), Currency);

    /// <summary>Adds another amount in the same currency.</summary>
    /// <param name="other">The amount to add.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="ArithmeticException">The exact sum needs more digits than a decimal holds (an <see cref="OverflowException"/> past its range).</exception>
    public Money Add(Money other)
    {
        var currency = SameCurrency(other, "add");
        return ExactDecimal.TryAdd(Amount, other.Amount, out var sum) ? new(sum, currency) : throw ExactDecimal.Inexact($"{this} + {other}");
    }

    /// <summary>Subtracts another amount in the same currency.</summary>
    /// <param name="other">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="ArithmeticException">The exact difference needs more digits than a decimal holds (an <see cref="OverflowException"/> past its range).</exception>
    public Money Subtract(Money other)
    {
        var currency = SameCurrency(other, "subtract");
        return ExactDecimal.TryAdd(Amount, -other.Amount, out var difference) ? new(difference, currency) : throw ExactDecimal.Inexact($"{this} − {other}");
    }

    /// <summary>Multiplies the amount by a factor, without rounding.</summary>
    /// <param name="factor">The factor.</param>
    /// <returns>The product in the same currency.</returns>
    /// <exception cref="ArithmeticException">The exact product needs more digits than a decimal holds (an <see cref="OverflowException"/> past its range).</exception>
    public Money Multiply(decimal factor)
    {
        return ExactDecimal.TryMultiply(Amount, factor, out var product) ? new(product, Currency) : throw ExactDecimal.Inexact($"{this} × {Check.Format(factor)}");
    }

    /// <summary>
    /// Multiplies the amount by a factor and rounds the product to the currency's minor units, for
    /// a factor with more digits than an exact product could keep (a scaled merit percentage, a
    /// converted rate): the product at decimal's full precision, rounded once.
    /// </summary>
    /// <param name="factor">The factor.</param>
    /// <param name="mode">How to round a product exactly half-way between two minor units; banker's rounding by default.</param>
    /// <returns>The rounded product in the same currency.</returns>
    /// <exception cref="OverflowException">The product is out of decimal's range.</exception>
    public Money MultiplyAndRound(decimal factor, MidpointRounding mode = MidpointRounding.ToEven) =>
        new(Math.Round(Amount * factor, Currency.MinorUnits, mode), Currency);

    /// <summary>Divides the amount by a divisor, without rounding to minor units: the quotient to decimal's 28–29 significant digits.</summary>
    /// <param name="divisor">The divisor.</param>
    /// <returns>The quotient in the same currency.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="divisor"/> is zero.</exception>
    public Money Divide(decimal divisor) => new(Amount / divisor, Currency);

    /// <summary>Gets the ratio of this amount to another in the same currency (a compa-ratio, say).</summary>
    /// <param name="other">The denominator.</param>
    /// <returns><c>this / other</c> as a plain number.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    /// <exception cref="DivideByZeroException"><paramref name="other"/> is zero.</exception>
    public decimal RatioTo(Money other)
    {
        SameCurrency(other, "divide");
        return Amount / other.Amount;
    }

    /// <summary>Returns the smaller of two amounts in one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The smaller amount (the first when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Min(Money left, Money right) => left.CompareTo(right) <= 0 ? left : right;

    /// <summary>Returns the larger of two amounts in one currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The larger amount (the first when equal).</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money Max(Money left, Money right) => left.CompareTo(right) >= 0 ? left : right;

    /// <summary>Compares with another amount in the same currency.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Less than zero, zero, or greater than zero as this amount is smaller, equal or larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ: only amounts in one currency are ordered.</exception>
    public int CompareTo(Money other)
    {
        SameCurrency(other, "compare");
        return Amount.CompareTo(other.Amount);
    }

    /// <inheritdoc/>
    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Money other => CompareTo(other),
        _ => throw new ArgumentException($"Money can be compared only with Money, not with {obj.GetType().Name}.", nameof(obj)),
    };

    /// <inheritdoc/>
    public bool Equals(Money other) => Amount == other.Amount && Currency.Equals(other.Currency);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Amount, Currency);

    /// <summary>
    /// Formats the amount with its currency code, in the invariant culture: <c>USD 42,000.00</c>.
    /// An amount with more decimals than the currency's minor units shows them all, so an
    /// unrounded value never looks rounded.
    /// </summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString()
    {
        var minor = Currency.MinorUnits;
        var format = Math.Round(Amount, minor) == Amount ? "N" + minor.ToString(CultureInfo.InvariantCulture) : "#,0.############################";
        return Currency.Code + " " + Amount.ToString(format, CultureInfo.InvariantCulture);
    }

    private Currency SameCurrency(Money other, string operation)
    {
        var mine = Currency;
        return mine.Equals(other.Currency) ? mine : throw new CurrencyMismatchException(operation, mine, other.Currency);
    }

    /// <summary>Adds two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator +(Money left, Money right) => left.Add(right);

    /// <summary>Subtracts two amounts in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The amount to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static Money operator -(Money left, Money right) => left.Subtract(right);

    /// <summary>Negates an amount.</summary>
    /// <param name="value">The amount.</param>
    /// <returns>The negated amount.</returns>
    public static Money operator -(Money value) => value.Negate();

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    public static Money operator *(Money left, decimal right) => left.Multiply(right);

    /// <summary>Multiplies an amount by a factor.</summary>
    /// <param name="left">The factor.</param>
    /// <param name="right">The amount.</param>
    /// <returns>The product.</returns>
    public static Money operator *(decimal left, Money right) => right.Multiply(left);

    /// <summary>Divides an amount by a divisor.</summary>
    /// <param name="left">The amount.</param>
    /// <param name="right">The divisor.</param>
    /// <returns>The quotient.</returns>
    public static Money operator /(Money left, decimal right) => left.Divide(right);

    /// <summary>Compares two amounts for equality of amount and currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Money left, Money right) => left.Equals(right);

    /// <summary>Compares two amounts for inequality.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ in amount or currency.</returns>
    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    /// <summary>Tests whether one amount is smaller than another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    /// <summary>Tests whether one amount is larger than another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    /// <summary>Tests whether one amount is at most another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is smaller or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    /// <summary>Tests whether one amount is at least another in the same currency.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when <paramref name="left"/> is larger or equal.</returns>
    /// <exception cref="CurrencyMismatchException">The currencies differ.</exception>
    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;
}
