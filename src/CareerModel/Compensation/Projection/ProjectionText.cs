using System.Globalization;
using NodaTime;

namespace CareerModel.Compensation.Projection;

/// <summary>How projection types write fractions, positions and dates in messages and descriptions.</summary>
internal static class ProjectionText
{
    /// <summary>A fraction as a percentage: 0.03 → "3%", 0.025 → "2.5%".</summary>
    public static string Percent(decimal fraction) =>
        (fraction * 100m).ToString("0.###", CultureInfo.InvariantCulture) + "%";

    /// <summary>A position in range or a factor to two decimals: 0.4166… → "0.42".</summary>
    public static string Short(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A date in ISO form, whatever the current culture: "2026-01-01".</summary>
    public static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
