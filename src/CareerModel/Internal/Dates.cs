using NodaTime;
using NodaTime.Text;

namespace CareerModel.Internal;

/// <summary>Date helpers for dated values.</summary>
internal static class Dates
{
    /// <summary>
    /// Dates in other calendars are converted to the ISO calendar, so that any two dates the
    /// library keeps can be compared (NodaTime refuses to compare dates in different calendars).
    /// </summary>
    public static LocalDate ToIso(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);

    /// <summary>Formats a date as ISO 8601, <c>2025-01-01</c>, whatever the culture.</summary>
    public static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
