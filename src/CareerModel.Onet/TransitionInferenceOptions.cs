using CareerModel.Internal;
using CareerModel.Onet.Internal;
using NodaTime;

namespace CareerModel.Onet;

/// <summary>
/// How <see cref="OnetCatalog"/> infers transitions between occupations: which signals count and
/// how much, how far a move may climb or drop in Job Zone, and how many moves each occupation keeps.
/// </summary>
/// <remarks>
/// <para>
/// For every ordered pair of occupations the importer computes one similarity per signal:
/// skills, knowledge and abilities (the cosine of the importance profiles, IM per element, centred
/// on each element's mean over all occupations: what the work draws on, whatever the level), education and
/// experience (one minus the mean earth mover's distance between the RL, RW, PT and OJ category
/// distributions), and description (the TF-IDF cosine of title and description). Each signal is
/// turned into a normal score (the inverse normal of the pair's percentile among all pairs: 0 for
/// the median pair, about 3 for the top 0.1%), so that weights compare like with like. The score
/// of a move is
/// </para>
/// <para>
/// <c>score = Σ weight·normal score / Σ weight</c>
/// <c>+ SocWeight · proximity + SupervisorWeight · [the target supervises the source's group]</c>
/// <c>+ PeerSupervisorWeight · [both are first-line supervisors]</c>
/// <c>− JobZoneStepPenalty · |ΔJZ| − DownwardStepPenalty · max(0, −ΔJZ)</c>,
/// </para>
/// <para>
/// where proximity is 1 for the same detailed SOC occupation, 0.75 for the same broad group, 0.5
/// for the same minor group, 0.25 for the same major group and 0 otherwise. An occupation O*NET
/// has not rated (Software Developers in 29.0; the import names each in an
/// <see cref="ImportNoteKind.RequirementsMissing"/> note) borrows the mean vector of the rated
/// occupations in its SOC broad group (else minor group) for this comparison only, and a normal
/// score from a borrowed vector counts <see cref="BorrowedProfileWeight"/> times, so that a group's
/// average cannot win a place on its own; a pair that still cannot be compared on a signal (or two
/// borrowed vectors) counts as the median pair, 0, with the weight kept, so less evidence means a
/// lower score. Each occupation keeps its
/// <see cref="NeighboursPerOccupation"/> best-scoring targets within the Job Zone limits whose
/// score is at least <see cref="MinimumScore"/>; ties go to the lower O*NET-SOC code.
/// </para>
/// <para>
/// A move is a Promotion when the target's Job Zone is higher, a TrackSwitch when the track
/// changes and the Job Zone does not rise, a Specialisation from a SOC occupation to its own
/// O*NET specialisation (29-1141.00 → 29-1141.03), and Lateral otherwise. Its typical time is
/// <see cref="TimePerJobZoneStep"/> per Job Zone climbed, or <see cref="SameLevelMoveTime"/>.
/// </para>
/// <para>
/// Its <see cref="Careers.Transition.Strength"/> is the score mapped to 0–1 by one logistic curve,
/// <c>strength = 1 / (1 + exp(−(score − StrengthMidpoint) / StrengthSpread))</c>: monotone, so a
/// higher score is never a weaker move, and the same for every source occupation, so strengths
/// compare across sources (a best move scored 1.2 is weak, wherever it starts). With the defaults a
/// move at the least score kept (1.0) has strength 0.12, the median move kept (2.15 on O*NET 29.0)
/// 0.57, a move scored 3 (about the top 5% kept) 0.88.
/// </para>
/// <para>
/// The defaults were chosen on the development half of O*NET 29.0's expert <c>Related
/// Occupations</c> (<c>docs/quality.md</c> records the figures and what was tried), preferring
/// few, principled rules: O*NET's own ratings and descriptions first, the SOC hierarchy as a
/// moderate bonus, Job Zones as limits rather than a per-step penalty (the expert lists climb and
/// drop a Job Zone as often as ours now do, 18% each way).
/// </para>
/// </remarks>
public sealed class TransitionInferenceOptions
{
    /// <summary>Gets or sets a value indicating whether transitions are inferred at all.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how many moves each occupation keeps at most (its k nearest neighbours).</summary>
    /// <value>The default is 10. At least 1.</value>
    public int NeighboursPerOccupation { get; set; } = 10;

    /// <summary>Gets or sets the least score a move needs (normal-score units: 1 is about the top 16% of pairs on every signal).</summary>
    /// <value>The default is 1.0.</value>
    public double MinimumScore { get; set; } = 1.0;

    /// <summary>Gets or sets the weight of skill similarity.</summary>
    /// <value>
    /// The default is 0.5. Zero or more, as every weight. O*NET rates the same 35 skills for
    /// every occupation and most of them alike (reading, listening, speaking), so skills tell
    /// related occupations apart less well than knowledge or descriptions do: alone they found a
    /// fifth of the expert relations on the development half, knowledge a third.
    /// </value>
    public double SkillWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of knowledge similarity.</summary>
    /// <value>The default is 1.5: what a field of work knows (medicine, mechanics, law) is the surest sign of a related occupation among the ratings.</value>
    public double KnowledgeWeight { get; set; } = 1.5;

