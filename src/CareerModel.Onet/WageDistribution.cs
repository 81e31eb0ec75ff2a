using CareerModel.Compensation;

namespace CareerModel.Onet;

/// <summary>
/// One occupation's published wages for one pay period (a year or an hour), as BLS OEWS prints
/// them: the mean and the 10th, 25th, 50th, 75th and 90th percentiles, each exact, top-coded or
/// not published.
/// </summary>
/// <remarks>
/// A top-coded figure (<c>#</c> in OEWS) stays a <see cref="WageFigure"/> lower bound and a
/// figure marked <c>*</c> stays suppressed: neither is ever turned into a number.
/// </remarks>
public sealed class WageDistribution : IEquatable<WageDistribution>
{
    /// <summary>Creates a distribution.</summary>
    /// <param name="mean">The mean wage.</param>
    /// <param name="p10">The 10th percentile.</param>
    /// <param name="p25">The 25th percentile.</param>
    /// <param name="median">The median (50th percentile).</param>
    /// <param name="p75">The 75th percentile.</param>
    /// <param name="p90">The 90th percentile.</param>
    public WageDistribution(WageFigure mean, WageFigure p10, WageFigure p25, WageFigure median, WageFigure p75, WageFigure p90)
    {
        Mean = mean;
        P10 = p10;
        P25 = p25;
        Median = median;
        P75 = p75;
        P90 = p90;
    }

    /// <summary>Gets a distribution with every figure suppressed.</summary>
    public static WageDistribution None { get; } = new(default, default, default, default, default, default);

    /// <summary>Gets the mean wage.</summary>
    public WageFigure Mean { get; }

    /// <summary>Gets the 10th percentile.</summary>
    public WageFigure P10 { get; }

    /// <summary>Gets the 25th percentile.</summary>
    public WageFigure P25 { get; }

    /// <summary>Gets the median.</summary>
    public WageFigure Median { get; }

    /// <summary>Gets the 75th percentile.</summary>
    public WageFigure P75 { get; }

    /// <summary>Gets the 90th percentile.</summary>
    public WageFigure P90 { get; }

    /// <summary>Gets a value indicating whether every figure is suppressed.</summary>
    public bool IsEmpty =>
        Mean.Status == WageFigureStatus.Suppressed && P10.Status == WageFigureStatus.Suppressed && P25.Status == WageFigureStatus.Suppressed
        && Median.Status == WageFigureStatus.Suppressed && P75.Status == WageFigureStatus.Suppressed && P90.Status == WageFigureStatus.Suppressed;

    /// <inheritdoc/>
    public bool Equals(WageDistribution? other) =>
        other is not null && Mean == other.Mean && P10 == other.P10 && P25 == other.P25
        && Median == other.Median && P75 == other.P75 && P90 == other.P90;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WageDistribution);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Mean, P10, P25, Median, P75, P90);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(WageDistribution? left, WageDistribution? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WageDistribution? left, WageDistribution? right) => !(left == right);

    /// <summary>
    /// Lists the figures, such as <c>p10 USD 31,250.00, p25 …, median …, p75 …, p90 ≥ USD 239,200.00 (top-coded), mean …</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"p10 {P10}, p25 {P25}, median {Median}, p75 {P75}, p90 {P90}, mean {Mean}";
}
