using CareerModel.Compensation;

namespace CareerModel.Careers;

/// <summary>
/// Reviews a catalog's pay structure in one region: the salary ladder of a job family, and the
/// promotions that could lower someone's pay.
/// </summary>
public static class PayStructure
{
    /// <summary>
    /// Gets the salary ladder of a job family in a region: its roles that have a band there, by
    /// rank, named by role id.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="family">The job family, such as <c>customer-service</c>.</param>
    /// <param name="regionId">The region whose bands to use, such as <c>US</c>.</param>
    /// <returns>The ladder.</returns>
    /// <exception cref="KeyNotFoundException">The region is not in the catalog.</exception>
    /// <exception cref="ArgumentException">No role of the family has a band in the region.</exception>
    public static SalaryLadder Ladder(CareerCatalog catalog, string family, string regionId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(family);
        ArgumentNullException.ThrowIfNull(regionId);
        _ = catalog.GetRegion(regionId);
        var levels = catalog.Roles
            .Where(r => r.Family == family && r.PayBands.ContainsKey(regionId))
            .OrderBy(r => r.Rank)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => KeyValuePair.Create(r.Id, r.PayBands[regionId]))
            .ToArray();
        if (levels.Length == 0)
            throw new ArgumentException($"No role of family '{family}' has a pay band in region '{regionId}'.", nameof(family));
        return SalaryLadder.Create(levels);
    }

    /// <summary>
    /// Finds the promotions (transitions of kind <see cref="TransitionKind.Promotion"/>) whose both
    /// roles have a band in the region and where someone at the top of the source band earns more
    /// than the target band's minimum: promoted at entry pay, they would take a cut.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="regionId">The region whose bands to compare, such as <c>US</c>.</param>
    /// <returns>
    /// One step per unsafe promotion, named by role ids, with its <see cref="LadderStep.PromotionRisk"/>,
    /// in the catalog's transition order; empty when every promotion is safe.
    /// </returns>
    /// <exception cref="KeyNotFoundException">The region is not in the catalog.</exception>
    public static IReadOnlyList<LadderStep> UnsafePromotions(CareerCatalog catalog, string regionId)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(regionId);
        _ = catalog.GetRegion(regionId);
        return catalog.Transitions
            .Where(t => t.Kind == TransitionKind.Promotion)
            .Select(t => (From: catalog.GetRole(t.FromRoleId), To: catalog.GetRole(t.ToRoleId)))
            .Where(p => p.From.PayBands.ContainsKey(regionId) && p.To.PayBands.ContainsKey(regionId))
            .Select(p => new LadderStep(p.From.Id, p.From.PayBands[regionId], p.To.Id, p.To.PayBands[regionId]))
            .Where(step => !step.IsPromotionSafe)
            .ToArray();
    }
}
