using CareerModel.Monetary;
using CareerModel.Internal;

namespace CareerModel.Compensation;

/// <summary>
/// An annual pay band in one currency: minimum ≤ midpoint ≤ maximum, with the market's
/// percentiles and mean when they are known.
/// </summary>
/// <remarks>
/// Published figures come in different shapes and each has its factory:
/// a company range (the constructor, or <see cref="FromRange"/> with the midpoint half-way),
/// and a market median with or without an average (<see cref="FromMedian"/>, a band of zero width
/// whose midpoint is the median). The percentiles and the mean describe the market and may lie
/// outside the company's minimum and maximum.
/// </remarks>
public sealed partial class SalaryBand : IEquatable<SalaryBand>
{
    private SalaryBand(SalaryBand band, Provenance? provenance)
    {
        Minimum = band.Minimum;
        Midpoint = band.Midpoint;
        Maximum = band.Maximum;
        Percentiles = band.Percentiles;
        Mean = band.Mean;
        Provenance = provenance;
    }

    /// <summary>Gets the currency of every amount in the band.</summary>
    public Currency Currency => Midpoint.Currency;

    /// <summary>Gets the lowest annual pay of the band.</summary>
    public Money Minimum { get; }

    /// <summary>Gets the band's reference pay: the midpoint of a range, or the market median.</summary>
    public Money Midpoint { get; }

    /// <summary>Gets the highest annual pay of the band.</summary>
    public Money Maximum { get; }

    /// <summary>Gets the known percentiles of market pay, if any.</summary>
    public PayPercentiles? Percentiles { get; }

    /// <summary>Gets the mean (average) market pay, if known. A mean above the median is the usual right-skewed pay distribution.</summary>
    public Money? Mean { get; }

    /// <summary>Gets where the band's figures come from, if recorded.</summary>
    public Provenance? Provenance { get; }

    /// <summary>Returns the same band with its source and effective date recorded.</summary>
    /// <param name="provenance">Where the figures come from, or <see langword="null"/> to clear it.</param>
    /// <returns>A band equal in every figure, carrying <paramref name="provenance"/>.</returns>
    public SalaryBand WithProvenance(Provenance? provenance) =>
        new(this, provenance);

    /// <summary>Gets the width of the band, maximum − minimum.</summary>
    public Money Width => Maximum - Minimum;

    /// <summary>Gets a value indicating whether the band is a single point (minimum = maximum), as a published median is.</summary>
    public bool IsPoint => Minimum == Maximum;

    /// <summary>
    /// The largest amount a band may hold, 10¹⁵ in its currency: above any salary in any currency,
    /// and small enough that scaling, converting and dividing band amounts stays far inside
    /// <see cref="decimal"/>'s range (about 7.9 × 10²⁸), so the engines never overflow on a band.
    /// </summary>
    public const decimal MaxAmount = 1_000_000_000_000_000m;

    /// <summary>Creates a band from its minimum, midpoint and maximum.</summary>
    /// <param name="minimum">The lowest pay; not negative.</param>
    /// <param name="midpoint">The reference pay; from minimum to maximum.</param>
    /// <param name="maximum">The highest pay.</param>
    /// <param name="percentiles">Known market percentiles in the same currency, if any.</param>
    /// <param name="mean">The market mean in the same currency, if known; not negative.</param>
    /// <exception cref="ArgumentException">The amounts mix currencies, or are out of order.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An amount is negative or above <see cref="MaxAmount"/>.</exception>
    public SalaryBand(Money minimum, Money midpoint, Money maximum, PayPercentiles? percentiles = null, Money? mean = null)
    {
        var currency = minimum.Currency;
        RequireCurrency(midpoint.Currency, currency, nameof(midpoint));
        RequireCurrency(maximum.Currency, currency, nameof(maximum));
        if (minimum.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(minimum), minimum, $"Salary band minimum {minimum} must not be negative.");
        if (minimum > maximum)
            throw new ArgumentException($"Salary band minimum {minimum} must not exceed its maximum {maximum}.", nameof(minimum));
        if (maximum.Amount > MaxAmount)
            throw InvariantArgument.OutOfRange(nameof(maximum), maximum, $"Salary band maximum {maximum} must be at most {new Money(MaxAmount, currency)}, the largest amount a band holds.");
        if (midpoint < minimum || midpoint > maximum)
            throw new ArgumentException($"Salary band midpoint {midpoint} must lie from the minimum {minimum} to the maximum {maximum}.", nameof(midpoint));
        if (percentiles is not null)
            RequireCurrency(percentiles.Currency, currency, nameof(percentiles));
        if (mean is { } m)
        {
            RequireCurrency(m.Currency, currency, nameof(mean));
            if (m.IsNegative)
                throw InvariantArgument.OutOfRange(nameof(mean), m, $"Salary band mean {m} must not be negative.");
            if (m.Amount > MaxAmount)
                throw InvariantArgument.OutOfRange(nameof(mean), m, $"Salary band mean {m} must be at most {new Money(MaxAmount, currency)}, the largest amount a band holds.");
        }
        Minimum = minimum;
        Midpoint = midpoint;
        Maximum = maximum;
        Percentiles = percentiles;
        Mean = mean;
    }