    /// <summary>Gets or sets the weight of ability similarity (when the release has the Abilities file).</summary>
    /// <value>The default is 1.0, between skills and knowledge; not measured on the development half, whose copy of the release has no Abilities file.</value>
    public double AbilityWeight { get; set; } = 1.0;

    /// <summary>Gets or sets the weight of education, training and experience similarity.</summary>
    /// <value>
    /// The default is 0. Education tells how far up a field an occupation is, not which field, and
    /// Job Zones already bound how far a move climbs: on the development half it found a tenth of
    /// the expert relations alone and added nothing on top of the other signals (at 0.5, recall@10
    /// fell by about 0.005). The similarity is still reported on each <see cref="InferredTransition"/>.
    /// </value>
    public double EducationWeight { get; set; }

    /// <summary>Gets or sets the weight of the similarity of titles and descriptions (what the work is).</summary>
    /// <value>The default is 1.5, as knowledge: the strongest single signal on the development half (alone it found 37% of the expert relations).</value>
    public double DescriptionWeight { get; set; } = 1.5;

    /// <summary>Gets or sets the bonus for occupations close in the SOC hierarchy, multiplied by their proximity (0 to 1).</summary>
    /// <value>
    /// The default is 0.5. The SOC groups occupations by the work done, so closeness in it is
    /// evidence, but the experts relate across groups often: 39% of their relations leave the SOC
    /// major group. At 1.0, 81% of our top 10 stayed in the source's major group; at 0.5, 71%.
    /// </value>
    public double SocWeight { get; set; } = 0.5;

    /// <summary>
    /// Gets or sets the bonus for a move from a worker to the first-line supervisors of the
    /// worker's SOC major group (Customer Service Representatives to First-Line Supervisors of
    /// Office and Administrative Support Workers), one way: the usual first step into
    /// management, which the ratings alone underrate because supervising asks for other skills
    /// than the work supervised.
    /// </summary>
    /// <value>
    /// The default is 0.25. The bonus once also ran the other way, at 1.0, and filled a
    /// supervisor's list with the many occupations of its group, where the experts relate a
    /// supervisor to other supervisors (87 of the 100 relations from one in the development half).
    /// One way and at 0.25 it keeps the step up for a worker whose supervisor is otherwise close
    /// (a Customer Service Representative's fifth move), at a cost of 0.001 in recall@10 and 0.002
    /// in MRR against the expert lists, which are about relatedness rather than the next step.
    /// </value>
    public double SupervisorWeight { get; set; } = 0.25;

    /// <summary>
    /// Gets or sets the bonus linking first-line supervisors of different groups (of Retail Sales
    /// Workers and of Office and Administrative Support Workers): their common work is
    /// supervising, which their own ratings, centred on all occupations, underrate.
    /// </summary>
    /// <value>The default is 0.5: on the development half it raised the share of supervisors' moves that the experts list from 0.42 to 0.51.</value>
    public double PeerSupervisorWeight { get; set; } = 0.5;

    /// <summary>
    /// Gets or sets how much a normal score computed from a borrowed profile counts (an occupation
    /// O*NET has not rated, compared through its SOC group's mean), from 0 (not at all: the pair
    /// counts as the median pair on that signal) to 1 (as much as the occupation's own ratings).
    /// </summary>
    /// <value>
    /// The default is 0.5. A group's mean is not the occupation, so it is half the evidence: an
    /// unrated occupation takes a place in a top 10 only when its description or SOC group also
    /// supports it. On the development half this cut the top-10 places unrated occupations took
    /// from 268 to 73 and raised the share of them the experts list from 0.45 to 0.70, with recall
    /// unchanged. At most 1.
    /// </value>
    public double BorrowedProfileWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the penalty for each Job Zone between the occupations, up or down.</summary>
    /// <value>
    /// The default is 0: <see cref="MaxJobZoneStepUp"/> and <see cref="MaxJobZoneStepDown"/> bound
    /// the step already. At 0.5 only 7% of our moves climbed and 4% dropped a Job Zone, where 18%
    /// and 18% of the expert relations do; at 0 ours climb 22% and drop 15% of the time.
    /// </value>
    public double JobZoneStepPenalty { get; set; }

    /// <summary>Gets or sets the further penalty for each Job Zone a move drops.</summary>
    /// <value>The default is 0.1: a small preference, between equally related occupations, for the one that does not step down, as a career move; the expert lists themselves are level.</value>
    public double DownwardStepPenalty { get; set; } = 0.1;

    /// <summary>Gets or sets how many Job Zones a move may climb.</summary>
    /// <value>The default is 1. From 0 to 4.</value>
    public int MaxJobZoneStepUp { get; set; } = 1;

    /// <summary>Gets or sets how many Job Zones a move may drop.</summary>
    /// <value>The default is 1. From 0 to 4.</value>
    public int MaxJobZoneStepDown { get; set; } = 1;

