using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareerModel.Tests.Monetary;

/// <summary>A conversion between two distinct currencies at one rate, of an amount in whole minor units of the source currency.</summary>
public sealed record Conversion(Currency From, Currency To, decimal Rate, long MinorUnits)
{
    public Money Amount => new(MinorUnits / Scale(From), From);

    public ExchangeRateTable Table => ExchangeRateTable.Create([new ExchangeRate(From, To, Rate, ExchangeRateArbitraries.Day0)]);

    public static decimal Scale(Currency currency) => currency.MinorUnits switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1_000m, _ => 10_000m };

    public override string ToString() => $"{Amount} at 1 {From.Code} = {Rate} {To.Code}";
}

/// <summary>A conversion between two currencies that have rates only against the pivot, USD.</summary>
public sealed record PivotConversion(Currency From, Currency To, decimal FromRate, decimal ToRate, long MinorUnits)
{
    public Money Amount => new(MinorUnits / Conversion.Scale(From), From);

    public ExchangeRateTable Table => ExchangeRateTable.Create(
    [
        new ExchangeRate(From, Currency.USD, FromRate, ExchangeRateArbitraries.Day0),
        new ExchangeRate(To, Currency.USD, ToRate, ExchangeRateArbitraries.Day0),
    ], Currency.USD);

    public override string ToString() => $"{Amount} to {To.Code} through USD at 1 {From.Code} = {FromRate} USD, 1 {To.Code} = {ToRate} USD";
}

/// <summary>The rates of one pair on distinct days (day offsets from <see cref="ExchangeRateArbitraries.Day0"/>), and a day to look up.</summary>
public sealed record RateHistory(IReadOnlyList<int> Days, int QueryDay)
{
    /// <summary>Each day's rate is unique, so the rate found tells which day it came from: 1 + day / 1000.</summary>
    public static decimal RateOn(int day) => 1m + (day / 1_000m);

    public ExchangeRateTable Table => ExchangeRateTable.Create(
        Days.Select(d => new ExchangeRate(Currency.EUR, Currency.USD, RateOn(d), ExchangeRateArbitraries.Day0.PlusDays(d))));

    public LocalDate AsOf => ExchangeRateArbitraries.Day0.PlusDays(QueryDay);

    public override string ToString() => $"rates on days [{string.Join(", ", Days)}], looked up on day {QueryDay}";
}

/// <summary>Bounded generators with shrinkers, so a failure is reported as a small counterexample.</summary>
public static class ExchangeRateArbitraries
{
    public static readonly LocalDate Day0 = new(2020, 1, 1);

    private static readonly Currency[] Currencies = [Currency.EUR, Currency.USD, Currency.GBP, Currency.JPY, Currency.INR, Currency.AUD, Currency.CHF];

    private static readonly Currency[] NonPivot = [.. Currencies.Where(c => c != Currency.USD)];

    /// <summary>Rates from 0.000001 to 999,999, with up to six decimals: 1.08, 0.012, 150.37, 0.000085 …</summary>
    private static readonly Gen<decimal> RateGen =
        from mantissa in Gen.Choose(1, 999_999)
        from scale in Gen.Choose(0, 6)
        select mantissa / (decimal)Math.Pow(10, scale);

