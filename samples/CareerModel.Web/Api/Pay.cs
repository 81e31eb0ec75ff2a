using CareerModel.Careers;
using CareerModel.Compensation.Location;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Web.Contracts;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Web.Api;

/// <summary>
/// Pay in the currency a caller asks for: bands under the registered regional pay policy, and
/// amounts converted at the day's exchange rate. A missing rate is said, never guessed. Every
/// amount the API answers with is rounded to the currency's minor units (half to even), once, here.
/// </summary>
internal sealed class Pay(RegionalPay regionalPay)
{
    private static readonly RoundingPolicy MinorUnits = RoundingPolicy.ToMinorUnits();

    /// <summary>Gets a role's band in a region, converted if a currency is given, or why there is none.</summary>
    public RegionBand BandIn(CareerCatalog catalog, Role role, Region region, Currency? currency, LocalDate asOf)
    {
        if (!catalog.GetRegionPath(region.Id).Any(r => role.PayBands.ContainsKey(r.Id)))
            return new RegionBand(region.Id, region.Name, null, "no band here or around");
        try
        {
            var regional = regionalPay.BandFor(role.PayBands, region.Id, asOf, role.Rank);
            if (currency is null || regional.Band.Currency.Equals(currency))
                return new RegionBand(region.Id, region.Name, regional.Band, regional.Explanation);
            var converted = regional.Band.Convert(Rates(regional.Band.Currency, currency, asOf), currency, asOf, MinorUnits);
            return new RegionBand(region.Id, region.Name, converted, $"{regional.Explanation}, converted {regional.Band.Currency.Code}→{currency.Code} as of {LocalDatePattern.Iso.Format(asOf)}");
        }
        catch (ExchangeRateNotFoundException e)
        {
            return new RegionBand(region.Id, region.Name, null, $"no {e.From.Code}→{e.To.Code} rate as of {LocalDatePattern.Iso.Format(asOf)}");
        }
    }

    /// <summary>Gets an amount in the currency asked for (its own when none is), at the day's rate, rounded to minor units.</summary>
    /// <exception cref="ExchangeRateNotFoundException">There is no rate between the two currencies on that day.</exception>
    public Money? In(Money? amount, Currency? currency, LocalDate asOf) =>
        amount is not { } money ? null
        : currency is null || money.Currency.Equals(currency) ? MinorUnits.Round(money)
        : Rates(money.Currency, currency, asOf).Convert(money, currency, asOf, MinorUnits);

    private ExchangeRateTable Rates(Currency from, Currency to, LocalDate asOf) =>
        regionalPay.ExchangeRates ?? throw new ExchangeRateNotFoundException(from, to, asOf);
}
