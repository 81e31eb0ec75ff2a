using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Web.Tests;

/// <summary>The day every test answers as of, the seed facts' day, on a clock that never moves.</summary>
internal static class TestDay
{
    public static readonly LocalDate Date = new(2026, 12, 3);

    public static FakeClock Clock() => new(Date.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());
}
