using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Location;
using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareerModel.Tests.Compensation.Location;

public class RegionalPayProperties
{
    [Property(MaxTest = 200)]
    public Property A_factor_of_one_is_identity(PositiveInt min, PositiveInt width)
    {
        var band = SalaryBand.FromRange(new Money(min.Get, Currency.USD), new Money(min.Get + width.Get, Currency.USD));
        var regions = BuiltInCatalogs.CustomerService.Regions;
        var factors = LocationFactors.Create(regions, "north-america", [new LocationFactor("CA", 1m)]);
        var pay = RegionalPay.Create(regions, PayPolicy.BenchmarkTimesFactor(factors));

        var us = pay.BandFor(new Dictionary<string, SalaryBand> { ["north-america"] = band }, "US", new LocalDate(2025, 1, 1));

        return (us.Band == band && band.Scale(1m) == band).Label($"{band} became {us.Band}");
    }

    [Property(MaxTest = 200)]
    public Property Scaling_keeps_the_band_ordered_and_scales_every_figure(PositiveInt min, PositiveInt width, byte percent)
    {
        var factor = (1 + percent) / 100m;
        var band = SalaryBand.FromRange(new Money(min.Get, Currency.USD), new Money(min.Get + width.Get, Currency.USD));

        var scaled = band.Scale(factor, RoundingPolicy.ToMinorUnits());

        return (scaled.Minimum <= scaled.Midpoint && scaled.Midpoint <= scaled.Maximum
                && scaled.Minimum == (band.Minimum * factor).RoundToMinorUnits()
                && scaled.Maximum == (band.Maximum * factor).RoundToMinorUnits())
            .Label($"{band} × {factor} = {scaled}");
    }
}
