using CareerModel.Careers;
using CareerModel.People;
using NodaTime;

namespace CareerModel.Tests.People;

public class EmploymentTests
{
    private static readonly LocalDate Start = new(2020, 1, 1);

    [Fact]
    public void An_employment_keeps_its_role_dates_fraction_family_and_track()
    {
        var job = new Employment("qa-lead", Start, new LocalDate(2022, 1, 1), 0.5m, "quality-assurance", CareerTrack.Management);

        Assert.Equal("qa-lead", job.RoleId);
        Assert.Equal(Start, job.Start);
        Assert.Equal(new LocalDate(2022, 1, 1), job.End);
        Assert.False(job.IsOngoing);
        Assert.Equal(0.5m, job.FullTimeEquivalent);
        Assert.Equal("qa-lead (quality-assurance, Management) from 2020-01-01 to 2022-01-01, 0.5 FTE", job.ToString());
    }

    [Fact]
    public void An_employment_without_an_end_is_ongoing_and_full_time_by_default()
    {
        var job = new Employment("cs-specialist", Start);

        Assert.True(job.IsOngoing);
        Assert.Equal(1m, job.FullTimeEquivalent);
        Assert.Null(job.Family);
        Assert.Null(job.Track);
        Assert.Equal("cs-specialist from 2020-01-01, ongoing", job.ToString());
    }

    [Theory]
    [InlineData("quality-assurance", null, "qa-lead (quality-assurance) from 2020-01-01, ongoing")]
    [InlineData(null, CareerTrack.Management, "qa-lead (Management) from 2020-01-01, ongoing")]
    public void A_period_that_gives_only_its_family_or_only_its_track_describes_that_one(string? family, CareerTrack? track, string text)
    {
        Assert.Equal(text, new Employment("qa-lead", Start, family: family, track: track).ToString());
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused_with_both_dates()
    {
        var error = Assert.Throws<ArgumentException>(() => new Employment("cs-specialist", Start, new LocalDate(2019, 6, 30)));

        Assert.Equal("end", error.ParamName);
        Assert.StartsWith(
            "Employment 'cs-specialist' end 2019-06-30 must be after its start 2020-01-01; the end is the first day no longer in the role.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_that_ends_on_its_start_day_is_empty_and_refused()
    {
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => new Employment("cs-specialist", Start, Start)).ParamName);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("1.2")]
    public void A_fraction_of_full_time_outside_zero_to_one_is_refused(string fraction)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Employment("cs-specialist", Start, fullTimeEquivalent: decimal.Parse(fraction, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal("fullTimeEquivalent", error.ParamName);
        Assert.StartsWith($"Employment 'cs-specialist' full-time equivalent {fraction} must be greater than 0 and at most 1.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equal_periods_are_equal()
    {
        Assert.Equal(new Employment("cs-specialist", Start, null, 0.8m), new Employment("cs-specialist", Start, null, 0.8m));
        Assert.True(new Employment("cs-specialist", Start) != new Employment("cs-specialist", Start, family: "customer-service"));
    }
}
