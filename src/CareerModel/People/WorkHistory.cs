using System.Collections.ObjectModel;
using CareerModel.Careers;
using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// A person's periods of work, from which experience is measured on a given day: in total, by job
/// family and by career track, with overlapping periods merged and the gaps between them reported.
/// </summary>
/// <remarks>
/// <para>
/// Periods may overlap and come in any order; they are kept sorted (by start, then end, then role
/// id), so two histories with the same periods are equal. See <see cref="ExperienceSummary"/> for
/// how overlaps, part-time work and gaps count.
/// </para>
/// <para>
/// Experience is measured against a clock, never the machine's time: pass an
/// <see cref="IClock"/> and the time zone whose calendar day counts as "today" (tests use
/// <c>NodaTime.Testing.FakeClock</c>), or the day itself. Periods count up to, not including,
/// today; an end after today is cut at today, and a start after today is an error.
/// </para>
/// </remarks>
public sealed class WorkHistory : IEquatable<WorkHistory>
{
    /// <summary>Creates a work history.</summary>
    /// <param name="employments">The periods of work, in any order; may overlap.</param>
    /// <exception cref="ArgumentException">A period is null.</exception>
    public WorkHistory(IEnumerable<Employment> employments)
    {
        ArgumentNullException.ThrowIfNull(employments);
        var sorted = ReadOnly.Copy(employments, nameof(employments))
            .OrderBy(e => e.Start)
            .ThenBy(e => e.End ?? LocalDate.MaxIsoValue)
            .ThenBy(e => e.RoleId, StringComparer.Ordinal)
            .ThenBy(e => e.FullTimeEquivalent)
            .ThenBy(e => e.Family, StringComparer.Ordinal)
            .ThenBy(e => e.Track)
            .ToArray();
        Employments = sorted.Length == 0 ? [] : Array.AsReadOnly(sorted);
    }

    /// <summary>Gets a history with no work in it.</summary>
    public static WorkHistory Empty { get; } = new([]);

    /// <summary>Gets the periods of work, ordered by start, then end (ongoing last), then role id.</summary>
    public IReadOnlyList<Employment> Employments { get; }

    /// <summary>Measures experience on the current day of a clock in a time zone.</summary>
    /// <param name="clock">The clock that says what time it is.</param>
    /// <param name="zone">The time zone whose calendar day is "today".</param>
    /// <param name="catalog">A catalog to look up the family and track of periods that do not give them; optional.</param>
    /// <returns>The experience up to (not including) today.</returns>
    /// <exception cref="FutureEmploymentException">A period starts after today.</exception>
    public ExperienceSummary Experience(IClock clock, DateTimeZone zone, CareerCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        return ExperienceOn(clock.GetCurrentInstant().InZone(zone).Date, catalog);
    }

    /// <summary>Measures experience on a given day.</summary>
    /// <param name="today">The day to measure on; periods count up to, not including, it. A date in another calendar is converted to ISO.</param>
    /// <param name="catalog">A catalog to look up the family and track of periods that do not give them; optional.</param>
    /// <returns>The experience up to (not including) <paramref name="today"/>.</returns>
    /// <exception cref="FutureEmploymentException">A period starts after <paramref name="today"/>.</exception>
    public ExperienceSummary ExperienceOn(LocalDate today, CareerCatalog? catalog = null)
    {
        today = Dates.ToIso(today);
        ThrowIfAnyStartsAfter(today);

        var spans = Employments
            .Select(e => (Employment: e, Span: ExperienceCalculator.WorkSpan.Of(e, today)))
            .ToArray();
        var total = ExperienceCalculator.Merge(spans.Select(s => s.Span));

        var byFamily = new SortedDictionary<string, ExperienceAmount>(StringComparer.Ordinal);
        foreach (var group in spans.Where(s => FamilyOf(s.Employment, catalog) is not null).GroupBy(s => FamilyOf(s.Employment, catalog)!, StringComparer.Ordinal))
            Add(byFamily, group.Key, ExperienceCalculator.Merge(group.Select(s => s.Span)));

        var byTrack = new SortedDictionary<CareerTrack, ExperienceAmount>();
        foreach (var group in spans.Where(s => TrackOf(s.Employment, catalog) is not null).GroupBy(s => TrackOf(s.Employment, catalog)!.Value))
            Add(byTrack, group.Key, ExperienceCalculator.Merge(group.Select(s => s.Span)));

        return new ExperienceSummary(today, total.ToAmount(), byFamily, byTrack, Gaps(total, today));
    }

