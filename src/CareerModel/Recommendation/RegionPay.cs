using CareerModel.Monetary;

namespace CareerModel.Recommendation;

/// <summary>
/// Every role's pay as seen from one region on one day: the band published for the region or the
/// nearest region enclosing it, converted to the region's currency; and, for the pay ratios of
/// roles with no such band, each role's pay in the catalog's reference region.
/// </summary>
internal sealed class RegionPay(Currency currency, Money?[] local, Money?[] reference)
{
    /// <summary>Gets the region's currency.</summary>
    public Currency Currency { get; } = currency;

    /// <summary>Gets each role's band midpoint for the region, in its currency; <see langword="null"/> where no band applies or no rate converts it.</summary>
    public Money?[] Local { get; } = local;

    /// <summary>Gets each role's band midpoint in the reference region, in that region's own currency; all unknown when there is none.</summary>
    public Money?[] Reference { get; } = reference;
}
