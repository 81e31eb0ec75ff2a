using CareerModel.Careers;
using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// How a person's experience stands against a role's typical range. Experience here is the
/// person's total full-time-equivalent experience (part-time work counts by its fraction; see
/// <see cref="People.ExperienceSummary"/>), since a role's range is typical total experience.
/// </summary>
public sealed class ExperienceGap
{
    internal ExperienceGap(double haveYears, ExperienceRange typical)
    {
        HaveYears = haveYears;
        Typical = typical;
        var haveMonths = HaveMonths(haveYears);
        ShortfallMonths = ShortfallMonthsOf(haveYears, typical);
        Shortfall = CalendarMath.PeriodOfMonths(ShortfallMonths);
        IsAboveTypicalRange = typical.Maximum is { } maximum && haveMonths > Periods.TotalMonths(maximum);
        Ratio = Periods.TotalMonths(typical.Minimum) == 0 ? 1 : Math.Min(haveMonths / Periods.TotalMonths(typical.Minimum), 1);
    }

    /// <summary>Gets the person's total full-time-equivalent experience in fractional years.</summary>
    public double HaveYears { get; }

    /// <summary>Gets the role's typical range of total experience.</summary>
    public ExperienceRange Typical { get; }

    /// <summary>Gets how much experience is missing to reach the bottom of the range (zero when met).</summary>
    public Period Shortfall { get; }

    /// <summary>Gets the missing experience in fractional years.</summary>
    public double ShortfallYears => ShortfallMonths / 12;

    /// <summary>Gets a value indicating whether the person has at least the range's minimum.</summary>
    public bool IsMet => ShortfallMonths == 0;

    /// <summary>Gets a value indicating whether the person has more than the range's maximum (never a shortfall; worth knowing).</summary>
    public bool IsAboveTypicalRange { get; }

    /// <summary>Gets how far the minimum is reached, in [0, 1]: <c>min(have / minimum, 1)</c>, 1 when the minimum is zero.</summary>
    public double Ratio { get; }

    internal double ShortfallMonths { get; }

    /// <summary>The missing experience in fractional months: the range's minimum less what the person has, never below 0.</summary>
    internal static double ShortfallMonthsOf(double haveYears, ExperienceRange typical) =>
        Math.Max(Periods.TotalMonths(typical.Minimum) - HaveMonths(haveYears), 0);

    /// <summary>Fractional years as months, rounded to 9 decimals so that noise cannot make a shortfall.</summary>
    private static double HaveMonths(double haveYears) => Math.Round(haveYears * 12, 9);

    /// <summary>Describes the gap, such as <c>experience 1 year against 5–8 years: 4 years short</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"experience {CalendarMath.Years(HaveYears)} against {Typical}: "
        + (IsMet ? (IsAboveTypicalRange ? "met, above the range" : "met") : $"{CalendarMath.Describe(Shortfall)} short");
}
