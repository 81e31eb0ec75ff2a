using CareerModel.Geography;
using CareerModel.Monetary;

namespace CareerModel.Web.Contracts;

/// <summary>A region of the catalog, as <c>GET /regions</c> lists it.</summary>
/// <param name="Id">The region's id.</param>
/// <param name="Name">The region's name.</param>
/// <param name="Kind">Whether it is the world, a continent-sized area, a country or a city.</param>
/// <param name="Currency">The currency its pay is in.</param>
/// <param name="ParentId">The region enclosing it, or null for the top.</param>
public sealed record RegionSummary(string Id, string Name, RegionKind Kind, Currency Currency, string? ParentId)
{
    public static RegionSummary From(Region region) => new(region.Id, region.Name, region.Kind, region.Currency, region.ParentId);
}
