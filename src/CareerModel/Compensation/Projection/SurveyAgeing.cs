using CareerModel.Internal;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// Ages market pay figures, such as a salary survey's medians, from the date they were effective
/// to a target date at an annual rate of pay movement, so that surveys of different dates compare.
/// </summary>
/// <remarks>
/// <para>
/// Day count: the span is the actual number of calendar days between the two dates divided by
/// 365 (actual/365 fixed), so 365 days are exactly one year, and a calendar year containing
/// 29 February (366 days) is slightly more than one. Over exactly one year (365 days) simple
/// and compound ageing both multiply by 1 + r.
/// </para>
/// <para>
/// Ageing backwards (a target date before the effective date) de-ages the figure, as the exact
/// inverse of ageing forward: the result is the figure that, aged forward over the same days at
/// the same rate and method, gives the original back. Compound de-ageing multiplies by
/// (1 + r)^−t; simple de-ageing divides by 1 + r·t (not multiplies by 1 − r·t).
/// </para>
/// <para>
/// Results are not rounded. Simple ageing and compound ageing over whole years are exact to
/// decimal precision; the part-year power of compound ageing is computed in double precision
/// (about 15 significant digits), far below a minor unit for any pay. Round with a
/// <see cref="RoundingPolicy"/> when the figure is to be shown.
/// </para>
/// </remarks>
public static class SurveyAgeing
{
    /// <summary>The days in a year of the day count (actual/365 fixed).</summary>
    public const int DaysPerYear = 365;

    /// <summary>The largest annual rate accepted: 10, that is 1000% a year.</summary>
    public const decimal MaxAnnualRate = 10m;

    /// <summary>Gets the span between two dates in years by the actual/365 day count.</summary>
    /// <param name="from">The first date.</param>
    /// <param name="to">The second date, in the same calendar.</param>
    /// <returns>Days from <paramref name="from"/> to <paramref name="to"/> ÷ 365; negative when <paramref name="to"/> is earlier.</returns>
    /// <exception cref="ArgumentException">The dates are in different calendars.</exception>
    public static decimal YearFraction(LocalDate from, LocalDate to) => (decimal)DaysBetween(from, to, nameof(to)) / DaysPerYear;

    /// <summary>Gets the factor that ages a figure from one date to another.</summary>
    /// <param name="effectiveDate">The date the figure was effective.</param>
    /// <param name="targetDate">The date to age it to, in the same calendar; may be earlier (de-ageing).</param>
    /// <param name="annualRate">The annual rate as a fraction (0.03 for 3%), greater than −1 and at most <see cref="MaxAnnualRate"/>.</param>
    /// <param name="method">Simple or compound.</param>
    /// <returns>The factor: 1 + r·t or (1 + r)^t forward, their inverse backward, 1 for equal dates.</returns>
    /// <exception cref="ArgumentException">
    /// The dates are in different calendars, or simple ageing at a negative rate over a span of
    /// 1 ÷ |rate| years or more, which would bring the figure to zero or below.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The rate is −1 or below or above <see cref="MaxAnnualRate"/>, or the method is not defined.</exception>
    /// <exception cref="OverflowException">The factor is too large (or too small) for a decimal, as at 1000% a year over centuries.</exception>
    public static decimal Factor(LocalDate effectiveDate, LocalDate targetDate, decimal annualRate, AgeingMethod method)
    {
        var (growth, backwards) = Growth(effectiveDate, targetDate, annualRate, method);
        return backwards ? 1m / growth : growth;
    }

