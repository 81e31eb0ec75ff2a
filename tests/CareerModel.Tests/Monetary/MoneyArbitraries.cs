using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;

namespace CareerModel.Tests.Monetary;

/// <summary>Three amounts in one currency, for properties that combine amounts.</summary>
public sealed record SameCurrencyAmounts(Money A, Money B, Money C)
{
    public Currency Currency => A.Currency;
}

/// <summary>
/// Bounded FsCheck generators for currencies and money. Amounts stay within ±10^9 and have
/// 0–6 decimal places, so sums, differences and pay-period conversions can never overflow a
/// decimal, and rounding to any currency's minor units (0–4) has something to do. Every
/// arbitrary shrinks: amounts towards zero and fewer decimals, currencies towards USD.
/// </summary>
public static class MoneyArbitraries
{
    /// <summary>The largest whole part of a generated amount (just under one billion).</summary>
    public const int MaxWholeAmount = 999_999_999;

    /// <summary>The most decimal places a generated amount has.</summary>
    public const int MaxScale = 6;

    private static readonly Arbitrary<long> Longs = ArbMap.Default.ArbFor<long>();

    /// <summary>Built-in currencies with 0 and 2 minor units, plus made-up ones with 3 and 4.</summary>
    public static IReadOnlyList<Currency> Currencies { get; } =
    [
        Currency.USD, Currency.EUR, Currency.JPY, Currency.INR, Currency.AUD, Currency.None,
        new Currency("KWD", 3, "Kuwaiti dinar"),
        new Currency("CLF", 4, "Unidad de Fomento"),
    ];

    public static Gen<Currency> CurrencyGen { get; } = Gen.Elements(Currencies.ToArray());

    /// <summary>A decimal amount within ±10^9 with 0 to 6 decimal places, often small or whole.</summary>
    public static Gen<decimal> AmountGen { get; } =
        from scale in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Constant(2)), (2, Gen.Choose(0, MaxScale)))
        from negative in Gen.Elements(false, true)
        from whole in Gen.Frequency(
            (2, Gen.Choose(0, 100)),
            (1, Gen.Choose(0, 100_000)),
            (2, Gen.Choose(0, MaxWholeAmount)))
        from fraction in Gen.Choose(0, Pow10Int(scale) - 1)
        select FromParts(negative, whole, fraction, scale);

    public static Gen<decimal> NonNegativeAmountGen { get; } = AmountGen.Select(Math.Abs);

    public static Gen<Money> MoneyGen { get; } =
        from currency in CurrencyGen
        from amount in AmountGen
        select new Money(amount, currency);

    public static Gen<SameCurrencyAmounts> SameCurrencyAmountsGen { get; } =
        from currency in CurrencyGen
        from a in AmountGen
        from b in AmountGen
        from c in AmountGen
        select new SameCurrencyAmounts(new Money(a, currency), new Money(b, currency), new Money(c, currency));

    public static Arbitrary<Currency> CurrencyArb() => Arb.From(CurrencyGen, ShrinkCurrency);

    public static Arbitrary<Money> MoneyArb() => Arb.From(MoneyGen, ShrinkMoney);

    public static Arbitrary<SameCurrencyAmounts> SameCurrencyAmountsArb() => Arb.From(SameCurrencyAmountsGen, ShrinkSameCurrencyAmounts);

    /// <summary>Simpler currencies to try: USD, unless it already is USD.</summary>
    public static IEnumerable<Currency> ShrinkCurrency(Currency currency)
    {
        if (currency != Currency.USD)
            yield return Currency.USD;
    }

    /// <summary>Simpler amounts to try: fewer decimal places first, then smaller magnitudes at the same scale.</summary>
    public static IEnumerable<decimal> ShrinkAmount(decimal amount)
    {
        var scale = amount.Scale;
        if (scale > 0)
            yield return Math.Round(amount, scale - 1, MidpointRounding.ToZero);
        var mantissa = (long)(amount * Pow10(scale));
        foreach (var smaller in Longs.Shrinker(mantissa))
            yield return smaller / Pow10(scale);
    }

    public static IEnumerable<decimal> ShrinkNonNegativeAmount(decimal amount) => ShrinkAmount(amount).Where(a => a >= 0m);

    public static IEnumerable<Money> ShrinkMoney(Money money)
    {
        foreach (var currency in ShrinkCurrency(money.Currency))
            yield return new Money(money.Amount, currency);
        foreach (var amount in ShrinkAmount(money.Amount))
            yield return new Money(amount, money.Currency);
    }

    public static IEnumerable<SameCurrencyAmounts> ShrinkSameCurrencyAmounts(SameCurrencyAmounts amounts)
    {
        var (a, b, c) = (amounts.A, amounts.B, amounts.C);
        foreach (var currency in ShrinkCurrency(amounts.Currency))
            yield return new SameCurrencyAmounts(new Money(a.Amount, currency), new Money(b.Amount, currency), new Money(c.Amount, currency));
        foreach (var smaller in ShrinkAmount(a.Amount))
            yield return amounts with { A = new Money(smaller, a.Currency) };
        foreach (var smaller in ShrinkAmount(b.Amount))
            yield return amounts with { B = new Money(smaller, b.Currency) };
        foreach (var smaller in ShrinkAmount(c.Amount))
            yield return amounts with { C = new Money(smaller, c.Currency) };
    }

    /// <summary>Half of one minor unit of the currency: the most rounding may move an amount.</summary>
    public static decimal HalfMinorUnit(Currency currency) => 0.5m / Pow10(currency.MinorUnits);

    /// <summary>One minor unit of the currency: a cent for USD, a yen for JPY.</summary>
    public static decimal MinorUnit(Currency currency) => 1m / Pow10(currency.MinorUnits);

    public static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++)
            result *= 10m;
        return result;
    }

    private static int Pow10Int(int exponent) => (int)Pow10(exponent);

    private static decimal FromParts(bool negative, int whole, int fraction, int scale)
    {
        var magnitude = whole + (fraction / Pow10(scale));
        return negative && magnitude != 0m ? -magnitude : magnitude;
    }
}
