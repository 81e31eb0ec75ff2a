using CareerModel.Monetary;

namespace CareerModel.Compensation;

/// <summary>
/// The step between two consecutive levels of a <see cref="SalaryLadder"/>: how far the midpoint
/// rises, how much the bands overlap, and whether a promotion could lower someone's pay.
/// </summary>
public sealed class LadderStep
{
    internal LadderStep(string lowerLevel, SalaryBand lowerBand, string upperLevel, SalaryBand upperBand)
    {
        LowerLevel = lowerLevel;
        LowerBand = lowerBand;
        UpperLevel = upperLevel;
        UpperBand = upperBand;
    }

    /// <summary>Gets the name of the lower level.</summary>
    public string LowerLevel { get; }

    /// <summary>Gets the lower level's band.</summary>
    public SalaryBand LowerBand { get; }

    /// <summary>Gets the name of the upper level.</summary>
    public string UpperLevel { get; }

    /// <summary>Gets the upper level's band.</summary>
    public SalaryBand UpperBand { get; }

    /// <summary>Gets the midpoint progression, upper midpoint ÷ lower midpoint − 1 (0.2 for 20%).</summary>
    /// <exception cref="InvalidOperationException">The lower midpoint is zero.</exception>
    public decimal MidpointProgression => LowerBand.Midpoint.IsZero
        ? throw new InvalidOperationException($"The midpoint progression from '{LowerLevel}' is undefined: its midpoint is zero.")
        : UpperBand.Midpoint.RatioTo(LowerBand.Midpoint) - 1m;

    /// <summary>Gets a value indicating whether the upper midpoint is above the lower one, as a ladder's midpoints must be.</summary>
    public bool MidpointRises => UpperBand.Midpoint > LowerBand.Midpoint;

    /// <summary>Gets the overlap of the two bands: lower maximum − upper minimum, or zero when they do not overlap.</summary>
    public Money Overlap => Money.Max(LowerBand.Maximum - UpperBand.Minimum, Money.Zero(LowerBand.Currency));

    /// <summary>
    /// Gets the overlap as a fraction of the lower band's width (1 when the upper band starts at
    /// or below the lower minimum), or <see langword="null"/> for a lower band of zero width.
    /// </summary>
    public decimal? OverlapFraction => LowerBand.IsPoint ? null : Math.Min(1m, Overlap.RatioTo(LowerBand.Width));

    /// <summary>
    /// Gets the pay at risk on promotion: how much more someone at the top of the lower band earns
    /// than the upper band's minimum (zero when a promotion can never lower pay). A positive
    /// amount means a promotion paid at the upper band's entry pay would be a pay cut.
    /// </summary>
    public Money PromotionRisk => Overlap;

    /// <summary>Gets a value indicating whether a promotion from the lower to the upper level can never lower pay.</summary>
    public bool IsPromotionSafe => PromotionRisk.IsZero;

    /// <summary>Describes the step, such as <c>Specialist → Senior: midpoint +23.8%, overlap USD 0.00</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{LowerLevel} → {UpperLevel}: midpoint {(LowerBand.Midpoint.IsZero ? "n/a" : MidpointProgression.ToString("+0.#%;-0.#%;0%", System.Globalization.CultureInfo.InvariantCulture))}, overlap {Overlap}";
}
