using CareerModel.Internal;
using NodaTime;

namespace CareerModel;

/// <summary>
/// Where a published figure comes from: its source, the date it is effective from and its
/// vintage (the survey or release it belongs to), so that every band, wage, factor and rate can
/// be traced and aged.
/// </summary>
public sealed class Provenance : IEquatable<Provenance>
{
    /// <summary>Creates a provenance.</summary>
    /// <param name="source">Who published the figure, such as <c>BLS OEWS</c> or a guide's title.</param>
    /// <param name="effectiveDate">The date the figure describes, if known.</param>
    /// <param name="vintage">The release it belongs to, such as <c>May 2024</c>, if known.</param>
    /// <exception cref="ArgumentException">The source is blank.</exception>
    public Provenance(string source, LocalDate? effectiveDate = null, string? vintage = null)
    {
        Source = Check.NotBlank(source, nameof(source));
        EffectiveDate = effectiveDate;
        Vintage = string.IsNullOrWhiteSpace(vintage) ? null : vintage.Trim();
    }

    /// <summary>Gets who published the figure.</summary>
    public string Source { get; }

    /// <summary>Gets the date the figure describes, or <see langword="null"/>.</summary>
    public LocalDate? EffectiveDate { get; }

    /// <summary>Gets the release the figure belongs to, or <see langword="null"/>.</summary>
    public string? Vintage { get; }

    /// <inheritdoc/>
    public bool Equals(Provenance? other) =>
        other is not null && Source == other.Source && EffectiveDate == other.EffectiveDate && Vintage == other.Vintage;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Provenance);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Source, EffectiveDate, Vintage);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Provenance? left, Provenance? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Provenance? left, Provenance? right) => !(left == right);

    /// <summary>Describes the provenance, such as <c>BLS OEWS, May 2024, effective 2024-05-01</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var text = Source;
        if (Vintage is not null)
            text += ", " + Vintage;
        if (EffectiveDate is { } date)
            text += ", effective " + date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return text;
    }
}
