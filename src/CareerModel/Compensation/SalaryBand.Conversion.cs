using CareerModel.Monetary;
using NodaTime;
using CareerModel.Internal;

namespace CareerModel.Compensation;

/// <summary>Scaling a band by a factor and converting it to another currency.</summary>
public sealed partial class SalaryBand
{
    /// <summary>
    /// Multiplies every figure of the band (minimum, midpoint, maximum, percentiles, mean) by a
    /// factor, such as a location factor of 0.85.
    /// </summary>
    /// <param name="factor">The factor; greater than zero.</param>
    /// <param name="rounding">How to round each figure; none by default.</param>
    /// <returns>The scaled band, with the same provenance.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not greater than zero.</exception>
    public SalaryBand Scale(decimal factor, RoundingPolicy? rounding = null)
    {
        if (factor <= 0)
            throw InvariantArgument.OutOfRange(nameof(factor), factor, $"A band can be scaled only by a factor greater than zero, not {Internal.Check.Format(factor)}.");
        var policy = rounding ?? RoundingPolicy.None;
        return Map(m => policy.Round(m * factor));
    }

    /// <summary>
    /// Converts every figure of the band to another currency at the exchange rate as of a date.
    /// </summary>
    /// <param name="rates">The dated exchange rates.</param>
    /// <param name="target">The currency to convert to.</param>
    /// <param name="asOf">The date whose rate applies (the latest on or before it).</param>
    /// <param name="rounding">How to round each converted figure; none by default.</param>
    /// <returns>The band in <paramref name="target"/>, with the same provenance.</returns>
    /// <exception cref="ExchangeRateNotFoundException">No rate converts the band's currency to <paramref name="target"/> as of <paramref name="asOf"/>.</exception>
    public SalaryBand Convert(ExchangeRateTable rates, Currency target, LocalDate asOf, RoundingPolicy? rounding = null)
    {
        ArgumentNullException.ThrowIfNull(rates);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Equals(Currency) && rounding is null)
            return this;
        var policy = rounding ?? RoundingPolicy.None;
        return Map(m => policy.Round(rates.Convert(m, target, asOf)));
    }

    /// <summary>Applies a monotone map to every figure, rebuilding (and so re-validating) the band.</summary>
    internal SalaryBand Map(Func<Money, Money> map)
    {
        var percentiles = Percentiles is null
            ? null
            : new PayPercentiles(Apply(Percentiles.P10), Apply(Percentiles.P25), Apply(Percentiles.P50), Apply(Percentiles.P75), Apply(Percentiles.P90));
        return new SalaryBand(map(Minimum), map(Midpoint), map(Maximum), percentiles, Apply(Mean)).WithProvenance(Provenance);

        Money? Apply(Money? value) => value is { } m ? map(m) : null;
    }
}
