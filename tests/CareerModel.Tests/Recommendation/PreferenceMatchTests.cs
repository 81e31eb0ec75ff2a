using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>The preference part of a score: the share of the person's stated wishes (track, family, remote work) a role meets.</summary>
public class PreferenceMatchTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));
    private static readonly ScoreWeights PreferenceOnly = new(0, 0, 0, 0, 1, 0, 0);

    private static Role Role(string id, CareerTrack track, string family, RemoteWork remote) =>
        new Role(id, id, family, track, 1).WithRemoteWork(remote).WithRequirements([SkillRequirement.Required("s", 1)]);

    private static readonly CareerCatalog Catalog = CareerCatalog.CreateBuilder()
        .AddSkills([new Skill("s", "S", SkillCategory.Technical)])
        .AddRoles(
        [
            Role("start", CareerTrack.IndividualContributor, "support", RemoteWork.OnSite),
            Role("lead-support-remote", CareerTrack.Management, "support", RemoteWork.Remote),
            Role("agent-support-onsite", CareerTrack.IndividualContributor, "support", RemoteWork.OnSite),
            Role("lead-sales-hybrid", CareerTrack.Management, "sales", RemoteWork.Hybrid),
            Role("agent-sales-onsite", CareerTrack.IndividualContributor, "sales", RemoteWork.OnSite),
        ])
        .AddTransitions(new[] { "lead-support-remote", "agent-support-onsite", "lead-sales-hybrid", "agent-sales-onsite" }
            .Select(to => new Transition("start", to, TransitionKind.Lateral)))
        .Build();

    private static readonly string[] Moves = ["agent-support-onsite", "lead-support-remote", "agent-sales-onsite", "lead-sales-hybrid"];

    private static Dictionary<string, double> PreferenceByRole(Preferences? preferences)
    {
        var person = new Profile("start").WithSkills([new SkillLevel("s", 1)]).WithPreferences(preferences);
        var paths = Recommender.Create(Catalog, Clock).Recommend(person, new RecommendationOptions { MaxSteps = 1, Weights = PreferenceOnly }).Paths;
        return paths.ToDictionary(p => p.Final.Target.Id, p => p.Score.Preference);
    }

    [Fact]
    public void A_role_scores_the_share_of_the_three_wishes_it_meets()
    {
        var match = PreferenceByRole(new Preferences([CareerTrack.Management], ["support"], RemoteWork.Hybrid));

        Assert.Equal(1, match["lead-support-remote"], 12);
        Assert.Equal(2.0 / 3, match["lead-sales-hybrid"], 12);
        Assert.Equal(1.0 / 3, match["agent-support-onsite"], 12);
        Assert.Equal(0, match["agent-sales-onsite"], 12);
    }

    [Fact]
    public void With_one_wish_a_role_meets_it_or_not()
    {
        var family = PreferenceByRole(new Preferences(families: ["sales"]));
        var track = PreferenceByRole(new Preferences([CareerTrack.IndividualContributor]));

        Assert.Equal([0, 0, 1, 1], Moves.Select(id => family[id]));
        Assert.Equal([1, 0, 1, 0], Moves.Select(id => track[id]));
    }

    [Fact]
    public void Without_wishes_every_role_scores_zero()
    {
        Assert.All(PreferenceByRole(null).Values, v => Assert.Equal(0, v));
    }
}
