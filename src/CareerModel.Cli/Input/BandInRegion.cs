using CareerModel.Compensation;
using CareerModel.Geography;

namespace CareerModel.Cli.Input;

/// <summary>A role's band for a region and how it was derived — or, when there is none, why not.</summary>
/// <param name="Region">The region paid in.</param>
/// <param name="Band">The band, or null when the region has none (no band there or around, no exchange rate).</param>
/// <param name="Explanation">How the band was derived, such as <c>US band</c>, or why there is none.</param>
internal sealed record BandInRegion(Region Region, SalaryBand? Band, string Explanation);
