using NodaTime;

namespace CareerModel.Onet;

/// <summary>
/// How <see cref="OnetCatalog"/> infers transitions between occupations: which signals count and
/// how much, how far a move may climb or drop in Job Zone, and how many moves each occupation keeps.
/// </summary>
/// <remarks>
/// <para>
/// For every ordered pair of occupations the importer computes one similarity per signal:
/// skills, knowledge and abilities (the cosine of the importance-weighted level vectors, LV ×
/// (IM − 1) / 4 per element, centred on each element's mean over all occupations), education and
/// experience (one minus the mean earth mover's distance between the RL, RW, PT and OJ category
/// distributions), and description (the TF-IDF cosine of title and description). Each signal is
/// turned into a normal score (the inverse normal of the pair's percentile among all pairs: 0 for
/// the median pair, about 3 for the top 0.1%), so that weights compare like with like. The score
/// of a move is
/// </para>
/// <para>
/// <c>score = Σ weight·normal score / Σ weight</c>
/// <c>+ SocWeight · proximity + SupervisorWeight · [one supervises the other's group]</c>
/// <c>− JobZoneStepPenalty · |ΔJZ| − DownwardStepPenalty · max(0, −ΔJZ)</c>,
/// </para>
/// <para>
/// where proximity is 1 for the same detailed SOC occupation, 0.75 for the same broad group, 0.5
/// for the same minor group, 0.25 for the same major group and 0 otherwise. An occupation O*NET
/// has not rated (Software Developers in 29.0) borrows the mean vector of the rated occupations in
/// its SOC broad group (else minor group) for this comparison only; a pair that still cannot be
/// compared on a signal (or two borrowed vectors) counts as the median pair, 0, with the weight
/// kept, so less evidence means a lower score. Each occupation keeps its
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
/// move at the least score kept (1.0) has strength 0.12, the median move kept about 0.6, a move
/// scored 3 (about the top 10% kept) 0.88.
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
    /// <value>The default is 1.0. Zero or more, as every weight.</value>
    public double SkillWeight { get; set; } = 1.0;

    /// <summary>Gets or sets the weight of knowledge similarity.</summary>
    /// <value>The default is 1.5.</value>
    public double KnowledgeWeight { get; set; } = 1.5;

    /// <summary>Gets or sets the weight of ability similarity (when the release has the Abilities file).</summary>
    /// <value>The default is 1.0.</value>
    public double AbilityWeight { get; set; } = 1.0;

    /// <summary>Gets or sets the weight of education, training and experience similarity.</summary>
    /// <value>The default is 0.5.</value>
    public double EducationWeight { get; set; } = 0.5;

    /// <summary>Gets or sets the weight of the similarity of titles and descriptions (what the work is).</summary>
    /// <value>The default is 1.5.</value>
    public double DescriptionWeight { get; set; } = 1.5;

    /// <summary>Gets or sets the bonus for occupations close in the SOC hierarchy, multiplied by their proximity (0 to 1).</summary>
    /// <value>The default is 1.0.</value>
    public double SocWeight { get; set; } = 1.0;

    /// <summary>
    /// Gets or sets the bonus linking workers and the first-line supervisors of their SOC major
    /// group (Customer Service Representatives and First-Line Supervisors of Office and
    /// Administrative Support Workers): the usual first step into management, which the ratings
    /// alone underrate because supervising asks for other skills than the work supervised.
    /// </summary>
    /// <value>The default is 1.0.</value>
    public double SupervisorWeight { get; set; } = 1.0;

    /// <summary>Gets or sets the penalty for each Job Zone between the occupations, up or down.</summary>
    /// <value>The default is 0.5.</value>
    public double JobZoneStepPenalty { get; set; } = 0.5;

    /// <summary>Gets or sets the further penalty for each Job Zone a move drops.</summary>
    /// <value>The default is 0.25.</value>
    public double DownwardStepPenalty { get; set; } = 0.25;

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
    /// The default is 0.5, so that the kept moves (scores from 1 to about 4.5) spread over most of
    /// 0 to 1 (0.12 to 0.99) instead of crowding at either end. Greater than zero and finite.
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
            throw new ArgumentOutOfRangeException(nameof(NeighboursPerOccupation), NeighboursPerOccupation, $"{nameof(NeighboursPerOccupation)} {NeighboursPerOccupation} must be at least 1.");
        if (double.IsNaN(MinimumScore))
            throw new ArgumentOutOfRangeException(nameof(MinimumScore), MinimumScore, $"{nameof(MinimumScore)} must be a number (it may be negative infinity to keep every neighbour).");
        Weight(SkillWeight, nameof(SkillWeight));
        Weight(KnowledgeWeight, nameof(KnowledgeWeight));
        Weight(AbilityWeight, nameof(AbilityWeight));
        Weight(EducationWeight, nameof(EducationWeight));
        Weight(DescriptionWeight, nameof(DescriptionWeight));
        Weight(SocWeight, nameof(SocWeight));
        Weight(SupervisorWeight, nameof(SupervisorWeight));
        Weight(JobZoneStepPenalty, nameof(JobZoneStepPenalty));
        Weight(DownwardStepPenalty, nameof(DownwardStepPenalty));
        if (SkillWeight + KnowledgeWeight + AbilityWeight + EducationWeight + DescriptionWeight <= 0)
            throw new ArgumentException("At least one of the skill, knowledge, ability, education and description weights must be greater than zero.", nameof(SkillWeight));
        if (!double.IsFinite(StrengthMidpoint))
            throw new ArgumentOutOfRangeException(nameof(StrengthMidpoint), StrengthMidpoint, $"{nameof(StrengthMidpoint)} {StrengthMidpoint.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be a finite number.");
        if (!double.IsFinite(StrengthSpread) || StrengthSpread <= 0)
            throw new ArgumentOutOfRangeException(nameof(StrengthSpread), StrengthSpread, $"{nameof(StrengthSpread)} {StrengthSpread.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be a finite number greater than zero.");
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
            throw new ArgumentOutOfRangeException(name, value, $"{name} {value.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be a finite number, zero or more.");
    }

    private static void Step(int value, string name)
    {
        if (value is < 0 or > 4)
            throw new ArgumentOutOfRangeException(name, value, $"{name} {value} must be from 0 to 4 (Job Zones run from 1 to 5).");
    }

    private static void Time(Period? value, string name)
    {
        if (value is null)
            throw new ArgumentNullException(name, $"{name} must not be null.");
        if (value.Weeks != 0 || value.Days != 0 || value.HasTimeComponent || value.Years < 0 || value.Months < 0)
            throw new ArgumentException($"{name} {value} must be zero or more whole years and months.", name);
    }
}
