using CareerModel.Compensation;

namespace CareerModel.Web.Contracts;

/// <summary>A role's pay band in one region, or why there is none.</summary>
/// <param name="RegionId">The region paid in.</param>
/// <param name="RegionName">The region's name.</param>
/// <param name="Band">The band (in the requested currency when one was asked for), or null.</param>
/// <param name="Explanation">How the band was derived (<c>DE band</c>, <c>europe band</c>, a conversion), or why there is none.</param>
public sealed record RegionBand(string RegionId, string RegionName, SalaryBand? Band, string Explanation);
