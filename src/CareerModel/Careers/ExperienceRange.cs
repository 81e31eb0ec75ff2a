using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Careers;

/// <summary>
/// The typical total experience for a role, in whole years and months: "5–8 years", or open-ended
/// "18+ years".
/// </summary>
/// <remarks>Periods are normalised (18 months becomes 1 year 6 months), so equal spans are equal.</remarks>
public sealed class ExperienceRange : IEquatable<ExperienceRange>
{
    /// <summary>Creates a range.</summary>
    /// <param name="minimum">The least typical experience, in years and months.</param>
    /// <param name="maximum">The most typical experience, or <see langword="null"/> for open-ended; not below the minimum.</param>
    /// <exception cref="ArgumentException">A period has weeks, days or time, or the maximum is below the minimum.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period is negative or longer than 100 years.</exception>
    public ExperienceRange(Period minimum, Period? maximum = null)
    {
        Minimum = Periods.CareerSpan(minimum, nameof(minimum));
        if (maximum is not null)
        {
            Maximum = Periods.CareerSpan(maximum, nameof(maximum));
            if (Periods.TotalMonths(Maximum) < Periods.TotalMonths(Minimum))
                throw new ArgumentException($"Experience maximum {Maximum} must not be below the minimum {Minimum}.", nameof(maximum));
        }
    }

    /// <summary>Gets the least typical experience.</summary>
    public Period Minimum { get; }

    /// <summary>Gets the most typical experience, or <see langword="null"/> when the range is open-ended.</summary>
    public Period? Maximum { get; }

    /// <summary>Creates a range in whole years, such as <c>Years(5, 8)</c> or <c>Years(18)</c> for "18+ years".</summary>
    /// <param name="minimum">The least typical years.</param>
    /// <param name="maximum">The most typical years, or <see langword="null"/> for open-ended.</param>
    /// <returns>The range.</returns>
    public static ExperienceRange Years(int minimum, int? maximum = null) =>
        new(Period.FromYears(minimum), maximum is { } max ? Period.FromYears(max) : null);

    /// <summary>Tests whether an amount of experience lies in the range, ends included.</summary>
    /// <param name="experience">Experience in years and months.</param>
    /// <returns><see langword="true"/> when minimum ≤ experience ≤ maximum.</returns>
    public bool Contains(Period experience)
    {
        var months = Periods.TotalMonths(Periods.YearsAndMonths(experience, nameof(experience)));
        return months >= Periods.TotalMonths(Minimum) && (Maximum is null || months <= Periods.TotalMonths(Maximum));
    }

    /// <inheritdoc/>
    public bool Equals(ExperienceRange? other) => other is not null && Minimum.Equals(other.Minimum) && Equals(Maximum, other.Maximum);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExperienceRange);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ExperienceRange? left, ExperienceRange? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExperienceRange? left, ExperienceRange? right) => !(left == right);

    /// <summary>Describes the range, such as <c>5–8 years</c> or <c>18+ years</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        if (Maximum is null)
            return Periods.Describe(Minimum).Replace(" year", "+ year", StringComparison.Ordinal).Replace(" month", "+ month", StringComparison.Ordinal);
        var min = Periods.TotalMonths(Minimum);
        var max = Periods.TotalMonths(Maximum);
        if (min == max)
            return Periods.Describe(Minimum);
        if (min % 12 == 0 && max % 12 == 0)
            return max == 12 ? $"{min / 12}–1 year" : $"{min / 12}–{max / 12} years";
        return $"{Periods.Describe(Minimum)} – {Periods.Describe(Maximum)}";
    }
}
