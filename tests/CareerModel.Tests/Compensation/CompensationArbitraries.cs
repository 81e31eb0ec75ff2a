using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Tests.Monetary;
using FsCheck;
using FsCheck.Fluent;

namespace CareerModel.Tests.Compensation;

/// <summary>
/// Bounded generators (with shrinkers) for pay periods, work schedules, pay rates, percentiles
/// and salary bands. Amounts come from <see cref="MoneyArbitraries"/>, so they stay within ±10^9.
/// Every generated value is valid: it is built through the public factories, never by reflection.
/// </summary>
public static class CompensationArbitraries
{
    public static IReadOnlyList<PayPeriod> Periods { get; } = Enum.GetValues<PayPeriod>();

    public static Gen<PayPeriod> PeriodGen { get; } = Gen.Elements(Periods.ToArray());

    /// <summary>Standard often; otherwise 0.1–168 hours a week and 0.1–53 weeks a year, in tenths.</summary>
    public static Gen<WorkSchedule> ScheduleGen { get; } = Gen.Frequency(
        (1, Gen.Constant(WorkSchedule.Standard)),
        (1, Gen.Elements(new WorkSchedule(37.5m, 52m), new WorkSchedule(20m, 46m), new WorkSchedule(168m, 53m))),
        (3, from hours in Gen.Choose(1, 1680)
            from weeks in Gen.Choose(1, 530)
            select new WorkSchedule(hours / 10m, weeks / 10m)));

    /// <summary>A non-negative rate in whole minor units (cents, yen), as real rates are quoted.</summary>
    public static Gen<PayRate> PayRateGen { get; } =
        from currency in MoneyArbitraries.CurrencyGen
        from amount in MoneyArbitraries.NonNegativeAmountGen
        from period in PeriodGen
        select new PayRate(new Money(Math.Round(amount, currency.MinorUnits, MidpointRounding.ToZero), currency), period);

    public static Gen<PayPercentiles> PercentilesGen { get; } =
        from currency in MoneyArbitraries.CurrencyGen
        from present in Gen.ArrayOf(Gen.Elements(false, true), 5).Where(p => p.Any(x => x))
        from values in Gen.ArrayOf(MoneyArbitraries.NonNegativeAmountGen, 5)
        select Percentiles(currency, present, values.Order().ToArray());

