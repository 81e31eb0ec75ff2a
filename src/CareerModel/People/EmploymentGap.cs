using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// A stretch of time within a work history when the person held no role: from <see cref="Start"/>
/// (the first day without work) up to <see cref="End"/> (exclusive: the first day back in work, or
/// the day the history was measured on).
/// </summary>
public sealed class EmploymentGap : IEquatable<EmploymentGap>
{
    internal EmploymentGap(LocalDate start, LocalDate end)
    {
        Start = start;
        End = end;
        Days = Period.DaysBetween(start, end);
        Period = Period.Between(start, end);
        Years = CalendarMath.YearsOfDays(start, Days);
    }

    /// <summary>Gets the first day without work.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the first day back in work, or the day the history was measured on (exclusive).</summary>
    public LocalDate End { get; }

    /// <summary>Gets the length in days.</summary>
    public int Days { get; }

    /// <summary>Gets the length as years, months and days.</summary>
    public Period Period { get; }

    /// <summary>Gets the length in fractional years (see <see cref="ExperienceAmount"/> for how days become years).</summary>
    public double Years { get; }

    /// <inheritdoc/>
    public bool Equals(EmploymentGap? other) => other is not null && Start == other.Start && End == other.End;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EmploymentGap);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(EmploymentGap? left, EmploymentGap? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EmploymentGap? left, EmploymentGap? right) => !(left == right);

    /// <summary>Describes the gap, such as <c>gap from 2022-01-01 to 2022-07-01 (6 months)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"gap from {CalendarMath.Iso(Start)} to {CalendarMath.Iso(End)} ({CalendarMath.Describe(Period)})";
}
