using System.Numerics;

namespace CareerModel.Monetary;

/// <summary>
/// Decimal sums and products that are exact or throw. <see cref="decimal"/> keeps 28–29
/// significant digits and rounds silently past them (<c>decimal.MaxValue + 0.4m</c> is
/// <c>decimal.MaxValue</c>); money must not. A result whose scale kept every digit of the operands
/// is exact, which is the common case and costs a comparison; otherwise the exact value is worked
/// out in <see cref="BigInteger"/> and compared.
/// </summary>
internal static class ExactDecimal
{
    /// <summary>Adds; <see langword="false"/> when decimal rounded the sum.</summary>
    /// <exception cref="OverflowException">The sum is out of decimal's range.</exception>
    public static bool TryAdd(decimal a, decimal b, out decimal sum)
    {
        sum = a + b;
        var scale = Math.Max(a.Scale, b.Scale);
        return sum.Scale >= scale
            || (Mantissa(a) * Pow10(scale - a.Scale)) + (Mantissa(b) * Pow10(scale - b.Scale)) == Mantissa(sum) * Pow10(scale - sum.Scale);
    }

    /// <summary>Multiplies; <see langword="false"/> when decimal rounded the product.</summary>
    /// <exception cref="OverflowException">The product is out of decimal's range.</exception>
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = a * b;
        var scale = a.Scale + b.Scale;
        return product.Scale >= scale || Mantissa(a) * Mantissa(b) == Mantissa(product) * Pow10(scale - product.Scale);
    }

    /// <summary>The refusal of a result that decimal would have rounded; <paramref name="what"/> is the operation, such as <c>USD 1.00 + USD 2.00</c>.</summary>
    public static ArithmeticException Inexact(string what) =>
        new($"{what} cannot be represented exactly: a decimal amount holds 28 to 29 significant digits, and money is never rounded silently. Round the operands first (RoundToMinorUnits) or use smaller amounts.");

    /// <summary>The signed integer whose value over 10^scale is the decimal.</summary>
    private static BigInteger Mantissa(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        // The bits are unsigned 32-bit words; the project checks casts, so reinterpret them explicitly.
        var magnitude = ((BigInteger)unchecked((uint)bits[2]) << 64) | ((BigInteger)unchecked((uint)bits[1]) << 32) | unchecked((uint)bits[0]);
        return value < 0 ? -magnitude : magnitude;
    }

    private static BigInteger Pow10(int exponent) => BigInteger.Pow(10, exponent);
}
