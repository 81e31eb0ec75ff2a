using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Geography;

/// <summary>
/// Thrown when a <see cref="PurchasingPowerParityTable"/> has no factor for a region as of a
/// date: none effective on or before it.
/// </summary>
/// <remarks>
/// The message names the region and the date and, when the region has a factor from a later date,
/// the earliest such date: <c>No purchasing-power parity factor for region 'PT' is effective on or
/// before 2019-12-31; the earliest is 2020-01-01.</c>
/// </remarks>
public sealed class PurchasingPowerParityNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception for a region and a date.</summary>
    /// <param name="regionId">The region a factor was wanted for.</param>
    /// <param name="asOf">The date a factor was wanted for.</param>
    /// <param name="earliestDate">The first date the region has a factor, when it has one (it is later than <paramref name="asOf"/>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="regionId"/> is null.</exception>
    public PurchasingPowerParityNotFoundException(string regionId, LocalDate asOf, LocalDate? earliestDate = null)
        : base(Describe(regionId, asOf, earliestDate))
    {
        ArgumentNullException.ThrowIfNull(regionId);
        RegionId = regionId;
        AsOf = asOf;
        EarliestDate = earliestDate;
    }

    /// <summary>Gets the region a factor was wanted for.</summary>
    public string RegionId { get; }

    /// <summary>Gets the date a factor was wanted for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Gets the first date the region has a factor, or <see langword="null"/> when it has none.</summary>
    public LocalDate? EarliestDate { get; }

    private static string Describe(string regionId, LocalDate asOf, LocalDate? earliestDate)
    {
        var later = earliestDate is { } earliest ? $"the earliest is {Dates.Format(earliest)}" : "the table has none for that region at any date";
        return $"No purchasing-power parity factor for region '{regionId}' is effective on or before {Dates.Format(asOf)}; {later}.";
    }
}
