using System.Globalization;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// The distribution of one group's compa-ratios, pay ÷ the midpoint of the employee's band
/// (1 at the midpoint, 0.95 five percent below it): count, minimum, quartiles, maximum and mean.
/// </summary>
/// <remarks>
/// <para>
/// Employees whose band has a zero midpoint have no compa-ratio; they are not counted here but
/// listed in <see cref="PayEquityReport.CompaRatioExclusions"/>.
/// </para>
/// <para>
/// The quartiles and the median interpolate linearly between closest ranks, as Excel's
/// QUARTILE.INC and R's default (type 7) do: over the n ascending ratios x₀ … xₙ₋₁ the p-quantile is
/// x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) with h = (n − 1)·p. Values are unrounded.
/// Two distributions are equal when every property is equal.
/// </para>
/// </remarks>
public sealed class CompaRatioDistribution
{
    internal CompaRatioDistribution(string group, decimal[] sorted)
    {
        Group = group;
        Count = sorted.Length;
        Minimum = sorted[0];
        LowerQuartile = EquityMath.Quantile(sorted, 0.25m);
        Median = EquityMath.Quantile(sorted, 0.5m);
        UpperQuartile = EquityMath.Quantile(sorted, 0.75m);
        Maximum = sorted[^1];
        var sum = 0m;
        foreach (var ratio in sorted)
            sum += ratio;
        Mean = sum / sorted.Length;
    }

    /// <summary>Gets the group, such as <c>F</c>.</summary>
    public string Group { get; }

    /// <summary>Gets the number of the group's employees with a compa-ratio; at least one.</summary>
    public int Count { get; }

    /// <summary>Gets the lowest compa-ratio.</summary>
    public decimal Minimum { get; }

    /// <summary>Gets the lower quartile (25th percentile) of the compa-ratios.</summary>
    public decimal LowerQuartile { get; }

    /// <summary>Gets the median (50th percentile) of the compa-ratios.</summary>
    public decimal Median { get; }

    /// <summary>Gets the upper quartile (75th percentile) of the compa-ratios.</summary>
    public decimal UpperQuartile { get; }

    /// <summary>Gets the highest compa-ratio.</summary>
    public decimal Maximum { get; }

    /// <summary>Gets the mean compa-ratio.</summary>
    public decimal Mean { get; }

    /// <summary>
    /// Describes the distribution: <c>F: n 3, min 0.95, Q1 0.95, median 0.95, Q3 0.975, max 1.0, mean 0.967</c>;
    /// ratios are rounded to three decimals for display only.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Group}: n {Count}, min {EquityMath.Ratio(Minimum)}, Q1 {EquityMath.Ratio(LowerQuartile)}, median {EquityMath.Ratio(Median)}, "
            + $"Q3 {EquityMath.Ratio(UpperQuartile)}, max {EquityMath.Ratio(Maximum)}, mean {EquityMath.Ratio(Mean)}");
}
