using NodaTime;

namespace CareerModel.AotSmoke;

/// <summary>A clock stopped at one instant, so that both runs print the same dates (NodaTime.Testing is for tests).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
