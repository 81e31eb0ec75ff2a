using CareerModel.Serialization;
using CareerModel.Tests.Equality;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// The equality kit of the serialization values (Equals, ==, !=, GetHashCode): a JSON problem
/// equals one built apart from it, and differs from one differing in any single part.
/// </summary>
public class SerializationValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            Problem(),
            Problem(),
            ("Kind", Problem(kind: CareerJsonProblemKind.WrongType)),
            ("Path", Problem(path: "$.roles[1].rank")),
            ("Line", Problem(line: 13)),
            ("Column", Problem(column: 18)),
            ("Message", Problem(message: "The rank must be a whole number."))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    private static CareerJsonProblem Problem(
        CareerJsonProblemKind kind = CareerJsonProblemKind.InvalidValue, string path = "$.roles[0].rank", int line = 12, int column = 17,
        string message = "The rank must be from 1 to 100.") =>
        new(kind, path, line, column, message);
}
