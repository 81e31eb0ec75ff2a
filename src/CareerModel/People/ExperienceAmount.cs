using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// An amount of work experience, both as calendar time (every day in work counts once) and as
/// full-time-equivalent time (each day counts by the fraction of full time worked, at most 1).
/// </summary>
/// <remarks>
/// <para>
/// Each measure is given in days, as a NodaTime <see cref="Period"/> and as fractional years. The
/// period is the calendar period that many days make when counted from the first day of the work
/// they measure (exact for an unbroken run of work). Fractional years count whole years and months
/// on the calendar, then the remaining days as a share of the month they fall in: an unbroken year
/// is exactly 1.0 and an unbroken half year from January 1 is exactly 0.5.
/// </para>
/// <para>
/// Full-time-equivalent days may be fractional; the full-time-equivalent period counts their whole
/// days. For full-time work the two measures are equal; otherwise the full-time-equivalent one is
/// smaller.
/// </para>
/// </remarks>
public sealed class ExperienceAmount : IEquatable<ExperienceAmount>
{
    internal ExperienceAmount(LocalDate anchor, int calendarDays, decimal fullTimeEquivalentDays)
    {
        CalendarDays = calendarDays;
        Calendar = CalendarMath.PeriodOfDays(anchor, calendarDays);
        CalendarYears = CalendarMath.YearsOfDays(anchor, calendarDays);
        FullTimeEquivalentDays = fullTimeEquivalentDays;
        FullTimeEquivalent = CalendarMath.PeriodOfDays(anchor, (int)decimal.Floor(fullTimeEquivalentDays));
        FullTimeEquivalentYears = FullTimeEquivalentYearsOf(anchor, fullTimeEquivalentDays);
    }

    /// <summary>Gets no experience.</summary>
    public static ExperienceAmount Zero { get; } = new(default, 0, 0m);

    /// <summary>Gets the number of calendar days in work.</summary>
    public int CalendarDays { get; }

    /// <summary>Gets the calendar time in work as years, months and days.</summary>
    public Period Calendar { get; }

    /// <summary>Gets the calendar time in work in fractional years.</summary>
    public double CalendarYears { get; }

    /// <summary>Gets the full-time-equivalent days: the sum over days in work of the fraction worked, at most 1 a day.</summary>
    public decimal FullTimeEquivalentDays { get; }

    /// <summary>Gets the full-time-equivalent time as years, months and (whole) days.</summary>
    public Period FullTimeEquivalent { get; }

    /// <summary>Gets the full-time-equivalent time in fractional years.</summary>
    public double FullTimeEquivalentYears { get; }

    /// <summary>Full-time-equivalent days counted from the first day of work, in fractional years (see the remarks).</summary>
    internal static double FullTimeEquivalentYearsOf(LocalDate anchor, decimal fullTimeEquivalentDays) =>
        CalendarMath.YearsOfDays(anchor, (double)fullTimeEquivalentDays);

    /// <summary>Gets a value indicating whether there is no experience at all.</summary>
    public bool IsZero => CalendarDays == 0;

    /// <inheritdoc/>
    public bool Equals(ExperienceAmount? other) =>
        other is not null && CalendarDays == other.CalendarDays && Calendar.Equals(other.Calendar)
        && FullTimeEquivalentDays == other.FullTimeEquivalentDays && FullTimeEquivalent.Equals(other.FullTimeEquivalent)
        && CalendarYears.Equals(other.CalendarYears) && FullTimeEquivalentYears.Equals(other.FullTimeEquivalentYears);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExperienceAmount);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CalendarDays, Calendar, FullTimeEquivalentDays);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ExperienceAmount? left, ExperienceAmount? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExperienceAmount? left, ExperienceAmount? right) => !(left == right);

    /// <summary>
    /// Describes the amount, such as <c>1 year 6 months (1.5 years)</c> or <c>1 year (1 year)</c>, or for part-time work
    /// <c>2 years (2 years calendar, 1.5 years full-time equivalent)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        FullTimeEquivalentDays == CalendarDays
            ? $"{CalendarMath.Describe(Calendar)} ({CalendarMath.Years(CalendarYears)})"
            : $"{CalendarMath.Describe(Calendar)} ({CalendarMath.Years(CalendarYears)} calendar, {CalendarMath.Years(FullTimeEquivalentYears)} full-time equivalent)";
}
