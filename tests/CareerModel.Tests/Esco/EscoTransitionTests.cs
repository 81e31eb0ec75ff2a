using CareerModel.Careers;
using CareerModel.Esco;

namespace CareerModel.Tests.Esco;

/// <summary>The transitions inferred on the real ESCO release: plausible for customer-service work, with evidence, and within the rules.</summary>
[Collection(EscoReleaseGroup.Name)]
public class EscoTransitionTests(EscoReleaseFixture release)
{
    private EscoImportResult Result => release.Result;

    private string IdOf(string label) => Result.Occupations.Values.Single(o => o.PreferredLabel == label).Id;

    private List<string> NextMoves(string label) =>
        [.. Result.InferredTransitions.Where(t => t.Transition.FromRoleId == IdOf(label)).Select(t => Result.Occupations[t.Transition.ToRoleId].PreferredLabel)];

    [Fact]
    public void A_call_centre_agent_s_next_moves_are_customer_contact_work()
    {
        var moves = NextMoves("call centre agent");

        Assert.Equal(10, moves.Count);
        Assert.Equal("live chat operator", moves[0]);
        Assert.Contains("ICT help desk agent", moves);
    }

    [Fact]
    public void A_contact_centre_supervisor_can_move_to_call_centre_supervision_or_management()
    {
        var moves = NextMoves("contact centre supervisor");

        Assert.Equal("call centre supervisor", moves[0]);
        Assert.Contains("contact centre manager", moves.Take(3));
        var toManager = Result.InferredTransitions.Single(t => t.Transition.FromRoleId == IdOf("contact centre supervisor") && t.Transition.ToRoleId == IdOf("contact centre manager"));
        Assert.Equal(TransitionKind.TrackSwitch, toManager.Transition.Kind);
        Assert.True(toManager.SharedSkills >= 20, toManager.ToString());
    }

    [Fact]
    public void A_software_developer_s_closest_moves_share_most_of_its_skills()
    {
        var first = Result.InferredTransitions.First(t => t.Transition.FromRoleId == IdOf("software developer"));

        Assert.Equal("ICT application developer", Result.Occupations[first.Transition.ToRoleId].PreferredLabel);
        Assert.InRange(first.SkillOverlap, 0.7, 1);
        Assert.Equal(0.75, first.IscoProximity);
    }

    [Fact]
    public void Each_occupation_gets_at_most_ten_moves_best_first_each_above_the_minimum_score()
    {
        foreach (var group in Result.InferredTransitions.GroupBy(t => t.Transition.FromRoleId))
        {
            var scores = group.Select(t => t.Score).ToList();
            Assert.InRange(scores.Count, 1, 10);
            Assert.Equal(scores.OrderByDescending(s => s), scores);
            Assert.All(scores, s => Assert.True(s >= 0.1));
        }
        Assert.Equal(Result.InferredTransitions.Count, Result.Catalog.Transitions.Count);
    }

    [Fact]
    public void A_move_up_in_isco_skill_level_is_a_promotion_timed_by_the_levels_gained()
    {
        var promotions = Result.InferredTransitions.Where(t => t.Transition.Kind == TransitionKind.Promotion).ToList();

        Assert.NotEmpty(promotions);
        Assert.All(promotions, t =>
        {
            var gained = Result.Catalog.GetRole(t.Transition.ToRoleId).Rank - Result.Catalog.GetRole(t.Transition.FromRoleId).Rank;
            Assert.True(gained > 0);
            Assert.Equal(NodaTime.Period.FromYears(2 * gained), t.Transition.TypicalTime);
        });
    }

    [Fact]
    public void A_move_to_a_narrower_occupation_is_a_specialisation_with_the_hierarchy_as_evidence()
    {
        var specialisations = Result.InferredTransitions.Where(t => t.Transition.Kind == TransitionKind.Specialisation).ToList();

        Assert.NotEmpty(specialisations);
        Assert.All(specialisations, t =>
        {
            Assert.True(t.HierarchyLink);
            Assert.Equal(t.Transition.FromRoleId, Result.Occupations[t.Transition.ToRoleId].BroaderOccupationId);
        });
    }

    [Fact]
    public void Isco_proximity_counts_the_digits_two_groups_share()
    {
        Assert.Equal(1, CareerModel.Esco.Internal.TransitionInference.IscoProximity("5244", "5244"));
        Assert.Equal(0.75, CareerModel.Esco.Internal.TransitionInference.IscoProximity("5244", "5242"));
        Assert.Equal(0.5, CareerModel.Esco.Internal.TransitionInference.IscoProximity("5244", "5211"));
        Assert.Equal(0.25, CareerModel.Esco.Internal.TransitionInference.IscoProximity("5244", "5311"));
        Assert.Equal(0, CareerModel.Esco.Internal.TransitionInference.IscoProximity("5244", "4225"));
    }
}
