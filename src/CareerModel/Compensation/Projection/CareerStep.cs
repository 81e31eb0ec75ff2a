using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// One step of a career path in a pay projection: the band of the role held from a date on,
/// with a label for the timeline (the role's title or id). Two steps are equal when label, band
/// and date are equal.
/// </summary>
/// <remarks>
/// Take the band from the role, such as <c>role.PayBands["US"]</c>, and the label from
/// <c>role.Title</c> or <c>role.Id</c>.
/// </remarks>
public sealed class CareerStep : IEquatable<CareerStep>
{
    /// <summary>Creates a step.</summary>
    /// <param name="label">The role's title or id, as the timeline shows it; not blank (trimmed).</param>
    /// <param name="band">The annual pay band of the role held.</param>
    /// <param name="begins">The date the step begins.</param>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> or <paramref name="band"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="label"/> is empty or white space.</exception>
    public CareerStep(string label, SalaryBand band, LocalDate begins)
    {
        Label = Check.NotBlank(label, nameof(label));
        ArgumentNullException.ThrowIfNull(band);
        Band = band;
        Begins = begins;
    }

    /// <summary>Gets the role's title or id.</summary>
    public string Label { get; }

    /// <summary>Gets the annual pay band of the role held.</summary>
    public SalaryBand Band { get; }

    /// <summary>Gets the date the step begins.</summary>
    public LocalDate Begins { get; }

    /// <inheritdoc/>
    public bool Equals(CareerStep? other) =>
        other is not null && Label == other.Label && Band.Equals(other.Band) && Begins == other.Begins;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CareerStep);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Label, Band, Begins);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(CareerStep? left, CareerStep? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CareerStep? left, CareerStep? right) => !(left == right);

    /// <summary>Describes the step, such as <c>Customer Service Specialist from 2026-01-01, band USD 42,000.00 (median)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Label} from {ProjectionText.Date(Begins)}, band {Band}";
}