    /// <summary>Bands made by each factory: Create (with or without percentiles and mean), FromRange and FromMedian.</summary>
    public static Gen<SalaryBand> SalaryBandGen { get; } =
        from currency in MoneyArbitraries.CurrencyGen
        from min in MoneyArbitraries.NonNegativeAmountGen
        from width in Gen.Frequency((1, Gen.Constant(0m)), (4, MoneyArbitraries.NonNegativeAmountGen))
        from midPercent in Gen.Choose(0, 100)
        from factory in Gen.Choose(0, 3)
        from percentiles in Gen.Frequency((1, Gen.Constant<PayPercentiles?>(null)), (1, PercentilesGen.Select(p => (PayPercentiles?)p)))
        from mean in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (1, MoneyArbitraries.NonNegativeAmountGen.Select(m => (decimal?)m)))
        select Band(currency, min, width, midPercent, factory, percentiles, mean);

    public static Arbitrary<PayPeriod> PayPeriodArb() => Arb.From(PeriodGen, ShrinkPeriod);

    public static Arbitrary<WorkSchedule> WorkScheduleArb() => Arb.From(ScheduleGen, ShrinkSchedule);

    public static Arbitrary<PayRate> PayRateArb() => Arb.From(PayRateGen, ShrinkPayRate);

    public static Arbitrary<PayPercentiles> PayPercentilesArb() => Arb.From(PercentilesGen, ShrinkPercentiles);

    public static Arbitrary<SalaryBand> SalaryBandArb() => Arb.From(SalaryBandGen, ShrinkBand);

    public static IEnumerable<PayPeriod> ShrinkPeriod(PayPeriod period) =>
        period == PayPeriod.Hourly ? [] : [PayPeriod.Hourly];

    /// <summary>Simpler schedules: the standard one, then whole hours and weeks.</summary>
    public static IEnumerable<WorkSchedule> ShrinkSchedule(WorkSchedule schedule)
    {
        if (schedule.Equals(WorkSchedule.Standard))
            yield break;
        yield return WorkSchedule.Standard;
        var whole = new WorkSchedule(Math.Ceiling(schedule.HoursPerWeek), Math.Ceiling(schedule.WeeksPerYear));
        if (!whole.Equals(schedule))
            yield return whole;
    }

    public static IEnumerable<PayRate> ShrinkPayRate(PayRate rate)
    {
        foreach (var period in ShrinkPeriod(rate.Period))
            yield return new PayRate(rate.Amount, period);
        foreach (var money in MoneyArbitraries.ShrinkMoney(rate.Amount))
        {
            if (!money.IsNegative && money.RoundToMinorUnits() == money)
                yield return new PayRate(money, rate.Period);
        }
    }

    /// <summary>Simpler percentiles: in USD, with one fewer known point, or with every value halved.</summary>
    public static IEnumerable<PayPercentiles> ShrinkPercentiles(PayPercentiles percentiles)
    {
        var known = percentiles.Known;
        if (percentiles.Currency != Currency.USD)
            yield return Rebuild(percentiles, m => new Money(m.Amount, Currency.USD));
        if (known.Count > 1)
        {
            foreach (var drop in known)
                yield return Rebuild(percentiles, m => m, drop.Key);
        }
        if (known.Any(p => !p.Value.IsZero))
            yield return Rebuild(percentiles, Halve);
    }

    /// <summary>
    /// Simpler bands: without percentiles or mean, in USD, moved down to a minimum of zero, as a
    /// point, or with every amount halved. Each candidate has a smaller maximum or fewer parts,
    /// so shrinking ends.
    /// </summary>
    public static IEnumerable<SalaryBand> ShrinkBand(SalaryBand band)
    {
        var (min, mid, max, percentiles, mean) = (band.Minimum, band.Midpoint, band.Maximum, band.Percentiles, band.Mean);
        if (percentiles is not null)
            yield return new SalaryBand(min, mid, max, null, mean);
        if (mean is not null)
            yield return new SalaryBand(min, mid, max, percentiles, null);
        if (band.Currency != Currency.USD)
        {
            static Money Usd(Money m) => new(m.Amount, Currency.USD);
            yield return new SalaryBand(Usd(min), Usd(mid), Usd(max), percentiles is null ? null : Rebuild(percentiles, Usd), mean is { } m ? Usd(m) : null);
        }
        if (!min.IsZero)
            yield return new SalaryBand(Money.Zero(band.Currency), mid - min, max - min, percentiles, mean);
        if (!band.IsPoint)
            yield return new SalaryBand(min, min, min, percentiles, mean);
        if (!max.IsZero)
            yield return new SalaryBand(Halve(min), Halve(mid), Halve(max), percentiles, mean);
    }

    private static PayPercentiles Percentiles(Currency currency, bool[] present, decimal[] ascending)
    {
        Money? At(int i) => present[i] ? new Money(ascending[i], currency) : null;
        return new PayPercentiles(At(0), At(1), At(2), At(3), At(4));
    }

    private static SalaryBand Band(Currency currency, decimal min, decimal width, int midPercent, int factory, PayPercentiles? percentiles, decimal? mean)
    {
        var minimum = new Money(min, currency);
        var maximum = new Money(min + width, currency);
        var midpoint = new Money(min + (width * midPercent / 100m), currency);
        var inCurrency = percentiles is null ? null : Rebuild(percentiles, m => new Money(m.Amount, currency));
        Money? meanMoney = mean is { } m ? new Money(m, currency) : null;
        return factory switch
        {
            0 => new SalaryBand(minimum, midpoint, maximum),
            1 => new SalaryBand(minimum, midpoint, maximum, inCurrency, meanMoney),
            2 => SalaryBand.FromRange(minimum, maximum),
            _ => SalaryBand.FromMedian(minimum, meanMoney),
        };
    }

    /// <summary>Halves an amount, truncated to 6 decimals: monotonic, so it keeps any order.</summary>
    private static Money Halve(Money money) =>
        new(Math.Round(money.Amount / 2m, MoneyArbitraries.MaxScale, MidpointRounding.ToZero), money.Currency);

    private static PayPercentiles Rebuild(PayPercentiles percentiles, Func<Money, Money> map, int? drop = null)
    {
        Money? Map(int key, Money? value) => key == drop || value is null ? null : map(value.Value);
        return new PayPercentiles(
            Map(10, percentiles.P10), Map(25, percentiles.P25), Map(50, percentiles.P50), Map(75, percentiles.P75), Map(90, percentiles.P90));
    }
}
