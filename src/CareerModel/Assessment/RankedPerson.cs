using CareerModel.Internal;
using CareerModel.People;
using NodaTime;

namespace CareerModel.Assessment;

/// <summary>
/// One person of a <see cref="PeopleRanking"/>: their place, where they were in the sequence
/// ranked, their profile, and the full readiness assessment for the role — the same
/// <see cref="Assessment.Readiness"/> (gaps, plan, actions) that
/// <see cref="CareerAssessor.AssessReadiness"/> gives.
/// </summary>
public sealed class RankedPerson
{
    internal RankedPerson(int rank, long index, Profile profile, Readiness readiness)
    {
        Rank = rank;
        Index = index;
        Profile = profile;
        Readiness = readiness;
    }

    /// <summary>Gets the person's place, from 1 (the first ready).</summary>
    public int Rank { get; }

    /// <summary>Gets the person's position in the sequence ranked, counted from 0: profiles carry no id, so this says which person it is.</summary>
    public long Index { get; }

    /// <summary>Gets the person's profile.</summary>
    public Profile Profile { get; }

    /// <summary>Gets the readiness assessment for the role: fit, gaps, plan, ready date and actions.</summary>
    public Readiness Readiness { get; }

    /// <summary>Gets the skills fit to the role, in [0, 1] (see <see cref="GapAnalysis"/>).</summary>
    public double Fit => Readiness.Fit;

    /// <summary>Gets the estimated day the person is ready for the role; the assessment's day when ready now.</summary>
    public LocalDate ReadyDate => Readiness.ReadyDate;

    /// <summary>Gets the estimated time until the person is ready.</summary>
    public Period TimeToReady => Readiness.TimeToReady;

    /// <summary>
    /// Describes the person's place, such as
    /// <c>#1 person 3: ready on 2027-05-25, in 6 months (fit 0.875, score 0.938)</c> or
    /// <c>#1 person 3: ready now (fit 1, score 1)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"#{Rank} person {Index}: ")
        + (Readiness.IsReady ? "ready now" : $"ready on {CalendarMath.Iso(ReadyDate)}, in {CalendarMath.Describe(TimeToReady)}")
        + $" (fit {CalendarMath.Fraction(Fit)}, score {CalendarMath.Fraction(Readiness.Score)})";
}
