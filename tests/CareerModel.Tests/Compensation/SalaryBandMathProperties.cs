using CareerModel.Compensation;
using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation;

/// <summary>The invariants of band math, over generated bands.</summary>
[Properties(Arbitrary = [typeof(BandMathArbitraries)], MaxTest = 300)]
public class SalaryBandMathProperties
{
    [Property]
    public bool The_compa_ratio_of_the_midpoint_is_one(PositiveBand band) =>
        band.Value.CompaRatio(band.Value.Midpoint) == 1m;

    [Property]
    public bool Penetration_of_the_minimum_is_zero_and_of_the_maximum_is_one(PositiveBand band) =>
        band.Value.RangePenetration(band.Value.Minimum) == 0m && band.Value.RangePenetration(band.Value.Maximum) == 1m;

    [Property]
    public Property Estimated_percentiles_never_decrease(PositiveBand band, byte a, byte b)
    {
        var low = Math.Min(a, b) * 100.0 / 255;
        var high = Math.Max(a, b) * 100.0 / 255;
        var estimateLow = band.Value.EstimatePercentile(low);
        var estimateHigh = band.Value.EstimatePercentile(high);
        return (estimateLow <= estimateHigh && band.Value.Contains(estimateLow) && band.Value.Contains(estimateHigh))
            .Label($"p{low:0.##} = {estimateLow}, p{high:0.##} = {estimateHigh}");
    }

    [Property]
    public Property A_band_built_from_a_spread_has_that_spread(PositiveBand band, bool overMinimum)
    {
        var convention = overMinimum ? SpreadConvention.OverMinimum : SpreadConvention.AroundMidpoint;
        var spread = Math.Round(band.Value.Spread(convention), 6);
        var buildable = overMinimum ? spread <= SalaryBand.MaxSpread : spread < 1m;
        return Prop.When(buildable, () =>
        {
            var back = SalaryBand.FromMidpoint(band.Value.Midpoint, spread, convention).Spread(convention);
            return (Math.Abs(back - spread) < 1e-20m).Label($"{convention}: {spread} came back as {back}");
        });
    }
}

/// <summary>A band with a positive minimum and non-zero width.</summary>
public sealed record PositiveBand(SalaryBand Value)
{
    public override string ToString() => Value.ToString();
}

public static class BandMathArbitraries
{
    public static Arbitrary<PositiveBand> PositiveBand() =>
        ArbMap.Default.ArbFor<(int, int, int)>().Convert(
            t =>
            {
                var min = 1_000 + Math.Abs(t.Item1 % 200_000);
                var width = 1 + Math.Abs(t.Item2 % 200_000);
                var mid = min + Math.Abs(t.Item3 % (width + 1));
                return new PositiveBand(new SalaryBand(
                    new Money(min, Currency.USD), new Money(mid, Currency.USD), new Money(min + width, Currency.USD)));
            },
            b => ((int)b.Value.Minimum.Amount - 1_000, (int)b.Value.Width.Amount - 1, (int)(b.Value.Midpoint - b.Value.Minimum).Amount));
}
