using CareerModel.Careers;
using CareerModel.Internal;
using NodaTime;

namespace CareerModel.People;

/// <summary>
/// One period of work in one role: from a start date to an end date (or ongoing), at a full- or
/// part-time fraction.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="End"/> is exclusive: it is the first day no longer in the role (the leaving date), so
/// a period from 2025-11-25 to 2026-11-25 is exactly one year, as <c>Period.Between</c> counts it.
/// An ongoing period runs up to the day experience is measured on.
/// </para>
/// <para>
/// The role's family and track may be given, so that a history can hold roles that are not in the
/// catalog; when they are not given they are looked up in the catalog by role id. Given values win
/// over the catalog's.
/// </para>
/// </remarks>
public sealed class Employment : IEquatable<Employment>
{
    /// <summary>Creates an employment period.</summary>
    /// <param name="roleId">The id of the role held, such as <c>cs-specialist</c>.</param>
    /// <param name="start">The first day in the role; a date in another calendar is converted to ISO.</param>
    /// <param name="end">The first day no longer in the role (exclusive), or <see langword="null"/> while it is ongoing; after <paramref name="start"/>; converted to ISO too.</param>
    /// <param name="fullTimeEquivalent">The fraction of full time worked: greater than 0 and at most 1. The default is 1 (full time).</param>
    /// <param name="family">The role's job family, for a role the catalog does not hold (or to override it).</param>
    /// <param name="track">The role's career track, for a role the catalog does not hold (or to override it).</param>
    /// <exception cref="ArgumentException">The role id or family is invalid, or the period ends on or before its start.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not in (0, 1], or the track is not defined.</exception>
    public Employment(string roleId, LocalDate start, LocalDate? end = null, decimal fullTimeEquivalent = 1m, string? family = null, CareerTrack? track = null)
    {
        RoleId = Check.Id(roleId, nameof(roleId));
        // Kept in the ISO calendar, as every date the library holds: NodaTime refuses to compare
        // dates of two calendars, so a Julian start would break every experience sum later.
        start = Dates.ToIso(start);
        end = end is { } given ? Dates.ToIso(given) : null;
        if (end is { } e && e <= start)
        {
            throw new ArgumentException(
                $"Employment '{roleId}' end {CalendarMath.Iso(e)} must be after its start {CalendarMath.Iso(start)}; the end is the first day no longer in the role.",
                nameof(end));
        }
        if (fullTimeEquivalent is <= 0 or > 1)
        {
            throw InvariantArgument.OutOfRange(
                nameof(fullTimeEquivalent),
                fullTimeEquivalent,
                $"Employment '{roleId}' full-time equivalent {Check.Format(fullTimeEquivalent)} must be greater than 0 and at most 1.");
        }
        Start = start;
        End = end;
        FullTimeEquivalent = fullTimeEquivalent;
        Family = family is null ? null : Check.Id(family, nameof(family));
        Track = track is { } t ? Check.Defined(t, nameof(track)) : null;
    }

    /// <summary>Gets the id of the role held.</summary>
    public string RoleId { get; }

    /// <summary>Gets the first day in the role.</summary>
    public LocalDate Start { get; }

    /// <summary>Gets the first day no longer in the role (exclusive), or <see langword="null"/> while ongoing.</summary>
    public LocalDate? End { get; }

    /// <summary>Gets a value indicating whether the period is ongoing (has no end).</summary>
    public bool IsOngoing => End is null;

    /// <summary>Gets the fraction of full time worked, in (0, 1].</summary>
    public decimal FullTimeEquivalent { get; }

    /// <summary>Gets the role's job family when given, or <see langword="null"/> to look it up in the catalog.</summary>
    public string? Family { get; }

    /// <summary>Gets the role's career track when given, or <see langword="null"/> to look it up in the catalog.</summary>
    public CareerTrack? Track { get; }

    /// <inheritdoc/>
    public bool Equals(Employment? other) =>
        other is not null && RoleId == other.RoleId && Start == other.Start && End == other.End
        && FullTimeEquivalent == other.FullTimeEquivalent && Family == other.Family && Track == other.Track;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Employment);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(RoleId, Start, End, FullTimeEquivalent, Family, Track);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Employment? left, Employment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Employment? left, Employment? right) => !(left == right);

    /// <summary>
    /// Describes the period, such as <c>cs-specialist from 2020-01-01 to 2022-01-01</c> or
    /// <c>qa-lead (quality, Management) from 2024-03-01, ongoing, 0.5 FTE</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var role = (Family, Track) switch
        {
            (null, null) => RoleId,
            ({ } f, null) => $"{RoleId} ({f})",
            (null, { } t) => $"{RoleId} ({t})",
            ({ } f, { } t) => $"{RoleId} ({f}, {t})",
        };
        var span = End is { } end ? $"from {CalendarMath.Iso(Start)} to {CalendarMath.Iso(end)}" : $"from {CalendarMath.Iso(Start)}, ongoing";
        return FullTimeEquivalent == 1m ? $"{role} {span}" : $"{role} {span}, {Check.Format(FullTimeEquivalent)} FTE";
    }
}
