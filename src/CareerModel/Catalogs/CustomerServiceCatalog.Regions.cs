using CareerModel.Geography;
using CareerModel.Monetary;

namespace CareerModel.Catalogs;

internal static partial class CustomerServiceCatalog
{
    /// <summary>
    /// The regions of the guide's pay table, and the service hubs it names (Jamaica, Canada,
    /// Colombia, India, the Philippines, the UK, the US, South Africa), plus Portugal and France
    /// for its purchasing-power example (EUR 30,000 in Lisbon against Paris). Regions whose pay the
    /// guide quotes in US dollars use USD.
    /// </summary>
    private static IEnumerable<Region> Regions() =>
    [
        new("world", "World", RegionKind.World, Currency.USD),
        new("north-america", "North America", RegionKind.RegionGroup, Currency.USD, "world"),
        new("US", "United States", RegionKind.Country, Currency.USD, "north-america"),
        new("CA", "Canada", RegionKind.Country, Currency.CAD, "north-america"),
        new("europe", "Europe", RegionKind.RegionGroup, Currency.EUR, "world"),
        new("eastern-europe", "Eastern Europe", RegionKind.RegionGroup, Currency.EUR, "europe"),
        new("DE", "Germany", RegionKind.Country, Currency.EUR, "europe"),
        new("FR", "France", RegionKind.Country, Currency.EUR, "europe"),
        new("PT", "Portugal", RegionKind.Country, Currency.EUR, "europe"),
        new("GB", "United Kingdom", RegionKind.Country, Currency.GBP, "europe"),
        new("asia-pacific", "Asia-Pacific", RegionKind.RegionGroup, Currency.USD, "world"),
        new("AU", "Australia", RegionKind.Country, Currency.AUD, "asia-pacific"),
        new("IN", "India", RegionKind.Country, Currency.INR, "asia-pacific"),
        new("PH", "Philippines", RegionKind.Country, Currency.PHP, "asia-pacific"),
        new("latin-america-caribbean", "Latin America and the Caribbean", RegionKind.RegionGroup, Currency.USD, "world"),
        new("JM", "Jamaica", RegionKind.Country, Currency.JMD, "latin-america-caribbean"),
        new("CO", "Colombia", RegionKind.Country, Currency.COP, "latin-america-caribbean"),
        new("africa", "Africa", RegionKind.RegionGroup, Currency.USD, "world"),
        new("ZA", "South Africa", RegionKind.Country, Currency.ZAR, "africa"),
    ];
}
