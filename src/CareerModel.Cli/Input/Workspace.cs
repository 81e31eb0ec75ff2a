using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Cli.Output;
using CareerModel.Compensation.Location;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Serialization;
using NodaTime;

namespace CareerModel.Cli.Input;

/// <summary>
/// What a command works on: the catalog its options name, the exchange rates, the clock and the
/// day, and the lookups that turn an option's id into a catalog entry or a clear refusal.
/// </summary>
internal sealed class Workspace
{
    private Workspace(CareerCatalog catalog, string source, IClock clock, DateTimeZone zone)
    {
        Catalog = catalog;
        Source = source;
        Clock = clock;
        Zone = zone;
        Today = clock.GetCurrentInstant().InZone(zone).Date;
        Pay = RegionalPay.Create(catalog.Regions, PayPolicy.LocalMarket, Rates);
        ReferenceRegionId = catalog.Regions
            .Select(region => (region.Id, Count: catalog.Roles.Count(role => role.PayBands.ContainsKey(region.Id))))
            .Where(r => r.Count > 0)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => r.Id)
            .FirstOrDefault();
    }

    /// <summary>Gets the catalog.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>Gets where the catalog came from, for a heading.</summary>
    public string Source { get; }

    /// <summary>Gets the clock the engines read: fixed at the start of <c>--date</c>, or the system's.</summary>
    public IClock Clock { get; }

    /// <summary>Gets the zone whose calendar day is "today".</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the day the command works as of.</summary>
    public LocalDate Today { get; }

    /// <summary>Gets the exchange rates: the built-in table, which covers every currency the built-in catalog pays in.</summary>
    public static ExchangeRateTable Rates => BuiltInCatalogs.CustomerServiceExchangeRates;

    /// <summary>Gets local-market pay: each region's own band, or the band of the nearest region enclosing it.</summary>
    public RegionalPay Pay { get; }

    /// <summary>Gets the region where the most roles publish a band (ties to the lower id), the default region; null if no role has pay.</summary>
    public string? ReferenceRegionId { get; }

    /// <summary>Opens the catalog the settings name, on the clock of <c>--date</c> or the system's.</summary>
    public static Workspace Open(CatalogSettings settings, Terminal terminal, IClock systemClock)
    {
        var (clock, zone) = settings.AsOf is { } day
            ? (new FixedClock(day), DateTimeZone.Utc)
            : (systemClock, DateTimeZoneProviders.Tzdb.GetSystemDefault());
        var (catalog, source) = CatalogLoader.Load(settings, terminal);
        return new Workspace(catalog, source, clock, zone);
    }

    /// <summary>Gets the role an option names, or refuses with the option and the id.</summary>
    public Role Role(string option, string id) =>
        Catalog.TryGetRole(id, out var role) ? role
        : throw CliException.UnknownId($"{option}: the catalog ({Source}) has no role '{id}'.");

    /// <summary>Gets the region an option names (the reference region when none is given), or refuses.</summary>
    public Region Region(string option, string? id)
    {
        id ??= ReferenceRegionId ?? throw CliException.NoAnswer($"{option}: no role of the catalog ({Source}) has pay, so there is no region to show.");
        return Catalog.TryGetRegion(id, out var region) ? region
            : throw CliException.UnknownId($"{option}: the catalog ({Source}) has no region '{id}'; it has {string.Join(", ", Catalog.Regions.Select(r => r.Id))}.");
    }

    /// <summary>Gets the currency an option names, or null when none is given.</summary>
    public static Currency? Currency(string option, string? code) =>
        code is null ? null
        : Monetary.Currency.TryFromCode(code.ToUpperInvariant(), out var currency) ? currency
        : throw CliException.UnknownId($"{option}: '{code}' is not a currency this tool knows; it knows {string.Join(", ", Monetary.Currency.BuiltIn.Select(c => c.Code))}.");

    /// <summary>Reads a profile and checks it against the catalog.</summary>
    public Profile ReadProfile(string path)
    {
        var profile = Files.Read(path, "profile", p => ProfileJson.ReadFile(p, Catalog));
        if (profile.CurrentRoleId is null)
            throw new CliException(ExitCode.Invalid, $"{path}: the profile has no currentRoleId; the tool answers for someone in a role of the catalog.");
        return profile;
    }

    /// <summary>Gets a role's band in a region under local-market pay, converted to a currency if one is given, or why there is none.</summary>
    public BandInRegion BandIn(Role role, Region region, Currency? currency)
    {
        if (!HasBandAround(role, region))
            return new BandInRegion(region, null, "no band here or around");
        try
        {
            var regional = Pay.BandFor(role.PayBands, region.Id, Today, role.Rank);
            if (currency is null || regional.Band.Currency.Equals(currency))
                return new BandInRegion(region, regional.Band, regional.Explanation);
            var rate = Rates.GetRate(regional.Band.Currency, currency, Today);
            return new BandInRegion(region, regional.Band.Convert(Rates, currency, Today),
                $"{regional.Explanation}, converted {regional.Band.Currency.Code}→{currency.Code} at {Format.Rate(rate)} as of {Format.Date(Today)}");
        }
        catch (ExchangeRateNotFoundException e)
        {
            return new BandInRegion(region, null, $"no {e.From.Code}→{e.To.Code} rate as of {Format.Date(Today)}");
        }
    }

    /// <summary>Gets the path of a region from the world down, such as <c>World › Europe › Germany</c>.</summary>
    public string RegionPath(Region region) => string.Join(" › ", Catalog.GetRegionPath(region.Id).Reverse().Select(r => r.Name));

    private bool HasBandAround(Role role, Region region) =>
        Catalog.GetRegionPath(region.Id).Any(r => role.PayBands.ContainsKey(r.Id));
}
