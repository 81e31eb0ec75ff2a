using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// One entry of a <see cref="PayTimeline"/>: the annual pay from a date on, why it changed, and
/// the step held. Two entries are equal when every property is equal.
/// </summary>
public sealed class ProjectionEntry
{
    internal ProjectionEntry(LocalDate date, Money pay, ProjectionEntryKind kind, string detail, string stepLabel)
    {
        Date = date;
        Pay = pay;
        Kind = kind;
        Detail = detail;
        StepLabel = stepLabel;
    }

    /// <summary>Gets the date the pay takes effect.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the annual pay from <see cref="Date"/> on, rounded as the projection's rounding policy says.</summary>
    public Money Pay { get; }

    /// <summary>Gets why the pay changed.</summary>
    public ProjectionEntryKind Kind { get; }

    /// <summary>Gets a human description of the change, such as <c>merit 3% (rating Exceeds, range penetration 0.42)</c>.</summary>
    public string Detail { get; }

    /// <summary>Gets the label of the step held from <see cref="Date"/> on.</summary>
    public string StepLabel { get; }

    /// <summary>Describes the entry, such as <c>2026-01-01 USD 36,050.00 merit 3% (rating Meets, compa-ratio 1)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{ProjectionText.Date(Date)} {Pay} {Detail}";
}
