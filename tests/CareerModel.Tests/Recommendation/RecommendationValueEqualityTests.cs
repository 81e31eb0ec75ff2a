using CareerModel.Recommendation;
using CareerModel.Tests.Equality;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The equality kit of the recommendation values (Equals, ==, !=, GetHashCode): each equals a
/// value built apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class RecommendationValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new FitInterval(0.62, 0.81),
            new FitInterval(0.62, 0.81),
            ("Pessimistic", new FitInterval(0.61, 0.81)),
            ("Optimistic", new FitInterval(0.62, 0.82))),

        EqualityCase.Of(
            new ScoreWeights(1, 1, 1, 1, 0.5, 4, 1),
            ScoreWeights.Default,
            ("SalaryGain", new ScoreWeights(2, 1, 1, 1, 0.5, 4, 1)),
            ("SkillFit", new ScoreWeights(1, 2, 1, 1, 0.5, 4, 1)),
            ("Time", new ScoreWeights(1, 1, 2, 1, 0.5, 4, 1)),
            ("Outlook", new ScoreWeights(1, 1, 1, 2, 0.5, 4, 1)),
            ("Preference", new ScoreWeights(1, 1, 1, 1, 1, 4, 1)),
            ("Relatedness", new ScoreWeights(1, 1, 1, 1, 0.5, 3, 1)),
            ("Similarity", new ScoreWeights(1, 1, 1, 1, 0.5, 4, 0))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);
}
