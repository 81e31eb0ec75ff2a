using CareerModel.Careers;

namespace CareerModel.Web.Contracts;

/// <summary>A role of the catalog, as <c>GET /roles</c> lists it.</summary>
/// <param name="Id">The role's id, used in every other call.</param>
/// <param name="Title">The role's title.</param>
/// <param name="Family">The job family, such as <c>customer-service</c>.</param>
/// <param name="Track">The career track.</param>
/// <param name="Rank">The rank on the ladder, 1 the most junior.</param>
/// <param name="BandRegionIds">The regions where the role publishes a pay band of its own.</param>
public sealed record RoleSummary(string Id, string Title, string Family, CareerTrack Track, int Rank, IReadOnlyList<string> BandRegionIds)
{
    public static RoleSummary From(Role role) =>
        new(role.Id, role.Title, role.Family, role.Track, role.Rank, [.. role.PayBands.Keys.Order(StringComparer.Ordinal)]);
}
