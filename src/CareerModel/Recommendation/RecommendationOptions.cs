using CareerModel.Careers;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// What to ask of a recommendation: weights, how many paths, how far and how long, and hard
/// constraints. A plain settings object: set what you need; each property documents its default,
/// and the values are checked when a recommendation is made.
/// </summary>
public sealed class RecommendationOptions
{
    /// <summary>The most steps a path may take.</summary>
    public const int MaxStepsLimit = 8;

    /// <summary>Gets or sets the score weights.</summary>
    /// <value>The default is <see cref="ScoreWeights.Default"/>.</value>
    public ScoreWeights Weights { get; set; } = ScoreWeights.Default;

    /// <summary>Gets or sets how many paths to return, best first.</summary>
    /// <value>The default is 10; from 1 to 1,000.</value>
    public int Count { get; set; } = 10;

    /// <summary>Gets or sets the most steps (moves) a path may take.</summary>
    /// <value>The default is 3; from 1 to <see cref="MaxStepsLimit"/>.</value>
    public int MaxSteps { get; set; } = 3;

    /// <summary>Gets or sets how far ahead paths may reach: a path that takes longer is left out. Its length also scales the time score.</summary>
    /// <value>The default is 10 years; whole years and months, longer than zero.</value>
    public Period Horizon { get; set; } = Period.FromYears(10);

    /// <summary>Gets or sets roles no path may pass through or end at.</summary>
    /// <value>The default is none.</value>
    public IReadOnlyCollection<string> ExcludedRoles { get; set; } = [];

    /// <summary>Gets or sets the least annual pay the final role must offer, in the person's region currency; a role with unknown pay then does not qualify.</summary>
    /// <value>The default is no minimum.</value>
    public Money? MinimumPay { get; set; }

    /// <summary>Gets or sets the track every role of a path must be on, if any.</summary>
    /// <value>The default is any track.</value>
    public CareerTrack? StayInTrack { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether skill fit is scored at the pessimistic end of its
    /// interval (<see cref="FitInterval.Pessimistic"/>: requirements at the upper end of their
    /// confidence intervals), so that a role whose requirements are only loosely known ranks by its
    /// worst plausible fit.
    /// </summary>
    /// <value>The default is <see langword="false"/>: fit at the requirements' estimates.</value>
    /// <remarks>
    /// The pessimistic fit then drives the ranking, the score's fit part (marked by
    /// <see cref="ScoreBreakdown.IsSkillFitPessimistic"/> and named so in its explanation) and the
    /// fit objective of the trade-off front; <see cref="PathStep.Fit"/> still reports the estimate's
    /// fit. Roles whose requirements carry no interval score as without the option, and on a catalog
    /// where none do, the option changes nothing.
    /// </remarks>
    public bool RankByPessimisticFit { get; set; }

    /// <summary>The largest salary gain a move can count, in doublings of pay (see <see cref="ScoreWeights.SalaryGain"/>).</summary>
    public const double MaxSalaryGain = 1;

    /// <summary>
    /// Gets or sets the salary gain a move counts when its pay cannot be told (no band for the role
    /// or the current one in the person's region, any region enclosing it, or a reference region
    /// where both are published), in the salary part's units: log₂ of the pay ratio.
    /// </summary>
    /// <value>
    /// The default is −0.25, the gain of a move paying about 16% less: unknown pay is never a free
    /// best case, so a move whose pay is unknown ranks below a comparable move with a real raise,
    /// and the breakdown and the result's warnings say the pay was unknown. From −1 to 1.
    /// </value>
    public double UnknownPayGain { get; set; } = -0.25;

    /// <summary>
    /// Gets or sets the skill fit a role with no rated skill requirements counts for ranking (its
    /// reported <see cref="PathStep.Fit"/> stays 1: nothing it asks for is missing), and the skill
    /// similarity such a role counts (see <see cref="ScoreWeights.Similarity"/>) is 0.
    /// </summary>
    /// <value>
    /// The default is 0.5: a role about whose skills nothing is known is neither a perfect match
    /// nor a poor one, and the breakdown and the result's warnings say its skill data was missing.
    /// From 0 to 1.
    /// </value>
    public double UnknownSkillFit { get; set; } = 0.5;
}
