using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests.Geography;

/// <summary>
/// The equality kit of the geography values (Equals, ==, !=, GetHashCode): each equals a value
/// built apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class GeographyValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            India(),
            India(),
            ("RegionId", India(regionId: "IN-KA")),
            ("EffectiveDate", India(year: 2023)),
            ("Currency", India(currency: Currency.USD)),
            ("Factor", India(factor: 20.66m)),
            ("Source", India(source: "IMF WEO"))),

        EqualityCase.Of(
            PurchasingPowerParityTable.Create([India(), Germany(), India(year: 2023)]),
            // The table keeps its factors in order, so the order they come in does not matter.
            PurchasingPowerParityTable.Create([India(year: 2023), Germany(), India()]),
            ("Factors (one factor)", PurchasingPowerParityTable.Create([India(), Germany(factor: 0.75m), India(year: 2023)])),
            ("Factors (one more)", PurchasingPowerParityTable.Create([India(), Germany(), India(year: 2023), India(year: 2022)])),
            ("Factors (one fewer)", PurchasingPowerParityTable.Create([India(), Germany()]))),

        EqualityCase.Of(
            Berlin(),
            Berlin(),
            ("Id", Berlin(id: "munich")),
            ("Name", Berlin(name: "Greater Berlin")),
            ("Kind", Berlin(kind: RegionKind.RegionGroup)),
            ("Currency", Berlin(currency: Currency.USD)),
            ("ParentId", Berlin(parentId: "europe"))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    /// <summary>India's 2024 purchasing-power parity: rupees per international dollar.</summary>
    private static PurchasingPowerParity India(string regionId = "IN", int year = 2024, Currency? currency = null, decimal factor = 20.65m, string? source = "World Bank ICP") =>
        PurchasingPowerParity.ForYear(regionId, year, currency ?? Currency.INR, factor, source);

    private static PurchasingPowerParity Germany(decimal factor = 0.74m) => PurchasingPowerParity.ForYear("DE", 2024, Currency.EUR, factor, "World Bank ICP");

    private static Region Berlin(string id = "berlin", string name = "Berlin", RegionKind kind = RegionKind.Metro, Currency? currency = null, string parentId = "DE") =>
        new(id, name, kind, currency ?? Currency.EUR, parentId);
}
