using CareerModel.Tests.Equality;
using NodaTime;

namespace CareerModel.Tests;

/// <summary>
/// The equality kit of <see cref="Provenance"/> (Equals, ==, !=, GetHashCode): a provenance
/// equals one built apart from it, and differs from one differing in any single part.
/// </summary>
public class ProvenanceValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new Provenance("BLS OEWS", new LocalDate(2024, 5, 1), "May 2024"),
            // The vintage is trimmed.
            new Provenance("BLS OEWS", new LocalDate(2024, 5, 1), " May 2024 "),
            ("Source", new Provenance("BLS NCS", new LocalDate(2024, 5, 1), "May 2024")),
            ("EffectiveDate", new Provenance("BLS OEWS", new LocalDate(2023, 5, 1), "May 2024")),
            ("EffectiveDate (none)", new Provenance("BLS OEWS", null, "May 2024")),
            ("Vintage", new Provenance("BLS OEWS", new LocalDate(2024, 5, 1), "May 2023")),
            ("Vintage (none)", new Provenance("BLS OEWS", new LocalDate(2024, 5, 1)))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);
}
