using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>How long a move takes: the longest of the transition's typical time and the experience the target asks for beyond what the person will have.</summary>
public class StepTimeTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    private static readonly CareerCatalog Catalog = CareerCatalog.CreateBuilder()
        .AddRole(new Role("agent", "Agent", "support", CareerTrack.IndividualContributor, 1))
        .AddRole(new Role("senior", "Senior agent", "support", CareerTrack.IndividualContributor, 2).WithTypicalExperience(ExperienceRange.Years(3)))
        .AddRole(new Role("lead", "Lead", "support", CareerTrack.Management, 3).WithTypicalExperience(ExperienceRange.Years(4)))
        .AddTransition(new Transition("agent", "senior", TransitionKind.Promotion, Period.FromMonths(6)))
        .AddTransition(new Transition("senior", "lead", TransitionKind.Promotion, Period.FromMonths(6)))
        .Build();

    private static Profile AgentSince(int year) =>
        new Profile("agent").WithWorkHistory(new WorkHistory([new Employment("agent", new LocalDate(year, 11, 25))]));

    private static Period TimeTo(Profile person, string target) =>
        Recommender.Create(Catalog, Clock).RecommendPathsTo(person, target, new RecommendationOptions { Count = 1 }).Paths.Single().TotalTime;

    [Fact]
    public void A_move_waits_for_the_experience_the_role_asks_for_beyond_the_persons()
    {
        // Two years as an agent; the senior role asks for three: a year more, not the move's six months.
        Assert.Equal(Period.FromMonths(12), TimeTo(AgentSince(2024), "senior"));
    }

    [Fact]
    public void A_person_with_the_experience_already_moves_in_the_transitions_time()
    {
        Assert.Equal(Period.FromMonths(6), TimeTo(AgentSince(2020), "senior"));
    }

    [Fact]
    public void Experience_gained_on_the_way_counts_towards_the_next_move()
    {
        // Two years, then a year to senior (three), then a year more for the lead's four.
        Assert.Equal(Period.FromMonths(24), TimeTo(AgentSince(2024), "lead"));
    }
}
