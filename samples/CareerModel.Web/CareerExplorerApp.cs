using CareerModel.Serialization;
using CareerModel.Web.Api;

namespace CareerModel.Web;

/// <summary>
/// The career explorer: a minimal API over CareerModel (registered with <c>AddCareerModel</c>) and
/// one static page that draws the ranked paths. Bound to 127.0.0.1 (appsettings.json's <c>Urls</c>).
/// </summary>
public static class CareerExplorerApp
{
    /// <summary>Builds the app, ready to run.</summary>
    /// <param name="args">The command line: ASP.NET Core's own settings (<c>--urls</c>, <c>--contentRoot</c>) and the <c>CareerModel</c> section's.</param>
    /// <param name="configureServices">Registrations to add after the app's own, such as a fixed clock in a test.</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddCareerModel(options => CatalogConfiguration.Apply(builder.Configuration.GetSection("CareerModel"), options));
        builder.Services.AddSingleton<Pay>();
        builder.Services.AddSingleton<Today>();
        // Money as { amount, currency }, days and periods as ISO 8601, enums as camelCase names (docs/json-format.md).
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.ConfigureForCareerModel());
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        // Anything unexpected becomes a 500 problem details response, never a stack trace.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapCatalogEndpoints();
        app.MapPersonEndpoints();
        return app;
    }
}
