using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// One person in a merit budget: the band of the role they hold, their annual pay and their
/// performance rating. Two rated employees are equal when band, pay and rating are equal.
/// </summary>
public sealed class RatedEmployee : IEquatable<RatedEmployee>
{
    /// <summary>Creates a rated employee.</summary>
    /// <param name="band">The band of the role held.</param>
    /// <param name="pay">The annual pay, in the band's currency; not negative.</param>
    /// <param name="rating">The performance rating label (trimmed), one of the merit matrix's ratings.</param>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> or <paramref name="rating"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="rating"/> is empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pay"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> and <paramref name="band"/> are in different currencies.</exception>
    public RatedEmployee(SalaryBand band, Money pay, string rating)
    {
        ArgumentNullException.ThrowIfNull(band);
        Rating = Check.NotBlank(rating, nameof(rating));
        if (pay.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(pay), pay, $"A rated employee's pay {pay} must not be negative.");
        if (!pay.Currency.Equals(band.Currency))
            throw new CurrencyMismatchException("place, for a rated employee's pay and band,", pay.Currency, band.Currency);
        Band = band;
        Pay = pay;
    }

    /// <summary>Gets the band of the role held.</summary>
    public SalaryBand Band { get; }

    /// <summary>Gets the annual pay.</summary>
    public Money Pay { get; }

    /// <summary>Gets the performance rating label.</summary>
    public string Rating { get; }

    /// <inheritdoc/>
    public bool Equals(RatedEmployee? other) =>
        other is not null && Band.Equals(other.Band) && Pay == other.Pay && Rating == other.Rating;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RatedEmployee);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Band, Pay, Rating);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(RatedEmployee? left, RatedEmployee? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RatedEmployee? left, RatedEmployee? right) => !(left == right);

    /// <summary>Describes the rated employee, such as <c>rated Meets, paid USD 35,000.00 in USD 30,000.00 – 45,000.00 (midpoint 35,000.00)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"rated {Rating}, paid {Pay} in {Band}";
}
