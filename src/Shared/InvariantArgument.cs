using System.Globalization;

namespace CareerModel.Internal;

/// <summary>
/// Range errors whose whole message is culture-invariant: the text formatted with the invariant
/// culture, and the actual value (which the exception's message appends, formatted with the
/// current culture) given as invariant text, so that a message never shows 1,5 under de-DE or an
/// Arabic minus sign under ar-SA.
/// </summary>
/// <remarks>One source file compiled into each package that throws them (linked by the projects), as the packages do not see each other's internals.</remarks>
internal static class InvariantArgument
{
    /// <summary>An <see cref="ArgumentOutOfRangeException"/> for <paramref name="paramName"/> whose message reads the same in every culture.</summary>
    public static ArgumentOutOfRangeException OutOfRange(string paramName, object? actualValue, FormattableString message) =>
        new(paramName, Text(actualValue), FormattableString.Invariant(message));

    /// <summary>A value as invariant text; an enum's undefined value as its number (an enum formats a negative number with the current culture's minus sign).</summary>
    private static object? Text(object? value) => value switch
    {
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value,
    };
}
