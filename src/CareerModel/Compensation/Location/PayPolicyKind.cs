namespace CareerModel.Compensation.Location;

/// <summary>How a company sets pay for a region.</summary>
public enum PayPolicyKind
{
    /// <summary>Pay the local market: the band published for the region, or for the nearest region enclosing it.</summary>
    LocalMarket,

    /// <summary>Pay the benchmark band everywhere, converted to local currency.</summary>
    NoAdjustment,

    /// <summary>Pay the benchmark band × the region's location factor (GitLab- or Buffer-style).</summary>
    BenchmarkTimesFactor,

    /// <summary>Pay the benchmark band × the factor of the region's pay zone, with an optional floor per level.</summary>
    PayZones,
}
