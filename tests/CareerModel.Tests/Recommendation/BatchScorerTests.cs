using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>The batch scorer on the built-in catalog: its sizes, its role order, its answers and the spans it refuses.</summary>
public class BatchScorerTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly BatchScorer Scorer = Recommender.Create(BuiltInCatalogs.CustomerService, Clock).Scorer;

    [Fact]
    public void The_skill_vector_covers_every_catalog_skill_in_whole_vectors()
    {
        Assert.Equal(BuiltInCatalogs.CustomerService.Roles.Count, Scorer.RoleCount);
        Assert.InRange(Scorer.SkillVectorLength, BuiltInCatalogs.CustomerService.Skills.Count, BuiltInCatalogs.CustomerService.Skills.Count + System.Numerics.Vector<float>.Count - 1);
        Assert.Equal(0, Scorer.SkillVectorLength % System.Numerics.Vector<float>.Count);
        Assert.Equal(Scorer.SkillVectorLength, Scorer.CreateSkillVector(new Profile()).Length);
    }

    [Fact]
    public void Roles_are_scored_in_id_order()
    {
        var ids = Enumerable.Range(0, Scorer.RoleCount).Select(Scorer.RoleIdAt).ToArray();

        Assert.Equal(BuiltInCatalogs.CustomerService.Roles.Select(r => r.Id).Order(StringComparer.Ordinal), ids);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void A_role_index_outside_the_catalog_is_refused(int index)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Scorer.RoleIdAt(index));
        Assert.Throws<ArgumentOutOfRangeException>(() => Scorer.RoleIdAt(Scorer.RoleCount));
    }

    [Fact]
    public void A_junior_fits_the_junior_role_fully_and_the_specialist_role_as_the_assessor_says()
    {
        var junior = RecommenderTests.Junior();
        var fit = new float[Scorer.RoleCount];
        var months = new float[Scorer.RoleCount];

        Scorer.ScoreAll(Scorer.CreateSkillVector(junior), fit, months);
        var at = Enumerable.Range(0, Scorer.RoleCount).ToDictionary(Scorer.RoleIdAt);
        var assessed = CareerAssessor.Create(BuiltInCatalogs.CustomerService, Clock).AnalyzeGaps(junior, "cs-specialist");

        Assert.Equal(1f, fit[at["cs-junior-specialist"]]);
        Assert.Equal(0f, months[at["cs-junior-specialist"]]);
        Assert.Equal(assessed.Fit, fit[at["cs-specialist"]], 6);
        Assert.True(months[at["cs-specialist"]] > 0, "a junior has gaps to learn for the specialist role");
    }

    [Fact]
    public void A_skill_vector_needs_a_profile()
    {
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Scorer.CreateSkillVector(null!)).ParamName);
    }

    [Fact]
    public void A_skill_vector_of_the_wrong_length_is_refused_naming_both_lengths()
    {
        var fit = new float[Scorer.RoleCount];
        var months = new float[Scorer.RoleCount];

        var ex = Assert.Throws<ArgumentException>(() => Scorer.ScoreAll(new float[Scorer.SkillVectorLength + 1], fit, months));

        Assert.Equal("skills", ex.ParamName);
        Assert.Contains(FormattableString.Invariant($"holds {Scorer.SkillVectorLength + 1} levels; this catalog's hold {Scorer.SkillVectorLength}"), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_spans_too_short_are_refused_naming_the_short_one()
    {
        var skills = new float[Scorer.SkillVectorLength];
        var room = new float[Scorer.RoleCount];
        var shortSpan = new float[Scorer.RoleCount - 1];

        var fit = Assert.Throws<ArgumentException>(() => Scorer.ScoreAll(skills, shortSpan, room));
        var months = Assert.Throws<ArgumentException>(() => Scorer.ScoreAll(skills, room, shortSpan));

        Assert.Equal("fit", fit.ParamName);
        Assert.Equal("monthsToLearn", months.ParamName);
        Assert.Contains(FormattableString.Invariant($"room for {Scorer.RoleCount} roles"), fit.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Longer_output_spans_are_filled_for_the_catalog_and_left_alone_past_it()
    {
        var fit = Enumerable.Repeat(-1f, Scorer.RoleCount + 2).ToArray();
        var months = new float[Scorer.RoleCount + 2];

        Scorer.ScoreAll(Scorer.CreateSkillVector(RecommenderTests.Junior()), fit, months);

        Assert.All(fit[..Scorer.RoleCount], f => Assert.InRange(f, 0f, 1f));
        Assert.Equal([-1f, -1f], fit[Scorer.RoleCount..]);
    }
}
