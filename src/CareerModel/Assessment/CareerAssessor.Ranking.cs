using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.People;

namespace CareerModel.Assessment;

/// <summary>The reverse question: who in a workforce is closest to ready for a role.</summary>
public sealed partial class CareerAssessor
{
    /// <summary>
    /// Ranks people for one role and keeps the <paramref name="count"/> closest to ready: the
    /// earliest ready date first, then the highest fit, then the earliest in the sequence (see
    /// <see cref="PeopleRanking"/>). Each person kept carries the readiness assessment
    /// <see cref="AssessReadiness"/> gives them.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The role's requirements are compiled once, so each person costs a lookup per skill they
    /// list and one pass over the role's requirements; the fit and ready date are the ones
    /// <see cref="AssessReadiness"/> gives, worked out by the same rules in the same order. The
    /// full assessments (gaps, plan, actions) are made for the people kept only.
    /// </para>
    /// <para>
    /// The sequence is enumerated once, lazily, and never stored: memory holds the people kept
    /// (per thread while the ranking runs) and a few dozen profiles in flight, however many
    /// people there are, so a sequence streamed from a database or file works as well as a list.
    /// The people are scored on up to <paramref name="maxDegreeOfParallelism"/> threads; the
    /// result is the same on any number of them, and every profile is checked against the catalog
    /// as <see cref="Validate"/> checks it.
    /// </para>
    /// </remarks>
    /// <param name="roleId">The id of the role.</param>
    /// <param name="people">The people, in any order; each is named by its position in the sequence (from 0).</param>
    /// <param name="count">How many people to keep, at least 1.</param>
    /// <param name="maxDegreeOfParallelism">The most threads to score on, at least 1 (1 scores on the calling thread); <see langword="null"/> for one per processor.</param>
    /// <param name="cancellationToken">Cancels the ranking.</param>
    /// <returns>The people kept, best first, with how many were ranked.</returns>
    /// <exception cref="ArgumentNullException">The role id or the sequence is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count or the degree of parallelism is below 1.</exception>
    /// <exception cref="UnknownRoleException">The role is not in the catalog, or a profile names a role the catalog does not hold (the message says which profile).</exception>
    /// <exception cref="UnknownSkillException">A profile names a skill the catalog does not hold (the message says which profile).</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A profile gives a level off the catalog's scale (the message says which profile).</exception>
    /// <exception cref="ArgumentException">The sequence holds null, or a profile's certifications and skills are mixed up (see <see cref="Validate"/>).</exception>
    /// <exception cref="FutureEmploymentException">A period of a profile's work history starts after today.</exception>
    /// <exception cref="OverflowException">A ready date lies past the calendar's last day, 9999-12-31.</exception>
    /// <exception cref="OperationCanceledException">The ranking was cancelled.</exception>
    /// <exception cref="Exception">Whatever the sequence throws while it is enumerated.</exception>
    public PeopleRanking RankPeople(string roleId, IEnumerable<Profile> people, int count, int? maxDegreeOfParallelism = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roleId);
        ArgumentNullException.ThrowIfNull(people);
        if (count < 1)
            throw InvariantArgument.OutOfRange(nameof(count), count, $"count {count} of people to keep must be at least 1.");
        if (maxDegreeOfParallelism is < 1)
            throw InvariantArgument.OutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, $"maxDegreeOfParallelism {maxDegreeOfParallelism} must be at least 1 (1 ranks on the calling thread), or null for one thread per processor.");
        if (!Catalog.TryGetRole(roleId, out var role))
            throw new UnknownRoleException([roleId]);

        var today = clock.GetCurrentInstant().InZone(Zone).Date;
        var compiled = new CompiledRole(this, role, today);
        var (kept, considered) = PeopleRanker.Rank(compiled, people, count, maxDegreeOfParallelism ?? Environment.ProcessorCount, cancellationToken);

        var ranked = new RankedPerson[kept.Length];
        for (var i = 0; i < kept.Length; i++)
            ranked[i] = new RankedPerson(i + 1, kept[i].Index, kept[i].Profile, AssessReadinessOn(kept[i].Profile, role, today));
        return new PeopleRanking(role.Id, today, considered, Array.AsReadOnly(ranked));
    }
}
