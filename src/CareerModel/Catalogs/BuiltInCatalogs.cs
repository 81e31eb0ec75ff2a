using CareerModel.Careers;
using CareerModel.Monetary;
using NodaTime;

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

    /// <summary>
    /// Gets the exchange rates the customer-service guides imply by quoting local pay with its US
    /// dollar equivalent (EUR 25,000–45,000 as USD 27,000–49,000, and so on): 1 EUR = 1.08 USD,
    /// 1 AUD = 0.66 USD and 1 INR = 0.012 USD, effective 2025-01-01, the guides' data year.
    /// </summary>
    /// <remarks>
    /// Enough to reproduce the guides' regional table from the model; for real conversions supply
    /// current rates from a source of record.
    /// </remarks>
    public static ExchangeRateTable CustomerServiceExchangeRates { get; } = ExchangeRateTable.Create(
    [
        new ExchangeRate(Currency.EUR, Currency.USD, 1.08m, GuideYear, ImpliedByGuide),
        new ExchangeRate(Currency.AUD, Currency.USD, 0.66m, GuideYear, ImpliedByGuide),
        new ExchangeRate(Currency.INR, Currency.USD, 0.012m, GuideYear, ImpliedByGuide),
    ]);

    private static LocalDate GuideYear => new(2025, 1, 1);

    private const string ImpliedByGuide = "implied by the customer-service guides' USD equivalents";
}
