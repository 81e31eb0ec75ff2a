using CareerModel.Careers;
using NodaTime;

namespace CareerModel.Tests.Careers;

public class ExperienceRangeTests
{
    [Fact]
    public void Years_makes_a_closed_range_in_whole_years()
    {
        var range = ExperienceRange.Years(5, 8);

        Assert.Equal(Period.FromYears(5), range.Minimum);
        Assert.Equal(Period.FromYears(8), range.Maximum);
    }

    [Fact]
    public void Years_without_a_maximum_is_open_ended()
    {
        Assert.Null(ExperienceRange.Years(18).Maximum);
    }

    [Fact]
    public void Months_are_normalised_into_years_and_months()
    {
        var range = new ExperienceRange(Period.FromMonths(18), Period.FromMonths(40));

        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6), range.Minimum);
        Assert.Equal(Period.FromYears(3) + Period.FromMonths(4), range.Maximum);
        Assert.Equal(new ExperienceRange(Period.FromYears(1) + Period.FromMonths(6), Period.FromYears(3) + Period.FromMonths(4)), range);
    }

    [Fact]
    public void Negative_months_inside_a_positive_total_are_normalised()
    {
        var range = new ExperienceRange(Period.FromYears(2) + Period.FromMonths(-6));

        Assert.Equal(Period.FromYears(1) + Period.FromMonths(6), range.Minimum);
    }

    [Fact]
    public void A_minimum_equal_to_the_maximum_is_accepted()
    {
        var range = ExperienceRange.Years(3, 3);

        Assert.Equal(range.Minimum, range.Maximum);
    }

    [Theory]
    [InlineData("P10D")]
    [InlineData("P2W")]
    [InlineData("P1Y1D")]
    [InlineData("PT5H")]
    public void A_minimum_with_weeks_days_or_time_is_rejected(string text)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        var ex = Assert.Throws<ArgumentException>("minimum", () => new ExperienceRange(period));

        Assert.Contains($"minimum {text}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("whole years and months only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_with_days_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("maximum", () => new ExperienceRange(Period.FromYears(1), Period.FromYears(2) + Period.FromDays(3)));

        Assert.Contains("maximum P2Y3D must be in whole years and months only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_minimum_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new ExperienceRange(Period.FromYears(-1)));

        Assert.Contains("minimum P-1Y must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_maximum_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("maximum", () => new ExperienceRange(Period.Zero, Period.FromMonths(-3)));

        Assert.Contains("maximum P-3M must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_below_the_minimum_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("maximum", () => ExperienceRange.Years(5, 3));

        Assert.Contains("Experience maximum P3Y must not be below the minimum P5Y", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_maximum_one_month_below_the_minimum_is_rejected()
    {
        Assert.Throws<ArgumentException>("maximum", () => new ExperienceRange(Period.FromMonths(13), Period.FromYears(1)));
    }

    [Fact]
    public void A_period_too_long_to_normalise_is_rejected_as_out_of_range()
    {
        var tooLong = Period.FromYears(int.MaxValue) + Period.FromMonths(12);

        var ex = Assert.Throws<ArgumentOutOfRangeException>("minimum", () => new ExperienceRange(tooLong));

        Assert.Contains($"minimum {tooLong} is too long", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_minimum_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("minimum", () => new ExperienceRange(null!));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(23, false)]
    [InlineData(24, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public void Contains_includes_both_ends(int months, bool expected)
    {
        Assert.Equal(expected, ExperienceRange.Years(2, 5).Contains(Period.FromMonths(months)));
    }

    [Fact]
    public void An_open_ended_range_contains_everything_above_its_minimum()
    {
        Assert.True(ExperienceRange.Years(18).Contains(Period.FromYears(40)));
        Assert.False(ExperienceRange.Years(18).Contains(Period.FromMonths(215)));
    }

    [Fact]
    public void Contains_rejects_an_experience_with_days()
    {
        Assert.Throws<ArgumentException>("experience", () => ExperienceRange.Years(1).Contains(Period.FromDays(400)));
    }

    [Fact]
    public void Ranges_with_the_same_span_are_equal_and_hash_alike()
    {
        var a = new ExperienceRange(Period.FromMonths(30), Period.FromMonths(60));
        var b = new ExperienceRange(Period.FromYears(2) + Period.FromMonths(6), Period.FromYears(5));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Ranges_that_differ_at_one_end_are_not_equal()
    {
        Assert.NotEqual(ExperienceRange.Years(2, 5), ExperienceRange.Years(2, 6));
        Assert.NotEqual(ExperienceRange.Years(2, 5), ExperienceRange.Years(1, 5));
        Assert.NotEqual(ExperienceRange.Years(2, 5), ExperienceRange.Years(2));
    }

    [Theory]
    [InlineData(5, 8, "5–8 years")]
    [InlineData(0, 1, "0–1 year")]
    public void ToString_describes_a_range_in_years(int minimum, int maximum, string expected)
    {
        Assert.Equal(expected, ExperienceRange.Years(minimum, maximum).ToString());
    }

    [Fact]
    public void ToString_describes_an_open_ended_range_with_a_plus()
    {
        Assert.Equal("18+ years", ExperienceRange.Years(18).ToString());
        Assert.Equal("6+ months", new ExperienceRange(Period.FromMonths(6)).ToString());
    }

    [Fact]
    public void ToString_describes_a_range_with_months()
    {
        Assert.Equal("6 months – 1.5 years", new ExperienceRange(Period.FromMonths(6), Period.FromMonths(18)).ToString());
    }

    [Fact]
    public void A_range_of_one_exact_span_prints_that_span()
    {
        Assert.Equal("1 year", ExperienceRange.Years(1, 1).ToString());
        Assert.Equal("1.5 years", new ExperienceRange(NodaTime.Period.FromMonths(18), NodaTime.Period.FromMonths(18)).ToString());
    }
}
