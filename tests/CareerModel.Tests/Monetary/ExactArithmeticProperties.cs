using System.Numerics;
using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Monetary;

/// <summary>
/// Money's sums, differences and products are exact or throw: over decimals with every number
/// of digits and every scale, each result Money returns equals the exact rational result worked
/// out in <see cref="BigInteger"/>, and each refusal is of a result decimal would have rounded.
/// </summary>
[Properties(MaxTest = 1_000)]
public class ExactArithmeticProperties
{
    /// <summary>Any decimal: 96 random bits (often fewer, for small amounts), any sign, any scale from 0 to 28.</summary>
    private static Arbitrary<decimal> AnyDecimal { get; } = Arb.From(
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        from mid in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(int.MinValue, int.MaxValue)))
        from hi in Gen.Frequency((2, Gen.Constant(0)), (1, Gen.Choose(0, 1_000)), (1, Gen.Choose(int.MinValue, int.MaxValue)))
        from negative in Gen.Elements(false, true)
        from scale in Gen.Frequency((2, Gen.Choose(0, 4)), (1, Gen.Choose(0, 28)))
        select new decimal(lo, mid, hi, negative, (byte)scale));

    /// <summary>The exact value of a decimal as a fraction n / 10^s.</summary>
    private static (BigInteger Numerator, int Scale) Exact(decimal value)
    {
        var bits = decimal.GetBits(value);
        var magnitude = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return (value < 0 ? -magnitude : magnitude, value.Scale);
    }

    private static bool SameValue((BigInteger Numerator, int Scale) exact, decimal result)
    {
        var (n, s) = Exact(result);
        var scale = Math.Max(s, exact.Scale);
        return exact.Numerator * BigInteger.Pow(10, scale - exact.Scale) == n * BigInteger.Pow(10, scale - s);
    }

    private static (BigInteger, int) Sum(decimal a, decimal b)
    {
        var (x, sa) = Exact(a);
        var (y, sb) = Exact(b);
        var scale = Math.Max(sa, sb);
        return ((x * BigInteger.Pow(10, scale - sa)) + (y * BigInteger.Pow(10, scale - sb)), scale);
    }

    /// <summary>Runs the operation: its amount, or null when Money refused it as inexact or out of range.</summary>
    private static decimal? Outcome(Func<Money> operation)
    {
        try
        {
            return operation().Amount;
        }
        catch (ArithmeticException)
        {
            return null;
        }
    }

    /// <summary>Whether the exact value fits a decimal without rounding (so Money must not refuse it).</summary>
    private static bool Representable((BigInteger Numerator, int Scale) exact)
    {
        var (n, s) = exact;
        while (s > 0 && n % 10 == 0)
            (n, s) = (n / 10, s - 1);
        while (s > 28 || BigInteger.Abs(n) > (BigInteger)decimal.MaxValue)
        {
            if (s == 0 || n % 10 != 0)
                return false;
            (n, s) = (n / 10, s - 1);
        }
        return true;
    }

    [Property]
    public Property A_sum_is_exact_or_refused_and_refused_only_when_decimal_cannot_hold_it() =>
        Prop.ForAll(AnyDecimal, AnyDecimal, (a, b) =>
        {
            var exact = Sum(a, b);
            var sum = Outcome(() => new Money(a, Currency.USD) + new Money(b, Currency.USD));
            return sum is { } s ? SameValue(exact, s) : !Representable(exact);
        });

    [Property]
    public Property A_difference_is_exact_or_refused_and_refused_only_when_decimal_cannot_hold_it() =>
        Prop.ForAll(AnyDecimal, AnyDecimal, (a, b) =>
        {
            var exact = Sum(a, -b);
            var difference = Outcome(() => new Money(a, Currency.USD) - new Money(b, Currency.USD));
            return difference is { } d ? SameValue(exact, d) : !Representable(exact);
        });

    [Property]
    public Property A_product_is_exact_or_refused_and_refused_only_when_decimal_cannot_hold_it() =>
        Prop.ForAll(AnyDecimal, AnyDecimal, (a, b) =>
        {
            var (x, sa) = Exact(a);
            var (y, sb) = Exact(b);
            var exact = (x * y, sa + sb);
            var product = Outcome(() => new Money(a, Currency.USD) * b);
            return product is { } p ? SameValue(exact, p) : !Representable(exact);
        });
}
