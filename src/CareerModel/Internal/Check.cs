using System.Globalization;

namespace CareerModel.Internal;

/// <summary>
/// Argument checks shared by the validating constructors. Each message is one sentence that
/// names the field, the value and the rule, so a caller can fix the input without reading code.
/// </summary>
internal static class Check
{
    /// <summary>The longest id the catalog accepts; ids are keys, not prose.</summary>
    public const int MaxIdLength = 100;

    public static string NotBlank(string? value, string paramName)
    {
        if (value is null)
            throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{paramName} must not be empty or white space.", paramName);
        return value.Trim();
    }

    /// <summary>
    /// Ids are case-sensitive keys of letters, digits, '-', '_' and '.', so that O*NET-SOC codes
    /// ("43-4051.00"), ISO codes ("DE", "US-CA") and slugs ("cs-team-lead") all fit, and no id
    /// carries white space that would make two ids look equal.
    /// </summary>
    public static string Id(string? value, string paramName)
    {
        if (value is null)
            throw new ArgumentNullException(paramName, $"{paramName} must not be null.");
        if (value.Length == 0)
            throw new ArgumentException($"{paramName} must not be empty.", paramName);
        if (value.Length > MaxIdLength)
            throw new ArgumentException($"{paramName} '{value[..20]}…' is {value.Length} characters long; an id has at most {MaxIdLength}.", paramName);
        foreach (var c in value)
        {
            if (!IsIdCharacter(c))
                throw new ArgumentException($"{paramName} '{value}' contains '{c}'; an id may hold only ASCII letters, digits, '-', '_' and '.'.", paramName);
        }
        return value;
    }

    public static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    public static T Defined<T>(T value, string paramName) where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
            throw InvariantArgument.OutOfRange(paramName, value, $"{paramName} {Convert.ToInt64(value, CultureInfo.InvariantCulture)} is not a defined {typeof(T).Name} value.");
        return value;
    }

    public static double FiniteInRange(double value, double minimum, double maximum, string paramName)
    {
        if (!double.IsFinite(value) || value < minimum || value > maximum)
            throw InvariantArgument.OutOfRange(paramName, value, $"{paramName} {Format(value)} must be a finite number from {Format(minimum)} to {Format(maximum)}.");
        return value;
    }

    public static double Positive(double value, string paramName)
    {
        if (!double.IsFinite(value) || value <= 0)
            throw InvariantArgument.OutOfRange(paramName, value, $"{paramName} {Format(value)} must be a finite number greater than zero.");
        return value;
    }

    public static decimal Positive(decimal value, string paramName)
    {
        if (value <= 0)
            throw InvariantArgument.OutOfRange(paramName, value, $"{paramName} {Format(value)} must be greater than zero.");
        return value;
    }

    public static int AtLeast(int value, int minimum, string paramName)
    {
        if (value < minimum)
            throw InvariantArgument.OutOfRange(paramName, value, $"{paramName} {value} must be at least {minimum}.");
        return value;
    }

    /// <summary>
    /// A number for a message, in the invariant culture: three decimals, or six significant digits
    /// in exponent form for a magnitude that three decimals would hide (1e-39 is not "0").
    /// </summary>
    public static string Format(double value) =>
        value != 0 && double.IsFinite(value) && (Math.Abs(value) < 0.001 || Math.Abs(value) >= 1e15)
            ? value.ToString("G6", CultureInfo.InvariantCulture)
            : value.ToString("0.###", CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);
}
