using NodaTime;

namespace CareerModel.Web.Contracts;

/// <summary>The answer to <c>GET /roles/{id}/bands</c>: a role's pay per region.</summary>
/// <param name="RoleId">The role.</param>
/// <param name="Title">The role's title.</param>
/// <param name="AsOf">The day the bands and exchange rates apply to.</param>
/// <param name="Bands">One entry per region asked for (every region when none was).</param>
public sealed record RoleBands(string RoleId, string Title, LocalDate AsOf, IReadOnlyList<RegionBand> Bands);
