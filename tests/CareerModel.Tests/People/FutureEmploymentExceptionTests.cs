using CareerModel.People;
using NodaTime;

namespace CareerModel.Tests.People;

/// <summary><see cref="FutureEmploymentException"/> made directly: its message lists every period, and it needs one.</summary>
public class FutureEmploymentExceptionTests
{
    private static readonly LocalDate Today = new(2026, 11, 25);

    [Fact]
    public void One_future_period_is_named_with_its_start_and_today()
    {
        var e = new FutureEmploymentException([new Employment("cs-team-lead", new LocalDate(2027, 1, 4))], Today);

        Assert.Equal("employments", e.ParamName);
        Assert.Equal(Today, e.Today);
        Assert.Equal("cs-team-lead", Assert.Single(e.Employments).RoleId);
        Assert.Equal("Work history start dates must not be after today (2026-11-25), but 'cs-team-lead' starting 2027-01-04 does. (Parameter 'employments')", e.Message);
    }

    [Fact]
    public void Several_future_periods_are_all_named()
    {
        var e = new FutureEmploymentException(
            [new Employment("cs-team-lead", new LocalDate(2027, 1, 4)), new Employment("cs-manager", new LocalDate(2029, 7, 1))],
            Today);

        Assert.Equal(2, e.Employments.Count);
        Assert.StartsWith(
            "Work history start dates must not be after today (2026-11-25), but 'cs-team-lead' starting 2027-01-04, 'cs-manager' starting 2029-07-01 do.",
            e.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void No_periods_or_a_null_list_or_a_null_period_are_refused()
    {
        var empty = Assert.Throws<ArgumentException>(() => new FutureEmploymentException([], Today));
        Assert.Equal("employments", empty.ParamName);
        Assert.Equal("A future employment exception needs at least one employment. (Parameter 'employments')", empty.Message);

        Assert.Equal("employments", Assert.Throws<ArgumentNullException>(() => new FutureEmploymentException(null!, Today)).ParamName);
        var nullItem = Assert.Throws<ArgumentException>(() => new FutureEmploymentException([null!], Today));
        Assert.Equal("employments", nullItem.ParamName);
        Assert.StartsWith("employments[0] must not be null.", nullItem.Message, StringComparison.Ordinal);
    }
}
