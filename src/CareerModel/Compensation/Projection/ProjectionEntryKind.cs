namespace CareerModel.Compensation.Projection;

/// <summary>
/// Why pay changed at an entry of a <see cref="PayTimeline"/>. Changes on the same date apply in
/// this order: merit, then promotion, then cost of living.
/// </summary>
public enum ProjectionEntryKind
{
    /// <summary>The starting pay, on the start date.</summary>
    Start,

    /// <summary>A merit increase at an anniversary of the start, from the merit matrix.</summary>
    Merit,

    /// <summary>A promotion increase as a new step of the path begins.</summary>
    Promotion,

    /// <summary>A cost-of-living (inflation) adjustment at an anniversary of the start.</summary>
    CostOfLiving,
}
