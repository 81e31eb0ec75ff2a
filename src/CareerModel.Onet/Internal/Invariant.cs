using System.Globalization;

namespace CareerModel.Onet.Internal;

/// <summary>Exceptions whose messages read the same in every culture, as the core's are.</summary>
internal static class Invariant
{
    /// <summary>
    /// An <see cref="ArgumentOutOfRangeException"/> with its text formatted in the invariant culture
    /// and its actual value (which the exception appends) given as invariant text.
    /// </summary>
    public static ArgumentOutOfRangeException OutOfRange(string paramName, object? actualValue, FormattableString message) =>
        new(paramName, Text(actualValue), FormattableString.Invariant(message));

    private static object? Text(object? value) => value switch
    {
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value,
    };
}
