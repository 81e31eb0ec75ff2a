using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Tests.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation;

[Properties(Arbitrary = [typeof(MoneyArbitraries), typeof(CompensationArbitraries)], MaxTest = 300)]
public class SalaryBandProperties
{
    [Property]
    public Property Every_band_is_ordered_minimum_midpoint_maximum(SalaryBand band) =>
        (band.Minimum <= band.Midpoint).Label("min <= mid")
            .And((band.Midpoint <= band.Maximum).Label("mid <= max"))
            .And((!band.Minimum.IsNegative).Label("min >= 0"));

    [Property]
    public Property Width_is_never_negative_and_is_zero_exactly_for_a_point(SalaryBand band) =>
        (!band.Width.IsNegative).Label("width >= 0")
            .And((band.IsPoint == band.Width.IsZero).Label("IsPoint"))
            .And((band.Width == band.Maximum - band.Minimum).Label("width = max - min"));

    [Property]
    public Property Every_amount_of_a_band_is_in_its_currency(SalaryBand band) =>
        (band.Minimum.Currency == band.Currency && band.Maximum.Currency == band.Currency).Label("ends")
            .And((band.Mean is not { } mean || mean.Currency == band.Currency).Label("mean"))
            .And((band.Percentiles is null || band.Percentiles.Known.All(p => p.Value.Currency == band.Currency)).Label("percentiles"));

    [Property]
    public Property FromRange_puts_the_midpoint_exactly_half_way(SalaryBand band)
    {
        var range = SalaryBand.FromRange(band.Minimum, band.Maximum);
        return (range.Midpoint - range.Minimum == range.Maximum - range.Midpoint).Label($"midpoint {range.Midpoint}")
            .And((range.Minimum == band.Minimum && range.Maximum == band.Maximum).Label("ends kept"));
    }

    [Property]
    public bool A_band_contains_its_minimum_midpoint_and_maximum(SalaryBand band) =>
        band.Contains(band.Minimum) && band.Contains(band.Midpoint) && band.Contains(band.Maximum);

    [Property]
    public bool Contains_agrees_with_the_bounds(SalaryBand band, Money pay)
    {
        var inBandCurrency = new Money(pay.Amount, band.Currency);
        return band.Contains(inBandCurrency)
            == (band.Minimum.Amount <= inBandCurrency.Amount && inBandCurrency.Amount <= band.Maximum.Amount);
    }

    [Property]
    public Property Contains_with_pay_in_another_currency_throws(SalaryBand band, Money pay)
    {
        bool Throws()
        {
            try
            {
                band.Contains(pay);
                return false;
            }
            catch (CurrencyMismatchException)
            {
                return true;
            }
        }

        return Throws().When(pay.Currency != band.Currency);
    }

    [Property]
    public Property Swapping_the_ends_of_a_band_that_is_not_a_point_throws(SalaryBand band)
    {
        bool Throws()
        {
            try
            {
                _ = new SalaryBand(band.Maximum, band.Midpoint, band.Minimum);
                return false;
            }
            catch (ArgumentException ex)
            {
                return ex.ParamName == "minimum" && ex.Message.Contains("must not exceed", StringComparison.Ordinal);
            }
        }

        return Throws().When(!band.IsPoint);
    }

    [Property]
    public Property FromMedian_is_a_point_band_whose_percentiles_hold_the_median(Money median)
    {
        var nonNegative = median.Abs();
        var band = SalaryBand.FromMedian(nonNegative);
        return (band.IsPoint && band.Midpoint == nonNegative).Label("point")
            .And((band.Percentiles?.P50 == nonNegative && band.Percentiles.Known.Count == 1).Label("p50"));
    }

    [Property]
    public Property Percentiles_of_a_band_are_listed_in_ascending_order(SalaryBand band)
    {
        var known = band.Percentiles?.Known ?? [];
        var pairs = known.Zip(known.Skip(1)).ToList();
        return pairs.All(p => p.First.Key < p.Second.Key && p.First.Value <= p.Second.Value).ToProperty()
            .Classify(known.Count > 1, "several percentiles");
    }

    [Property]
    public bool Recreating_a_band_from_its_parts_gives_an_equal_band_with_an_equal_hash(SalaryBand band)
    {
        var copy = new SalaryBand(band.Minimum, band.Midpoint, band.Maximum, band.Percentiles, band.Mean);
        return copy.Equals(band) && band.Equals(copy) && copy.GetHashCode() == band.GetHashCode();
    }

    [Property]
    public bool Equals_is_reflexive(SalaryBand band) => band.Equals(band) && band.Equals((object)band);

    [Property]
    public bool Equals_is_symmetric(SalaryBand a, SalaryBand b) => a.Equals(b) == b.Equals(a);

    [Property]
    public bool ToString_of_a_point_says_median_and_of_a_range_says_midpoint(SalaryBand band)
    {
        var text = band.ToString();
        return text.StartsWith(band.Currency.Code + " ", StringComparison.Ordinal)
            && (band.IsPoint ? text.Contains("(median)", StringComparison.Ordinal) : text.Contains("(midpoint ", StringComparison.Ordinal))
            && text.Contains(", mean ", StringComparison.Ordinal) == band.Mean.HasValue;
    }
}
