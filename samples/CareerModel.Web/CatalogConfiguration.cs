using CareerModel.Extensions.DependencyInjection;

namespace CareerModel.Web;

/// <summary>
/// The catalog the explorer serves, from configuration (the <c>CareerModel</c> section of
/// appsettings.json, environment variables or the command line): the built-in customer-service
/// catalog unless <c>CatalogFile</c> names a catalog JSON or <c>OnetFolder</c> an O*NET release.
/// </summary>
/// <example><c>dotnet run --project samples/CareerModel.Web -- --CareerModel:OnetFolder=data/onet</c></example>
internal static class CatalogConfiguration
{
    public static void Apply(IConfiguration section, CareerModelOptions options)
    {
        var catalogFile = section["CatalogFile"];
        var onetFolder = section["OnetFolder"];
        // Both may be set by mistake: choosing both lets the options check refuse the two at start-up.
        if (!string.IsNullOrWhiteSpace(catalogFile))
            options.UseCatalogFile(catalogFile);
        if (!string.IsNullOrWhiteSpace(onetFolder))
            options.UseOnet(onetFolder, section["OewsFile"] is { Length: > 0 } oews ? oews : null);
    }
}
