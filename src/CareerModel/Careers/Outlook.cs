using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Careers;

/// <summary>
/// The job market's outlook for a role: projected employment growth, openings a year, the
/// industries that employ most, and the occupation's median pay when published.
/// </summary>
public sealed class Outlook : IEquatable<Outlook>
{
    /// <summary>Creates an outlook.</summary>
    /// <param name="growthRate">Projected employment growth as a signed fraction over the projection period: 0.05 for 5%, −0.02 for a 2% decline; above −1.</param>
    /// <param name="annualOpenings">Projected openings a year, if published; not negative.</param>
    /// <param name="topIndustries">The industries that employ most, in the published order.</param>
    /// <param name="medianPay">The occupation's published median annual pay, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException">The growth rate is −100% or lower, or openings or median pay are negative.</exception>
    /// <exception cref="ArgumentException">An industry name is blank.</exception>
    /// <param name="provenance">Where the figures come from, if recorded.</param>
    public Outlook(decimal growthRate, int? annualOpenings = null, IEnumerable<string>? topIndustries = null, Money? medianPay = null, Provenance? provenance = null)
    {
        Provenance = provenance;
        if (growthRate <= -1m)
            throw InvariantArgument.OutOfRange(nameof(growthRate), growthRate, $"Growth rate {Check.Format(growthRate)} must be above -1 (a fall of 100%).");
        if (annualOpenings < 0)
            throw InvariantArgument.OutOfRange(nameof(annualOpenings), annualOpenings, $"Annual openings {annualOpenings} must not be negative.");
        if (medianPay is { IsNegative: true } pay)
            throw InvariantArgument.OutOfRange(nameof(medianPay), pay, $"Median pay {pay} must not be negative.");
        GrowthRate = growthRate;
        AnnualOpenings = annualOpenings;
        TopIndustries = ReadOnly.Copy(topIndustries?.Select((s, i) => Check.NotBlank(s, $"topIndustries[{i}]")), nameof(topIndustries));
        MedianPay = medianPay;
    }

    /// <summary>Gets the projected employment growth as a signed fraction (0.05 is 5%).</summary>
    public decimal GrowthRate { get; }

    /// <summary>Gets the projected openings a year, or <see langword="null"/> when not published.</summary>
    public int? AnnualOpenings { get; }

    /// <summary>Gets the industries that employ most.</summary>
    public IReadOnlyList<string> TopIndustries { get; }

    /// <summary>Gets the occupation's published median annual pay, or <see langword="null"/>.</summary>
    public Money? MedianPay { get; }

    /// <summary>Gets where the figures come from, or <see langword="null"/>.</summary>
    public Provenance? Provenance { get; }

    /// <inheritdoc/>
    public bool Equals(Outlook? other) =>
        other is not null && GrowthRate == other.GrowthRate && AnnualOpenings == other.AnnualOpenings
        && ReadOnly.SequenceEqual(TopIndustries, other.TopIndustries) && MedianPay == other.MedianPay && Provenance == other.Provenance;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Outlook);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(GrowthRate, AnnualOpenings, ReadOnly.SequenceHash(TopIndustries), MedianPay);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Outlook? left, Outlook? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Outlook? left, Outlook? right) => !(left == right);

    /// <summary>Describes the outlook, such as <c>growth +5%, 340,000 openings a year</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = "growth " + GrowthRate.ToString("+0.##%;-0.##%;0%", System.Globalization.CultureInfo.InvariantCulture);
        if (AnnualOpenings is { } openings)
            text += ", " + openings.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " openings a year";
        if (MedianPay is { } median)
            text += $", median pay {median}";
        return text;
    }
}