    /// <summary>Amounts up to ±10 billion minor units, mostly salary-sized.</summary>
    private static readonly Gen<long> UnitsGen = Gen.Frequency(
        (3, Gen.Choose(0, 20_000_000).Select(i => (long)i)),
        (1, Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i)),
        (1, from high in Gen.Choose(0, 100_000) from low in Gen.Choose(0, 99_999) select (high * 100_000L) + low));

    private static IEnumerable<decimal> ShrinkRate(decimal rate)
    {
        if (rate != 1m)
            yield return 1m;
        var whole = decimal.Truncate(rate);
        if (whole >= 1m && whole != rate)
            yield return whole;
        var coarser = decimal.Round(rate, Math.Max(0, rate.Scale - 1));
        if (coarser > 0m && coarser != rate)
            yield return coarser;
    }

    private static IEnumerable<long> ShrinkUnits(long units) => ArbMap.Default.ArbFor<long>().Shrinker(units);

    public static Arbitrary<Conversion> Conversions() => Arb.From(
        from pair in Gen.Elements(Currencies).Two().Where(p => p.Item1 != p.Item2)
        from rate in RateGen
        from units in UnitsGen
        select new Conversion(pair.Item1, pair.Item2, rate, units),
        c => ShrinkUnits(c.MinorUnits).Select(u => c with { MinorUnits = u })
            .Concat(ShrinkRate(c.Rate).Select(r => c with { Rate = r })));

    public static Arbitrary<PivotConversion> PivotConversions() => Arb.From(
        from pair in Gen.Elements(NonPivot).Two().Where(p => p.Item1 != p.Item2)
        from fromRate in RateGen
        from toRate in RateGen
        from units in UnitsGen
        select new PivotConversion(pair.Item1, pair.Item2, fromRate, toRate, units),
        c => ShrinkUnits(c.MinorUnits).Select(u => c with { MinorUnits = u })
            .Concat(ShrinkRate(c.FromRate).Select(r => c with { FromRate = r }))
            .Concat(ShrinkRate(c.ToRate).Select(r => c with { ToRate = r })));

    public static Arbitrary<RateHistory> RateHistories() => Arb.From(
        from days in Gen.SubListOf(Enumerable.Range(0, 60)).Where(d => d.Count > 0)
        from query in Gen.Choose(-5, 65)
        select new RateHistory([.. days.Order()], query),
        h => Enumerable.Range(0, h.Days.Count).Where(_ => h.Days.Count > 1)
            .Select(i => h with { Days = [.. h.Days.Where((_, j) => j != i)] })
            .Concat(ArbMap.Default.ArbFor<int>().Shrinker(h.QueryDay).Select(q => h with { QueryDay = q })));

    /// <summary>The rounding policies a caller might pass.</summary>
    public static Arbitrary<RoundingPolicy> Policies() => Gen.Elements(
        RoundingPolicy.None,
        RoundingPolicy.ToMinorUnits(),
        RoundingPolicy.ToMinorUnits(MidpointRounding.AwayFromZero, RoundingMoment.EachStep),
        RoundingPolicy.ToNearest(1_000m),
        RoundingPolicy.UpTo(100m, RoundingMoment.EachStep),
        RoundingPolicy.DownTo(0.05m)).ToArbitrary();
}

/// <summary>Invariants of exchange-rate conversion, checked on generated rates, amounts and histories.</summary>
[Properties(Arbitrary = new[] { typeof(ExchangeRateArbitraries) }, MaxTest = 200)]
public class ExchangeRateProperties
{
    private static readonly LocalDate AsOf = ExchangeRateArbitraries.Day0;

    private static readonly Dictionary<Currency, decimal> MinorUnit = Currency.BuiltIn.ToDictionary(c => c, c => 1m / Conversion.Scale(c));

    [Property]
    public Property Converting_there_and_back_returns_the_amount_within_one_minor_unit(Conversion c)
    {
        var there = c.Table.Convert(c.Amount, c.To, AsOf);
        var back = c.Table.Convert(there, c.From, AsOf, RoundingPolicy.ToMinorUnits());

        return (Math.Abs(back.Amount - c.Amount.Amount) <= MinorUnit[c.From]).Label($"came back as {back}");
    }

    [Property]
    public Property Converting_there_and_back_through_the_pivot_returns_the_amount_within_one_minor_unit(PivotConversion c)
    {
        var there = c.Table.Convert(c.Amount, c.To, AsOf);
        var back = c.Table.Convert(there, c.From, AsOf, RoundingPolicy.ToMinorUnits());

        return (Math.Abs(back.Amount - c.Amount.Amount) <= MinorUnit[c.From]).Label($"came back as {back}");
    }