    /// <summary>
    /// The total full-time-equivalent experience on a day, in fractional years: what
    /// <c>ExperienceOn(today).Total.FullTimeEquivalentYears</c> gives, without the rest of the
    /// summary (for ranking many people, where only this number counts).
    /// </summary>
    /// <param name="today">The day to measure on.</param>
    /// <returns>The years.</returns>
    /// <exception cref="FutureEmploymentException">A period starts after <paramref name="today"/>.</exception>
    internal double FullTimeEquivalentYearsOn(LocalDate today)
    {
        today = Dates.ToIso(today);
        ThrowIfAnyStartsAfter(today);
        return ExperienceCalculator.TotalFullTimeEquivalentYears(Employments, today);
    }

    /// <summary>Throws <see cref="FutureEmploymentException"/>, listing every period that starts after <paramref name="today"/>, when there is one.</summary>
    /// <param name="today">The day of measurement, in the ISO calendar.</param>
    internal void ThrowIfAnyStartsAfter(LocalDate today)
    {
        for (var i = 0; i < Employments.Count; i++)
        {
            if (Employments[i].Start > today)
                throw Future(today);
        }
    }

    /// <summary>The exception for the periods that start after <paramref name="today"/> (its own method, so the check above allocates no closure).</summary>
    private FutureEmploymentException Future(LocalDate today) => new(Employments.Where(e => e.Start > today), today);

    /// <inheritdoc/>
    public bool Equals(WorkHistory? other) => other is not null && ReadOnly.SequenceEqual(Employments, other.Employments);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as WorkHistory);

    /// <inheritdoc/>
    public override int GetHashCode() => ReadOnly.SequenceHash(Employments);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(WorkHistory? left, WorkHistory? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(WorkHistory? left, WorkHistory? right) => !(left == right);

    /// <summary>Describes the history, such as <c>2 periods of work from 2019-09-01</c> or <c>no work history</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Employments.Count switch
    {
        0 => "no work history",
        1 => $"1 period of work from {CalendarMath.Iso(Employments[0].Start)}",
        var n => $"{n} periods of work from {CalendarMath.Iso(Employments[0].Start)}",
    };

    private static string? FamilyOf(Employment employment, CareerCatalog? catalog) =>
        employment.Family ?? (catalog is not null && catalog.TryGetRole(employment.RoleId, out var role) ? role.Family : null);

    private static CareerTrack? TrackOf(Employment employment, CareerCatalog? catalog) =>
        employment.Track ?? (catalog is not null && catalog.TryGetRole(employment.RoleId, out var role) ? role.Track : null);

    private static void Add<TKey>(SortedDictionary<TKey, ExperienceAmount> amounts, TKey key, ExperienceCalculator.MergedSpans merged)
        where TKey : notnull
    {
        if (merged.CalendarDays > 0)
            amounts.Add(key, merged.ToAmount());
    }

    private static ReadOnlyCollection<EmploymentGap> Gaps(ExperienceCalculator.MergedSpans total, LocalDate today)
    {
        var gaps = new List<EmploymentGap>();
        for (var i = 1; i < total.Runs.Count; i++)
            gaps.Add(new EmploymentGap(total.Runs[i - 1].End, total.Runs[i].Start));
        if (total.Runs.Count > 0 && total.Runs[^1].End < today)
            gaps.Add(new EmploymentGap(total.Runs[^1].End, today));
        return gaps.AsReadOnly();
    }
}