    /// <summary>Ages a market figure from the date it was effective to a target date.</summary>
    /// <param name="figure">The figure, such as a survey median; not negative.</param>
    /// <param name="effectiveDate">The date the figure was effective.</param>
    /// <param name="targetDate">The date to age it to, in the same calendar; may be earlier (de-ageing).</param>
    /// <param name="annualRate">The annual rate as a fraction (0.03 for 3%), greater than −1 and at most <see cref="MaxAnnualRate"/>.</param>
    /// <param name="method">Simple or compound.</param>
    /// <returns>
    /// The aged figure, unrounded, in the figure's currency: 50,000 aged 3% over 365 days is
    /// 51,500 by either method; over 182 days compound is 50,000 × 1.03^(182/365).
    /// </returns>
    /// <exception cref="ArgumentException">
    /// The dates are in different calendars, or simple ageing at a negative rate over a span of
    /// 1 ÷ |rate| years or more.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The figure is negative, the rate is out of range, or the method is not defined.</exception>
    /// <exception cref="OverflowException">The factor is too large (or too small) for a decimal.</exception>
    public static Money Age(Money figure, LocalDate effectiveDate, LocalDate targetDate, decimal annualRate, AgeingMethod method)
    {
        if (figure.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(figure), figure, $"Market figure {figure} must not be negative.");
        var (growth, backwards) = Growth(effectiveDate, targetDate, annualRate, method);
        // An estimate: the growth is itself a rounded power, so the product is kept to decimal's
        // 28 significant digits rather than refused as inexact (Money's own product would be).
        return backwards ? figure / growth : new Money(figure.Amount * growth, figure.Currency);
    }

    /// <summary>Gets the growth over the span between the dates and whether the target is earlier.</summary>
    private static (decimal Growth, bool Backwards) Growth(LocalDate effectiveDate, LocalDate targetDate, decimal annualRate, AgeingMethod method)
    {
        var days = DaysBetween(effectiveDate, targetDate, nameof(targetDate));
        if (annualRate <= -1m || annualRate > MaxAnnualRate)
            throw InvariantArgument.OutOfRange(nameof(annualRate), annualRate, $"annualRate {Check.Format(annualRate)} must be greater than -1 and at most {Check.Format(MaxAnnualRate)} ({ProjectionText.Percent(MaxAnnualRate)} a year).");
        Check.Defined(method, nameof(method));
        var span = Math.Abs(days);
        decimal growth;
        try
        {
            growth = method == AgeingMethod.Simple ? SimpleGrowth(span, annualRate) : CompoundGrowth(span, annualRate);
        }
        catch (OverflowException)
        {
            throw Overflow(effectiveDate, targetDate, annualRate);
        }
        if (growth == 0m)
            throw Overflow(effectiveDate, targetDate, annualRate);
        return (growth, days < 0);
    }

    private static int DaysBetween(LocalDate from, LocalDate to, string paramName)
    {
        if (from.Calendar != to.Calendar)
            throw new ArgumentException($"{paramName} {ProjectionText.Date(to)} is in the {to.Calendar.Id} calendar but {ProjectionText.Date(from)} is in {from.Calendar.Id}; days can only be counted between dates of one calendar.", paramName);
        return Period.DaysBetween(from, to);
    }

    private static decimal SimpleGrowth(int days, decimal annualRate)
    {
        var growth = 1m + (annualRate * days / DaysPerYear);
        if (growth <= 0m)
            throw new ArgumentException($"Simple ageing at annualRate {Check.Format(annualRate)} over {days} days gives a factor of {Check.Format(growth)}; at a negative rate a simple span must be shorter than 1 ÷ |rate| years, or the figure would reach zero or below.", nameof(annualRate));
        return growth;
    }

    private static decimal CompoundGrowth(int days, decimal rate)
    {
        var baseFactor = 1m + rate;
        var growth = 1m;
        var power = baseFactor;
        for (var years = days / DaysPerYear; years > 0; years >>= 1)
        {
            if ((years & 1) == 1)
                growth *= power;
            if (years > 1)
                power *= power;
        }
        var rest = days % DaysPerYear;
        return rest == 0 ? growth : growth * (decimal)Math.Pow((double)baseFactor, (double)rest / DaysPerYear);
    }

    private static OverflowException Overflow(LocalDate effectiveDate, LocalDate targetDate, decimal rate) =>
        new($"Ageing at annualRate {Check.Format(rate)} from {ProjectionText.Date(effectiveDate)} to {ProjectionText.Date(targetDate)} gives a factor beyond decimal range.");
}
