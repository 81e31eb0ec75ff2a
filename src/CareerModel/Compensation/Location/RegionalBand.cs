namespace CareerModel.Compensation.Location;

/// <summary>A role's band for a region, as a <see cref="RegionalPay"/> policy sets it, with how it was derived.</summary>
public sealed class RegionalBand
{
    internal RegionalBand(string regionId, SalaryBand band, string sourceRegionId, decimal factor, string explanation)
    {
        RegionId = regionId;
        Band = band;
        SourceRegionId = sourceRegionId;
        Factor = factor;
        Explanation = explanation;
    }

    /// <summary>Gets the region the band is for.</summary>
    public string RegionId { get; }

    /// <summary>Gets the band, in the region's currency.</summary>
    public SalaryBand Band { get; }

    /// <summary>Gets the region whose published band it was derived from.</summary>
    public string SourceRegionId { get; }

    /// <summary>Gets the factor applied to the source band (1 when none).</summary>
    public decimal Factor { get; }

    /// <summary>Gets how the band was derived, in words: source, factor, conversion, rounding.</summary>
    public string Explanation { get; }

    /// <summary>Describes the band and its derivation.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{RegionId}: {Band} ({Explanation})";
}
