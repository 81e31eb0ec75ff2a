using CareerModel.Compensation.Location;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Compensation.Location;

/// <summary>
/// The equality kit of the location-pay values (Equals, ==, !=, GetHashCode): each equals a value
/// built apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class LocationValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new LocationFactor("US-CA", 1.15m, Survey()),
            new LocationFactor("US-CA", 1.150m, Survey()),
            ("RegionId", new LocationFactor("US-NY", 1.15m, Survey())),
            ("Factor", new LocationFactor("US-CA", 1.12m, Survey())),
            ("Provenance", new LocationFactor("US-CA", 1.15m, new Provenance("Payscale", new LocalDate(2024, 1, 1)))),
            ("Provenance (none)", new LocationFactor("US-CA", 1.15m))),

        EqualityCase.Of(
            new PayZone("Zone B", 0.9m, 0.95m),
            new PayZone(" Zone B ", 0.90m, 0.95m),
            ("Name", new PayZone("Zone C", 0.9m, 0.95m)),
            ("MinimumLocationFactor", new PayZone("Zone B", 0.85m, 0.95m)),
            ("ZoneFactor", new PayZone("Zone B", 0.9m, 0.9m))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    private static Provenance Survey() => new("Mercer geographic differentials", new LocalDate(2024, 7, 1), "2024");
}