    /// <summary>Creates a band from a minimum and a maximum, with the midpoint half-way between them.</summary>
    /// <param name="minimum">The lowest pay.</param>
    /// <param name="maximum">The highest pay.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentException">The amounts mix currencies, or the minimum exceeds the maximum.</exception>
    public static SalaryBand FromRange(Money minimum, Money maximum)
    {
        RequireCurrency(maximum.Currency, minimum.Currency, nameof(maximum));
        return new SalaryBand(minimum, (minimum + maximum) / 2m, maximum);
    }

    /// <summary>
    /// Creates a point band from a market median (the band's minimum, midpoint and maximum), with
    /// the mean when it is known, as salary surveys publish "median $42k, average $45k".
    /// </summary>
    /// <param name="median">The median pay.</param>
    /// <param name="mean">The mean pay, if known.</param>
    /// <returns>The band, with <see cref="Percentiles"/> holding the median.</returns>
    /// <exception cref="ArgumentException">The mean is in another currency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The median or the mean is negative.</exception>
    public static SalaryBand FromMedian(Money median, Money? mean = null)
    {
        // Checked here so that the error names this method's parameter, not PayPercentiles' p50.
        if (median.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(median), median, $"Salary band median {median} must not be negative.");
        if (mean is { } m)
            RequireCurrency(m.Currency, median.Currency, nameof(mean), nameof(median));
        return new SalaryBand(median, median, median, new PayPercentiles(p50: median), mean);
    }

    /// <summary>Tests whether an annual pay lies within the band, ends included.</summary>
    /// <param name="pay">The pay, in the band's currency.</param>
    /// <returns><see langword="true"/> when minimum ≤ pay ≤ maximum.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> is in another currency.</exception>
    public bool Contains(Money pay) => Minimum <= pay && pay <= Maximum;

    /// <inheritdoc/>
    public bool Equals(SalaryBand? other) =>
        other is not null
        && Minimum == other.Minimum && Midpoint == other.Midpoint && Maximum == other.Maximum
        && Equals(Percentiles, other.Percentiles) && Mean == other.Mean && Provenance == other.Provenance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SalaryBand);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Midpoint, Maximum, Percentiles, Mean, Provenance);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(SalaryBand? left, SalaryBand? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SalaryBand? left, SalaryBand? right) => !(left == right);

    /// <summary>
    /// Describes the band: <c>USD 30,000.00 – 45,000.00 (midpoint 35,000.00)</c>, or for a point
    /// band <c>USD 42,000.00 (median), mean 45,000.00</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var code = Currency.Code;
        var text = IsPoint
            ? $"{Midpoint} (median)"
            : $"{Minimum} – {Number(Maximum)} (midpoint {Number(Midpoint)})";
        return Mean is { } mean ? $"{text}, mean {Number(mean)}" : text;

        string Number(Money money) => money.ToString()[(code.Length + 1)..];
    }

    private static void RequireCurrency(Currency actual, Currency expected, string paramName, string referenceName = "minimum")
    {
        if (!actual.Equals(expected))
            throw new ArgumentException($"Salary band amounts must share one currency: {paramName} is in {actual.Code} but the {referenceName} is in {expected.Code}.", paramName);
    }
}
