using CareerModel.Internal;

namespace CareerModel.Compensation;

/// <summary>
/// How many hours a week and weeks a year someone is paid for: the only bridge between hourly,
/// weekly, monthly and annual pay. <see cref="Standard"/> is 40 hours × 52 weeks = 2,080 hours.
/// </summary>
public sealed class WorkSchedule : IEquatable<WorkSchedule>
{
    /// <summary>Hours in a week: no schedule can pay for more.</summary>
    public const decimal MaxHoursPerWeek = 168m;

    /// <summary>Weeks that begin in one year, at most.</summary>
    public const decimal MaxWeeksPerYear = 53m;

    /// <summary>Gets the full-time schedule of 40 hours a week for 52 weeks (2,080 hours a year).</summary>
    public static WorkSchedule Standard { get; } = new(40m, 52m);

    /// <summary>Gets the paid hours per week.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the paid weeks per year.</summary>
    public decimal WeeksPerYear { get; }

    /// <summary>Gets the paid hours per year: <see cref="HoursPerWeek"/> × <see cref="WeeksPerYear"/>.</summary>
    public decimal HoursPerYear => HoursPerWeek * WeeksPerYear;

    /// <summary>Creates a schedule.</summary>
    /// <param name="hoursPerWeek">Paid hours a week, greater than 0 and at most 168.</param>
    /// <param name="weeksPerYear">Paid weeks a year, greater than 0 and at most 53.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public WorkSchedule(decimal hoursPerWeek, decimal weeksPerYear)
    {
        if (hoursPerWeek <= 0 || hoursPerWeek > MaxHoursPerWeek)
            throw InvariantArgument.OutOfRange(nameof(hoursPerWeek), hoursPerWeek, $"hoursPerWeek {Check.Format(hoursPerWeek)} must be greater than 0 and at most {MaxHoursPerWeek}.");
        if (weeksPerYear <= 0 || weeksPerYear > MaxWeeksPerYear)
            throw InvariantArgument.OutOfRange(nameof(weeksPerYear), weeksPerYear, $"weeksPerYear {Check.Format(weeksPerYear)} must be greater than 0 and at most {MaxWeeksPerYear}.");
        HoursPerWeek = hoursPerWeek;
        WeeksPerYear = weeksPerYear;
    }

    /// <summary>Gets how many of a pay period fall in one year under this schedule.</summary>
    /// <param name="period">The pay period.</param>
    /// <returns>Hours per year, weeks per year, 12 or 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a defined value.</exception>
    public decimal PeriodsPerYear(PayPeriod period) => period switch
    {
        PayPeriod.Hourly => HoursPerYear,
        PayPeriod.Weekly => WeeksPerYear,
        PayPeriod.Monthly => 12m,
        PayPeriod.Annual => 1m,
        _ => throw InvariantArgument.OutOfRange(nameof(period), period, $"period {(int)period} is not a defined PayPeriod value."),
    };

    /// <inheritdoc/>
    public bool Equals(WorkSchedule? other) =>
        other is not null && HoursPerWeek == other.HoursPerWeek && WeeksPerYear == other.WeeksPerYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkSchedule);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(HoursPerWeek, WeeksPerYear);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(WorkSchedule? left, WorkSchedule? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WorkSchedule? left, WorkSchedule? right) => !(left == right);

    /// <summary>Describes the schedule, such as <c>40 h × 52 weeks (2080 h a year)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Check.Format(HoursPerWeek)} h × {Check.Format(WeeksPerYear)} weeks ({Check.Format(HoursPerYear)} h a year)";
}
