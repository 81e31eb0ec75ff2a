using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// The people of a workforce closest to ready for one role, best first
/// (<see cref="CareerAssessor.RankPeople"/>).
/// </summary>
/// <remarks>
/// <para>
/// <b>Order.</b> The earliest <see cref="Readiness.ReadyDate"/> first (the people ready now, then
/// by the time their plan, education and experience take); on the same day the higher
/// <see cref="GapAnalysis.Fit"/>; then the lower <see cref="RankedPerson.Index"/>, the position in
/// the sequence ranked. The order is total, so a ranking is the same on any number of threads.
/// </para>
/// <para>
/// Every person kept carries the assessor's own <see cref="Readiness"/> for the role, worked out
/// for them alone; the fit and ready date that ranked them are equal to its own.
/// </para>
/// </remarks>
public sealed class PeopleRanking
{
    internal PeopleRanking(string roleId, LocalDate asOf, long peopleConsidered, IReadOnlyList<RankedPerson> people)
    {
        RoleId = roleId;
        AsOf = asOf;
        PeopleConsidered = peopleConsidered;
        People = people;
    }

    /// <summary>Gets the id of the role the people were ranked for.</summary>
    public string RoleId { get; }

    /// <summary>Gets the day of the ranking, from the assessor's clock.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets how many people the sequence held.</summary>
    public long PeopleConsidered { get; }

    /// <summary>Gets the people kept, best first: at most the count asked for (see the remarks for the order).</summary>
    public IReadOnlyList<RankedPerson> People { get; }

    /// <summary>
    /// Summarises the ranking, such as
    /// <c>cs-team-lead on 2026-11-25: the 3 closest to ready of 5 people, first ready on 2027-05-25</c>.
    /// </summary>
    /// <returns>The summary.</returns>
    public override string ToString() =>
        $"{RoleId} on {CalendarMath.Iso(AsOf)}: the {People.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} closest to ready of "
        + $"{PeopleConsidered.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(PeopleConsidered == 1 ? "person" : "people")}"
        + (People.Count == 0 ? "" : People[0].Readiness.IsReady ? ", first ready now" : $", first ready on {CalendarMath.Iso(People[0].ReadyDate)}");
}
