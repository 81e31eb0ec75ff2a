namespace CareerModel.Compensation.Projection;

/// <summary>
/// How a <see cref="MeritMatrix"/> measures where a pay sits in its band, to choose the column.
/// </summary>
public enum RangePositionBasis
{
    /// <summary>
    /// Range penetration, (pay − minimum) ÷ (maximum − minimum): 0 at the band's minimum, 1 at its
    /// maximum, below 0 or above 1 outside the band. Undefined for a point band (a published
    /// median), whose width is zero.
    /// </summary>
    RangePenetration,

    /// <summary>
    /// Compa-ratio, pay ÷ midpoint: 1 at the midpoint, 0.9 ten percent below it. Defined for point
    /// bands too (the midpoint of a published median is the median).
    /// </summary>
    CompaRatio,
}
