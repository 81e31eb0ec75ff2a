using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation;

/// <summary>Band math: spreads, compa-ratio, range penetration and percentile estimates.</summary>
public sealed partial class SalaryBand
{
    /// <summary>The greatest spread accepted when building a band: 1000%, far past any real structure.</summary>
    public const decimal MaxSpread = 10m;

    /// <summary>
    /// Builds a band around a midpoint from a spread in the named convention, with the midpoint
    /// half-way between minimum and maximum.
    /// </summary>
    /// <param name="midpoint">The midpoint; greater than zero.</param>
    /// <param name="spread">The spread as a fraction (0.5 for 50%); from 0 to <see cref="MaxSpread"/>, and below 1 for <see cref="SpreadConvention.AroundMidpoint"/>.</param>
    /// <param name="convention">How <paramref name="spread"/> is expressed.</param>
    /// <returns>
    /// The band: for <see cref="SpreadConvention.OverMinimum"/> min = 2·mid / (2 + s) and
    /// max = min·(1 + s); for <see cref="SpreadConvention.AroundMidpoint"/> mid·(1 ∓ s).
    /// Around the midpoint the amounts are exact (or the call throws <see cref="ArithmeticException"/>,
    /// as <see cref="Money"/> does); over the minimum they start from a quotient and are kept to
    /// decimal's 28 significant digits. Round them with a <see cref="RoundingPolicy"/> if wanted.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The midpoint is not positive, or the spread is out of range.</exception>
    public static SalaryBand FromMidpoint(Money midpoint, decimal spread, SpreadConvention convention)
    {
        if (midpoint.Amount <= 0)
            throw InvariantArgument.OutOfRange(nameof(midpoint), midpoint, $"A band's midpoint {midpoint} must be greater than zero to build it from a spread.");
        var limit = convention == SpreadConvention.AroundMidpoint ? 1m : MaxSpread;
        if (spread < 0 || spread > limit || (convention == SpreadConvention.AroundMidpoint && spread == 1m))
            throw InvariantArgument.OutOfRange(nameof(spread), spread, $"Spread {Check.Format(spread)} must be from 0 to {(convention == SpreadConvention.AroundMidpoint ? "below 1 (± 100% would reach zero pay)" : Check.Format(MaxSpread))} in the {convention} convention.");
        return Check.Defined(convention, nameof(convention)) switch
        {
            SpreadConvention.OverMinimum => FromMinimumAndSpread(midpoint * 2m / (2m + spread), spread),
            _ => new SalaryBand(midpoint * (1m - spread), midpoint, midpoint * (1m + spread)),
        };

        // The minimum is a quotient, already cut to decimal's digits: its product is too.
        static SalaryBand FromMinimumAndSpread(Money minimum, decimal spread) =>
            FromRange(minimum, new Money(minimum.Amount * (1m + spread), minimum.Currency));
    }

    /// <summary>Gets the band's spread in the named convention.</summary>
    /// <param name="convention">The convention.</param>
    /// <returns>The spread as a fraction: (max − min) / min, or (max − min) / (2 × mid).</returns>
    /// <exception cref="InvalidOperationException">The denominator is zero (a band whose minimum or midpoint is zero).</exception>
    public decimal Spread(SpreadConvention convention)
    {
        var width = Width.Amount;
        return Check.Defined(convention, nameof(convention)) switch
        {
            SpreadConvention.OverMinimum => Minimum.IsZero
                ? throw new InvalidOperationException($"The spread over the minimum is undefined for the band {this}, whose minimum is zero.")
                : width / Minimum.Amount,
            _ => Midpoint.IsZero
                ? throw new InvalidOperationException($"The spread around the midpoint is undefined for the band {this}, whose midpoint is zero.")
                : width / (2m * Midpoint.Amount),
        };
    }

