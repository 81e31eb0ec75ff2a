using System.Diagnostics.CodeAnalysis;
using CareerModel.Careers;
using CareerModel.Monetary;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerModel.Web.Api;

/// <summary>The <c>currency</c> query parameter: a catalog region's currency or a built-in ISO 4217 one, by code.</summary>
internal static class Currencies
{
    /// <summary>Finds the currency a code names (null when none is given), or gives the 400 that says which codes there are.</summary>
    public static bool TryFind(CareerCatalog catalog, string? code, out Currency? currency, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        problem = null;
        currency = null;
        if (code is null)
            return true;
        var upper = code.ToUpperInvariant();
        currency = catalog.Regions.Select(r => r.Currency).FirstOrDefault(c => c.Code == upper);
        if (currency is not null || Currency.TryFromCode(upper, out currency))
            return true;
        var known = catalog.Regions.Select(r => r.Currency.Code).Distinct().Order(StringComparer.Ordinal);
        problem = Problems.BadParameter("currency", $"'{code}' is not a currency code the catalog or ISO 4217 knows; the catalog pays in {string.Join(", ", known)}.");
        return false;
    }
}