    /// <summary>
    /// Gets or sets the score at which a move's strength is one half: the middle of the logistic
    /// curve that maps scores to strengths (see the remarks).
    /// </summary>
    /// <value>
    /// The default is 2.0, about the median score of the moves kept: a move half the kept moves
    /// beat is taken as half plausible. Any finite number; it changes strengths, never which moves
    /// are kept or their order.
    /// </value>
    public double StrengthMidpoint { get; set; } = 2.0;

    /// <summary>
    /// Gets or sets how many score units make the strength's log-odds change by one: the
    /// logistic curve's scale (see the remarks). Smaller is steeper.
    /// </summary>
    /// <value>
    /// The default is 0.5, so that the kept moves (scores from 1 to about 4 on O*NET 29.0) spread
    /// over most of 0 to 1 (0.12 to 0.98) instead of crowding at either end. Greater than zero and finite.
    /// </value>
    public double StrengthSpread { get; set; } = 0.5;

    /// <summary>Gets or sets the typical time before a promotion, for each Job Zone it climbs.</summary>
    /// <value>The default is 2 years. Whole years and months.</value>
    public Period TimePerJobZoneStep { get; set; } = Period.FromYears(2);

    /// <summary>Gets or sets the typical time before a move that does not climb a Job Zone.</summary>
    /// <value>The default is 1 year. Whole years and months.</value>
    public Period SameLevelMoveTime { get; set; } = Period.FromYears(1);

    internal void Validate()
    {
        if (NeighboursPerOccupation < 1)
            throw InvariantArgument.OutOfRange(nameof(NeighboursPerOccupation), NeighboursPerOccupation, $"{nameof(NeighboursPerOccupation)} {NeighboursPerOccupation} must be at least 1.");
        if (double.IsNaN(MinimumScore))
            throw InvariantArgument.OutOfRange(nameof(MinimumScore), MinimumScore, $"{nameof(MinimumScore)} must be a number (it may be negative infinity to keep every neighbour).");
        Weight(SkillWeight, nameof(SkillWeight));
        Weight(KnowledgeWeight, nameof(KnowledgeWeight));
        Weight(AbilityWeight, nameof(AbilityWeight));
        Weight(EducationWeight, nameof(EducationWeight));
        Weight(DescriptionWeight, nameof(DescriptionWeight));
        Weight(SocWeight, nameof(SocWeight));
        Weight(SupervisorWeight, nameof(SupervisorWeight));
        Weight(PeerSupervisorWeight, nameof(PeerSupervisorWeight));
        if (!double.IsFinite(BorrowedProfileWeight) || BorrowedProfileWeight is < 0 or > 1)
            throw InvariantArgument.OutOfRange(nameof(BorrowedProfileWeight), BorrowedProfileWeight, $"{nameof(BorrowedProfileWeight)} {BorrowedProfileWeight} must be a finite number from 0 to 1.");
        Weight(JobZoneStepPenalty, nameof(JobZoneStepPenalty));
        Weight(DownwardStepPenalty, nameof(DownwardStepPenalty));
        if (SkillWeight + KnowledgeWeight + AbilityWeight + EducationWeight + DescriptionWeight <= 0)
            throw new ArgumentException("At least one of the skill, knowledge, ability, education and description weights must be greater than zero.", nameof(SkillWeight));
        if (!double.IsFinite(StrengthMidpoint))
            throw InvariantArgument.OutOfRange(nameof(StrengthMidpoint), StrengthMidpoint, $"{nameof(StrengthMidpoint)} {StrengthMidpoint.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be a finite number.");
        if (!double.IsFinite(StrengthSpread) || StrengthSpread <= 0)
            throw InvariantArgument.OutOfRange(nameof(StrengthSpread), StrengthSpread, $"{nameof(StrengthSpread)} {StrengthSpread.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be a finite number greater than zero.");
        Step(MaxJobZoneStepUp, nameof(MaxJobZoneStepUp));
        Step(MaxJobZoneStepDown, nameof(MaxJobZoneStepDown));
        Time(TimePerJobZoneStep, nameof(TimePerJobZoneStep));
        Time(SameLevelMoveTime, nameof(SameLevelMoveTime));
    }

    /// <summary>The strength of a move with this score: the logistic curve of the remarks.</summary>
    internal double StrengthOf(double score) => 1 / (1 + Math.Exp(-(score - StrengthMidpoint) / StrengthSpread));

    private static void Weight(double value, string name)
    {
        if (!double.IsFinite(value) || value < 0)
            throw InvariantArgument.OutOfRange(name, value, $"{name} {value} must be a finite number, zero or more.");
    }

    private static void Step(int value, string name)
    {
        if (value is < 0 or > 4)
            throw InvariantArgument.OutOfRange(name, value, $"{name} {value} must be from 0 to 4 (Job Zones run from 1 to 5).");
    }

    private static void Time(Period? value, string name)
    {
        if (value is null)
            throw new ArgumentNullException(name, $"{name} must not be null.");
        if (value.Weeks != 0 || value.Days != 0 || value.HasTimeComponent || value.Years < 0 || value.Months < 0)
            throw new ArgumentException($"{name} {value} must be zero or more whole years and months.", name);
    }
}