    /// <summary>Gets the compa-ratio of a pay: pay ÷ midpoint (1 at the midpoint, 0.9 ten percent below).</summary>
    /// <param name="pay">Annual pay in the band's currency.</param>
    /// <returns>The compa-ratio.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> is in another currency.</exception>
    /// <exception cref="InvalidOperationException">The band's midpoint is zero.</exception>
    public decimal CompaRatio(Money pay)
    {
        if (Midpoint.IsZero && pay.Currency.Equals(Currency))
            throw new InvalidOperationException($"The compa-ratio of {pay} is undefined for the band {this}, whose midpoint is zero.");
        return pay.RatioTo(Midpoint);
    }

    /// <summary>
    /// Gets how far a pay has moved through the band: (pay − min) ÷ (max − min), 0 at the
    /// minimum and 1 at the maximum (below 0 or above 1 outside the band).
    /// </summary>
    /// <param name="pay">Annual pay in the band's currency.</param>
    /// <returns>The range penetration.</returns>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> is in another currency.</exception>
    /// <exception cref="InvalidOperationException">The band has zero width (a point band, such as a published median).</exception>
    public decimal RangePenetration(Money pay)
    {
        var offset = pay - Minimum;
        if (IsPoint)
            throw new InvalidOperationException($"Range penetration of {pay} is undefined for the band {this}, which has zero width (minimum = maximum).");
        return offset.RatioTo(Width);
    }

    /// <summary>
    /// Estimates the pay at any percentile from the known points of the band by piecewise-linear
    /// interpolation, clamped to the band's minimum and maximum; monotone: a higher percentile
    /// never gets a lower estimate.
    /// </summary>
    /// <param name="percentile">The percentile, from 0 to 100.</param>
    /// <returns>The estimated annual pay, unrounded, within the band.</returns>
    /// <remarks>
    /// The known points are the band's percentiles when it has any, otherwise its minimum (p0),
    /// midpoint (p50) and maximum (p100). With percentiles, the minimum and maximum join as p0 and
    /// p100 when they lie beyond the outermost percentiles; below the lowest or above the highest
    /// known point the estimate is that point's value (no extrapolation). To let market percentiles
    /// that lie outside the band carry the estimate there, use <see cref="EstimateMarketPercentile"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside 0–100.</exception>
    public Money EstimatePercentile(double percentile) =>
        Money.Max(Minimum, Money.Min(Maximum, EstimateMarketPercentile(percentile)));

    /// <summary>
    /// Estimates the market pay at any percentile from the known points of the band, as
    /// <see cref="EstimatePercentile"/> does but not clamped to the band: a market percentile below
    /// the minimum or above the maximum carries the estimate outside the band.
    /// </summary>
    /// <param name="percentile">The percentile, from 0 to 100.</param>
    /// <returns>The estimated annual pay, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percentile"/> is outside 0–100.</exception>
    public Money EstimateMarketPercentile(double percentile)
    {
        Check.FiniteInRange(percentile, 0, 100, nameof(percentile));
        var points = KnownPoints();
        var p = (decimal)percentile;
        if (p <= points[0].Percentile)
            return points[0].Value;
        if (p >= points[^1].Percentile)
            return points[^1].Value;
        var upper = 1;
        while (points[upper].Percentile < p)
            upper++;
        var (p0, v0) = points[upper - 1];
        var (p1, v1) = points[upper];
        return v0 + ((v1 - v0) * ((p - p0) / (p1 - p0)));
    }

    private (decimal Percentile, Money Value)[] KnownPoints()
    {
        if (Percentiles is null)
            return IsPoint ? [(50m, Midpoint)] : [(0m, Minimum), (50m, Midpoint), (100m, Maximum)];
        var known = Percentiles.Known.Select(k => ((decimal)k.Key, k.Value)).ToList();
        if (!IsPoint && Minimum < known[0].Item2)
            known.Insert(0, (0m, Minimum));
        if (!IsPoint && Maximum > known[^1].Item2)
            known.Add((100m, Maximum));
        return [.. known];
    }
}