    [Property]
    public bool Converting_at_a_rate_of_1_changes_only_the_currency(Conversion c)
    {
        var atPar = c with { Rate = 1m };

        return new ExchangeRate(c.From, c.To, 1m, AsOf).Convert(c.Amount) == new Money(c.Amount.Amount, c.To)
            && atPar.Table.Convert(c.Amount, c.To, AsOf) == new Money(c.Amount.Amount, c.To)
            && atPar.Table.Convert(new Money(c.Amount.Amount, c.To), c.From, AsOf) == c.Amount
            && atPar.Table.GetRate(c.To, c.From, AsOf) == 1m;
    }

    [Property]
    public Property A_larger_amount_never_converts_to_a_smaller_one(Conversion c, NonNegativeInt more, RoundingPolicy policy)
    {
        var larger = c.Amount + new Money(more.Get / Conversion.Scale(c.From), c.From);

        var forward = c.Table.Convert(c.Amount, c.To, AsOf, policy) <= c.Table.Convert(larger, c.To, AsOf, policy);
        var backward = c.Table.Convert(new Money(c.Amount.Amount, c.To), c.From, AsOf, policy)
            <= c.Table.Convert(new Money(larger.Amount, c.To), c.From, AsOf, policy);

        return forward.Label("at the quoted rate").And(backward.Label("at the inverse rate"));
    }

    [Property]
    public bool A_larger_amount_never_converts_to_a_smaller_one_through_the_pivot(PivotConversion c, NonNegativeInt more, RoundingPolicy policy)
    {
        var larger = c.Amount + new Money(more.Get / Conversion.Scale(c.From), c.From);

        return c.Table.Convert(c.Amount, c.To, AsOf, policy) <= c.Table.Convert(larger, c.To, AsOf, policy);
    }

    [Property]
    public Property The_rate_as_of_a_date_never_comes_from_a_later_date(RateHistory h)
    {
        var earlier = h.Days.Where(d => d <= h.QueryDay).ToArray();
        if (!h.Table.TryGetRate(Currency.EUR, Currency.USD, h.AsOf, out var rate))
            return (earlier.Length == 0).Label("a rate on or before the day was missed");

        var day = h.Days.Single(d => RateHistory.RateOn(d) == rate);
        return (day <= h.QueryDay).Label($"the rate of day {day} came from after day {h.QueryDay}")
            .And((day == earlier.Max()).Label($"the rate of day {day} is not the latest on or before day {h.QueryDay}"));
    }

    /// <summary>
    /// The round trip is within one minor unit only when the amount is not rounded between the legs:
    /// INR 1.00 at 0.012 is USD 0.012, rounded USD 0.01, which comes back as INR 0.83. This checks
    /// that the property above could fail, and that FsCheck finds such a case.
    /// </summary>
    [Fact]
    public void Rounding_between_the_legs_of_a_round_trip_can_lose_more_than_a_minor_unit()
    {
        var cents = RoundingPolicy.ToMinorUnits();
        var roundedBetween = Prop.ForAll(ExchangeRateArbitraries.Conversions(), c =>
        {
            var there = c.Table.Convert(c.Amount, c.To, AsOf, cents);
            var back = c.Table.Convert(there, c.From, AsOf, cents);
            return Math.Abs(back.Amount - c.Amount.Amount) <= MinorUnit[c.From];
        });

        Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), roundedBetween));

        var rupee = new Conversion(Currency.INR, Currency.USD, 0.012m, 100);
        var usd = rupee.Table.Convert(rupee.Amount, Currency.USD, AsOf, cents);
        Assert.Equal(new Money(0.01m, Currency.USD), usd);
        Assert.Equal(new Money(0.83m, Currency.INR), rupee.Table.Convert(usd, Currency.INR, AsOf, cents));
    }
}
