namespace CareerModel.Recommendation;

/// <summary>Where a move's pay, and so its salary gain, comes from.</summary>
public enum PayBasis
{
    /// <summary>
    /// Both roles publish a band for the person's region or a region enclosing it: the pay is the
    /// band's midpoint in the region's currency, and the gain compares the two.
    /// </summary>
    Published = 0,

    /// <summary>
    /// A role has no band the person's region can use, but both roles publish one in the catalog's
    /// reference region (the region where the most roles do): the gain is the ratio of the two there,
    /// and the pay, where shown, today's pay scaled by that ratio.
    /// </summary>
    Estimated = 1,

    /// <summary>
    /// The pay cannot be told: the gain counts <see cref="RecommendationOptions.UnknownPayGain"/>,
    /// never nothing, and the result's warnings say so.
    /// </summary>
    Unknown = 2,
}
