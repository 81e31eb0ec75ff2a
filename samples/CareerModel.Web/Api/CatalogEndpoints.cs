using CareerModel.Careers;
using CareerModel.Monetary;
using CareerModel.Web.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CareerModel.Web.Api;

/// <summary>What the catalog holds: <c>GET /roles</c>, <c>GET /regions</c> and <c>GET /roles/{id}/bands</c>.</summary>
internal static class CatalogEndpoints
{
    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/roles", (CareerCatalog catalog) => TypedResults.Ok(catalog.Roles.Select(RoleSummary.From).ToList()))
            .WithName("ListRoles")
            .WithSummary("Lists the catalog's roles.");

        app.MapGet("/regions", (CareerCatalog catalog) => TypedResults.Ok(catalog.Regions.Select(RegionSummary.From).ToList()))
            .WithName("ListRegions")
            .WithSummary("Lists the catalog's regions, each with its currency.");

        app.MapGet("/roles/{id}/bands", Bands)
            .WithName("GetRoleBands")
            .WithSummary("Gets a role's pay band per region under local-market pay, converted to a currency if one is given.")
            .WithDescription("Without 'region', every region of the catalog. A region whose band would need an exchange rate the table lacks says so instead of a band.");
        return app;
    }

    private static Results<Ok<RoleBands>, ProblemHttpResult, ValidationProblem> Bands(
        string id, string? region, string? currency, CareerCatalog catalog, Pay pay, Today today)
    {
        if (!catalog.TryGetRole(id, out var role))
            return Problems.UnknownRole(id);
        var regions = catalog.Regions;
        if (region is not null)
        {
            if (!catalog.TryGetRegion(region, out var one))
                return Problems.BadParameter("region", $"The catalog has no region '{region}'; it has {string.Join(", ", catalog.Regions.Select(r => r.Id))}.");
            regions = [one];
        }
        if (!Currencies.TryFind(catalog, currency, out var target, out var problem))
            return problem;

        var asOf = today.Date;
        var bands = regions.Select(r => pay.BandIn(catalog, role, r, target, asOf)).ToList();
        return TypedResults.Ok(new RoleBands(role.Id, role.Title, asOf, bands));
    }
}
