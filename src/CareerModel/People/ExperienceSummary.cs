using System.Collections.ObjectModel;
using CareerModel.Careers;
using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// A person's experience on one day, from their <see cref="WorkHistory"/>: in total, by job family
/// and by career track, and the gaps between periods of work.
/// </summary>
/// <remarks>
/// <para>
/// Overlapping periods are merged, never double-counted: a day counts once in calendar time, and
/// in full-time-equivalent time by the sum of the fractions worked that day, capped at 1 (two
/// half-time jobs on the same day make one full day; two full-time jobs still make one).
/// </para>
/// <para>
/// Totals count every period. A period counts towards a family (or a track) when its family (or
/// track) is known: given on the <see cref="Employment"/> or found in the catalog. Family and track
/// amounts are merged within the family or track in the same way, so the amounts of several
/// families may add up to more than the total when periods in different families overlap.
/// </para>
/// <para>
/// Gaps are the stretches from the first day of the history up to the day of measurement that no
/// period covers, including the time since the last period ended.
/// </para>
/// </remarks>
public sealed class ExperienceSummary : IEquatable<ExperienceSummary>
{
    internal ExperienceSummary(
        LocalDate asOf,
        ExperienceAmount total,
        SortedDictionary<string, ExperienceAmount> byFamily,
        SortedDictionary<CareerTrack, ExperienceAmount> byTrack,
        IReadOnlyList<EmploymentGap> gaps)
    {
        AsOf = asOf;
        Total = total;
        ByFamily = new ReadOnlyDictionary<string, ExperienceAmount>(byFamily);
        ByTrack = new ReadOnlyDictionary<CareerTrack, ExperienceAmount>(byTrack);
        Gaps = gaps;
    }

    /// <summary>Gets the day experience was measured on; periods are counted up to (not including) it.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the total experience, all periods merged.</summary>
    public ExperienceAmount Total { get; }

    /// <summary>Gets the experience in each job family, ordered by family id.</summary>
    public IReadOnlyDictionary<string, ExperienceAmount> ByFamily { get; }

    /// <summary>Gets the experience on each career track, in enum order.</summary>
    public IReadOnlyDictionary<CareerTrack, ExperienceAmount> ByTrack { get; }

    /// <summary>Gets the gaps in the history, in date order.</summary>
    public IReadOnlyList<EmploymentGap> Gaps { get; }

    /// <summary>Gets the experience in one job family.</summary>
    /// <param name="family">The family id.</param>
    /// <returns>The experience, or <see cref="ExperienceAmount.Zero"/> when the history has none in that family.</returns>
    public ExperienceAmount InFamily(string family)
    {
        ArgumentNullException.ThrowIfNull(family);
        return ByFamily.TryGetValue(family, out var amount) ? amount : ExperienceAmount.Zero;
    }

    /// <summary>Gets the experience on one career track.</summary>
    /// <param name="track">The track.</param>
    /// <returns>The experience, or <see cref="ExperienceAmount.Zero"/> when the history has none on that track.</returns>
    public ExperienceAmount InTrack(CareerTrack track) => ByTrack.TryGetValue(track, out var amount) ? amount : ExperienceAmount.Zero;

    /// <inheritdoc/>
    public bool Equals(ExperienceSummary? other) =>
        other is not null && AsOf == other.AsOf && Total.Equals(other.Total)
        && DictionaryEqual(ByFamily, other.ByFamily) && DictionaryEqual(ByTrack, other.ByTrack)
        && ReadOnly.SequenceEqual(Gaps, other.Gaps);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ExperienceSummary);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(AsOf, Total, ByFamily.Count, ByTrack.Count, Gaps.Count);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(ExperienceSummary? left, ExperienceSummary? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ExperienceSummary? left, ExperienceSummary? right) => !(left == right);

    /// <summary>Describes the summary, such as <c>experience on 2026-11-25: 1 year (1 year) in total, 0 gaps</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"experience on {CalendarMath.Iso(AsOf)}: {Total} in total, {Gaps.Count} {(Gaps.Count == 1 ? "gap" : "gaps")}";

    private static bool DictionaryEqual<TKey>(IReadOnlyDictionary<TKey, ExperienceAmount> left, IReadOnlyDictionary<TKey, ExperienceAmount> right) =>
        left.Count == right.Count && left.All(pair => right.TryGetValue(pair.Key, out var amount) && pair.Value.Equals(amount));
}
