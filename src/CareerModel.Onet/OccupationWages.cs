using CareerModel.Compensation;
using CareerModel.Internal;
using CareerModel.Onet.Internal;

namespace CareerModel.Onet;

/// <summary>
/// The OEWS wages joined to one O*NET-SOC occupation: which OEWS row they come from, its
/// employment, and the annual and hourly figures as published (exact, top-coded or suppressed).
/// </summary>
public sealed class OccupationWages : IEquatable<OccupationWages>
{
    /// <summary>Creates the wages of an occupation.</summary>
    /// <param name="occupationCode">The O*NET-SOC code, such as <c>43-4051.00</c>.</param>
    /// <param name="socCode">The OEWS occupation code the figures come from, such as <c>43-4051</c>; a broad or OEWS-specific code when the detailed one is not published.</param>
    /// <param name="socTitle">The OEWS occupation title.</param>
    /// <param name="employment">The estimated employment, if published; not negative.</param>
    /// <param name="annual">The annual wages.</param>
    /// <param name="hourly">The hourly wages.</param>
    /// <exception cref="ArgumentException">A code or the title is blank, or employment is negative.</exception>
    public OccupationWages(string occupationCode, string socCode, string socTitle, long? employment, WageDistribution annual, WageDistribution hourly)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(occupationCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(socCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(socTitle);
        ArgumentNullException.ThrowIfNull(annual);
        ArgumentNullException.ThrowIfNull(hourly);
        if (employment < 0)
            throw InvariantArgument.OutOfRange(nameof(employment), employment, $"employment {employment} must not be negative.");
        OccupationCode = occupationCode.Trim();
        SocCode = socCode.Trim();
        SocTitle = socTitle.Trim();
        Employment = employment;
        Annual = annual;
        Hourly = hourly;
    }

    /// <summary>Gets the O*NET-SOC code.</summary>
    public string OccupationCode { get; }

    /// <summary>Gets the OEWS occupation code the figures come from.</summary>
    public string SocCode { get; }

    /// <summary>Gets the OEWS occupation title.</summary>
    public string SocTitle { get; }

    /// <summary>Gets the estimated employment (excluding the self-employed), or <see langword="null"/> when not published.</summary>
    public long? Employment { get; }

    /// <summary>Gets the annual wages.</summary>
    public WageDistribution Annual { get; }

    /// <summary>Gets the hourly wages.</summary>
    public WageDistribution Hourly { get; }

    /// <summary>Gets the annual median, or <see cref="WageFigure.Suppressed"/>: a shortcut for <c>Annual.Median</c>.</summary>
    public WageFigure AnnualMedian => Annual.Median;

    /// <inheritdoc/>
    public bool Equals(OccupationWages? other) =>
        other is not null && OccupationCode == other.OccupationCode && SocCode == other.SocCode && SocTitle == other.SocTitle
        && Employment == other.Employment && Annual.Equals(other.Annual) && Hourly.Equals(other.Hourly);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as OccupationWages);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(OccupationCode, SocCode, Employment, Annual, Hourly);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(OccupationWages? left, OccupationWages? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(OccupationWages? left, OccupationWages? right) => !(left == right);

    /// <summary>Describes the wages, such as <c>43-4051.00 (OEWS 43-4051 Customer Service Representatives): annual median USD 42,830.00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{OccupationCode} (OEWS {SocCode} {SocTitle}): annual median {Annual.Median}, hourly median {Hourly.Median}";
}
