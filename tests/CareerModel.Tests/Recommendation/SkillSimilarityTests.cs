using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>The similarity part: how close a person's whole skill profile is to a role's, where fit (coverage) saturates.</summary>
public class SkillSimilarityTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly string[] Skills = ["analysis", "writing", "coding", "selling"];

    private static CareerCatalog Catalog()
    {
        var builder = CareerCatalog.CreateBuilder()
            .AddSkills(Skills.Select(id => new Skill(id, id, SkillCategory.Technical)))
            .AddRole(Role("start", ("analysis", 4), ("writing", 4)))
            .AddRole(Role("same-shape", ("analysis", 4), ("writing", 4)))
            .AddRole(Role("asks-far-less", ("analysis", 1), ("writing", 1)))
            .AddRole(Role("other-things", ("analysis", 1), ("coding", 3), ("selling", 3)));
        foreach (var to in new[] { "same-shape", "asks-far-less", "other-things" })
            builder.AddTransition(new Transition("start", to, TransitionKind.Lateral));
        return builder.Build();
    }

    private static Role Role(string id, params (string Skill, int Level)[] needs) =>
        new Role(id, id, "family", CareerTrack.IndividualContributor, 1).WithRequirements(needs.Select(n => SkillRequirement.Required(n.Skill, n.Level)));

    private static readonly Profile Person = new Profile("start").WithSkills([new SkillLevel("analysis", 4), new SkillLevel("writing", 4)]);

    [Fact]
    public void A_role_that_asks_for_far_less_than_the_person_has_is_covered_but_not_a_perfect_match()
    {
        var steps = Recommender.Create(Catalog(), Clock).Recommend(Person, new RecommendationOptions { MaxSteps = 1 }).Paths.ToDictionary(p => p.Final.Target.Id, p => p.Final);

        Assert.Equal(1, steps["same-shape"].Fit);
        Assert.Equal(1, steps["asks-far-less"].Fit);
        Assert.Equal(1, steps["same-shape"].Similarity, 5);
        Assert.True(steps["asks-far-less"].Similarity < steps["same-shape"].Similarity - 0.5, $"{steps["asks-far-less"].Similarity}");
        Assert.True(steps["other-things"].Similarity < 0, $"{steps["other-things"].Similarity}");
    }

    [Fact]
    public void Equal_fits_are_told_apart_by_similarity_rather_than_by_id()
    {
        var weights = new ScoreWeights(0, 1, 0, 0, 0, 0, 1);

        var ranked = Recommender.Create(Catalog(), Clock).Recommend(Person, new RecommendationOptions { MaxSteps = 1, Weights = weights }).Paths;

        // By id, "asks-far-less" would come first; both are covered in full.
        Assert.Equal(["same-shape", "asks-far-less", "other-things"], ranked.Select(p => p.Final.Target.Id));
        Assert.Equal(ranked[0].Final.Similarity, ranked[0].Score.Similarity, 12);
    }

    [Fact]
    public void A_person_with_no_known_skill_is_equally_far_from_every_role()
    {
        var steps = Recommender.Create(Catalog(), Clock).Recommend(new Profile("start"), new RecommendationOptions { MaxSteps = 1 }).Paths;

        Assert.All(steps, p => Assert.Equal(0, p.Final.Similarity));
    }
}
