using NodaTime;

namespace CareerModel.Cli.Input;

/// <summary>
/// The clock of a run given <c>--date</c>: always the start of that day, so every answer is the one
/// the engines give as of that day (and a test's golden output never changes with the calendar).
/// </summary>
internal sealed class FixedClock(LocalDate day) : IClock
{
    private readonly Instant instant = day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    /// <inheritdoc />
    public Instant GetCurrentInstant() => instant;
}
