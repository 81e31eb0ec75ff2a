using CareerModel.Careers;

namespace CareerModel.Catalogs;

/// <summary>Ready-made catalogs, built from published career guides, for a start without data of one's own.</summary>
public static class BuiltInCatalogs
{
    private static readonly Lazy<CareerCatalog> CustomerServiceCatalogInstance = new(CustomerServiceCatalog.Create);

    /// <summary>
    /// Gets the customer-service careers catalog: the seven-level ladder from Junior Customer
    /// Service Specialist to VP of Customer Experience (individual-contributor levels 1–3, then the
    /// management track) with typical experience and US median and average pay; regional pay for
    /// the Specialist level in local currencies; technical and soft skills with each level's focus
    /// areas as requirements; education and outlook; the lateral moves, the ten fastest-growing
    /// roles of 2026 and the emerging specialisations, linked by transitions.
    /// </summary>
    /// <remarks>
    /// Built once, on first use, and shared: the catalog is immutable. Figures are USD a year
    /// unless the band's currency says otherwise, from guides whose data year is 2025. Ranks share
    /// one seniority scale (1 entry … 7 executive) across families, so ranks compare between roles.
    /// Roles the guides give no pay for have no pay band; nothing is invented.
    /// </remarks>
    public static CareerCatalog CustomerService => CustomerServiceCatalogInstance.Value;
}
