using CareerModel.Evaluation;
using CareerModel.Tests.Equality;

namespace CareerModel.Tests.Evaluation;

/// <summary>
/// The equality kit of the evaluation values (Equals, ==, !=, GetHashCode): a relevance
/// judgement equals one built apart from it, and differs from one differing in any single part.
/// </summary>
public class EvaluationValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new RelevanceJudgement("43-4051.00", "43-1011.00", 2),
            new RelevanceJudgement("43-4051.00", "43-1011.00", 2),
            ("SourceId", new RelevanceJudgement("43-4051.03", "43-1011.00", 2)),
            ("RelatedId", new RelevanceJudgement("43-4051.00", "41-2031.00", 2)),
            ("Grade", new RelevanceJudgement("43-4051.00", "43-1011.00", 1))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);
}
