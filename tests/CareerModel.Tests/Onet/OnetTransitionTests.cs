using CareerModel.Careers;
using CareerModel.Onet;
using NodaTime;

namespace CareerModel.Tests.Onet;

/// <summary>Transitions inferred on the real release: plausible moves for well-known occupations, and kinds that fit.</summary>
[Collection(OnetReleaseGroup.Name)]
public class OnetTransitionTests(OnetReleaseFixture fixture)
{
    private CareerCatalog Catalog => fixture.Result.Catalog;

    private List<string> Targets(string code, int top = 10) =>
        fixture.Result.InferredTransitions.Where(t => t.Transition.FromRoleId == code)
            .OrderByDescending(t => t.Score).Take(top).Select(t => t.Transition.ToRoleId).ToList();

    [Fact]
    public void Customer_service_representatives_move_to_related_clerical_work_and_to_their_supervisors()
    {
        var targets = Targets("43-4051.00");

        var promotion = Catalog.GetTransitionsFrom("43-4051.00").Single(t => t.ToRoleId == "43-1011.00");   // First-Line Supervisors of Office and Administrative Support Workers
        Assert.Equal(TransitionKind.Promotion, promotion.Kind);
        Assert.Equal(Period.FromYears(2), promotion.TypicalTime);
        Assert.Contains("43-4171.00", targets);   // Receptionists and Information Clerks
        Assert.Contains("43-3011.00", targets);   // Bill and Account Collectors
        Assert.Contains("43-4141.00", targets);   // New Accounts Clerks
        Assert.Contains("43-4041.00", targets);   // Credit Authorizers, Checkers, and Clerks
        Assert.True(targets.Count(t => t.StartsWith("43-", StringComparison.Ordinal)) >= 7, string.Join(", ", targets));
    }

    [Fact]
    public void Registered_nurses_specialise_within_nursing_and_advance_to_practice_roles()
    {
        var moves = Catalog.GetTransitionsFrom("29-1141.00").ToDictionary(t => t.ToRoleId);

        Assert.Equal(TransitionKind.Specialisation, moves["29-1141.03"].Kind);   // Critical Care Nurses
        Assert.Equal(TransitionKind.Specialisation, moves["29-1141.01"].Kind);   // Acute Care Nurses
        Assert.Equal(TransitionKind.Promotion, moves["29-1171.00"].Kind);        // Nurse Practitioners
        Assert.Contains("29-2061.00", moves.Keys);                               // Licensed Practical and Licensed Vocational Nurses
        Assert.True(moves.Keys.Count(code => code.StartsWith("29-", StringComparison.Ordinal)) >= 8, string.Join(", ", moves.Keys));
    }

    [Theory]
    [InlineData("15-1252.00", "15-1251.00")]   // Software Developers → Computer Programmers
    [InlineData("15-1252.00", "15-1253.00")]   // Software Developers → Software Quality Assurance Analysts and Testers
    [InlineData("53-3032.00", "53-3033.00")]   // Heavy and Tractor-Trailer Truck Drivers → Light Truck Drivers
    [InlineData("35-2014.00", "35-2015.00")]   // Cooks, Restaurant → Cooks, Short Order
    [InlineData("47-2111.00", "47-2152.00")]   // Electricians → Plumbers, Pipefitters, and Steamfitters
    [InlineData("25-2021.00", "25-2012.00")]   // Elementary School Teachers → Kindergarten Teachers
    [InlineData("13-2011.00", "13-2031.00")]   // Accountants and Auditors → Budget Analysts
    public void The_closest_neighbours_are_the_obvious_ones(string from, string to)
    {
        Assert.Contains(to, Targets(from, 3));
    }

    [Fact]
    public void Kinds_fit_ranks_and_tracks_and_moves_stay_within_one_Job_Zone()
    {
        Assert.NotEmpty(Catalog.Transitions);
        foreach (var transition in Catalog.Transitions)
        {
            var from = Catalog.GetRole(transition.FromRoleId);
            var to = Catalog.GetRole(transition.ToRoleId);
            Assert.InRange(to.Rank - from.Rank, -1, 1);
            Assert.Equal(to.Rank > from.Rank, transition.Kind == TransitionKind.Promotion);
            if (transition.Kind == TransitionKind.TrackSwitch)
                Assert.NotEqual(from.Track, to.Track);
            Assert.Equal(to.Rank > from.Rank ? Period.FromYears(2) : Period.FromYears(1), transition.TypicalTime);
        }
        Assert.Contains(Catalog.Transitions, t => t.Kind == TransitionKind.Lateral);
        Assert.Contains(Catalog.Transitions, t => t.Kind == TransitionKind.TrackSwitch);
        Assert.Contains(Catalog.Transitions, t => t.Kind == TransitionKind.Specialisation);
    }

    [Fact]
    public void Each_occupation_keeps_at_most_ten_moves_scored_above_the_threshold()
    {
        Assert.All(Catalog.Transitions.GroupBy(t => t.FromRoleId), g => Assert.InRange(g.Count(), 1, 10));
        Assert.All(fixture.Result.InferredTransitions, t => Assert.True(t.Score >= 1.0));
        Assert.Equal(Catalog.Transitions, fixture.Result.InferredTransitions.Select(t => t.Transition));
        Assert.InRange(Catalog.Transitions.Count, 8_000, 9_230);
    }

    [Fact]
    public void Inferred_transitions_carry_their_evidence()
    {
        var move = fixture.Result.InferredTransitions.Single(t => t.Transition.FromRoleId == "43-4051.00" && t.Transition.ToRoleId == "43-4171.00");

        Assert.InRange(move.SkillSimilarity!.Value, 0.5, 1);
        Assert.InRange(move.KnowledgeSimilarity!.Value, 0, 1);
        Assert.InRange(move.EducationSimilarity!.Value, 0.5, 1);
        Assert.InRange(move.DescriptionSimilarity, 0, 1);
        Assert.Equal(0.5, move.SocProximity);   // same minor group 43-4
        Assert.Equal(0, move.JobZoneStep);
        Assert.Null(move.AbilitySimilarity);    // no Abilities file in this copy
        Assert.StartsWith("43-4051.00 → 43-4171.00 (Lateral, after 1 year, strength 0.", move.ToString(), StringComparison.Ordinal);
        Assert.Equal(FormattableString.Invariant($"{move.Transition}, score {move.Score:0.00}"), move.ToString());
    }

    [Fact]
    public void Each_inferred_move_has_the_strength_its_score_maps_to_on_one_logistic_curve()
    {
        var options = new TransitionInferenceOptions();
        foreach (var move in fixture.Result.InferredTransitions)
        {
            var expected = 1 / (1 + Math.Exp(-(move.Score - options.StrengthMidpoint) / options.StrengthSpread));
            Assert.Equal(expected, move.Transition.Strength, 12);
            Assert.InRange(move.Transition.Strength, 0, 1);
        }
    }

    [Fact]
    public void A_higher_score_is_never_a_weaker_move_whatever_the_source()
    {
        var byScore = fixture.Result.InferredTransitions.OrderBy(t => t.Score).ToList();

        for (var i = 1; i < byScore.Count; i++)
            Assert.True(byScore[i].Transition.Strength >= byScore[i - 1].Transition.Strength, $"{byScore[i - 1]} vs {byScore[i]}");
        Assert.True(byScore[0].Transition.Strength < 0.5, byScore[0].ToString());
        Assert.True(byScore[^1].Transition.Strength > 0.9, byScore[^1].ToString());
    }

    [Fact]
    public void The_strength_curve_is_an_option()
    {
        var options = new OnetImportOptions { Transitions = { StrengthMidpoint = 0, StrengthSpread = 10 } };

        var result = OnetCatalog.Load(OnetDataFolders.Onet, options);

        var move = result.InferredTransitions[0];
        Assert.Equal(1 / (1 + Math.Exp(-move.Score / 10)), move.Transition.Strength, 12);
        Assert.Equal(fixture.Result.InferredTransitions.Select(t => (t.Transition.FromRoleId, t.Transition.ToRoleId)), result.InferredTransitions.Select(t => (t.Transition.FromRoleId, t.Transition.ToRoleId)));
    }

    [Fact]
    public void First_line_supervisors_move_to_other_supervisors_more_than_to_the_workers_they_supervise()
    {
        var supervisors = Catalog.Roles.Where(r => r.Title.StartsWith("First-Line Supervisors", StringComparison.Ordinal)).Select(r => r.Id).ToHashSet();
        var moves = Catalog.Transitions.Where(t => supervisors.Contains(t.FromRoleId)).ToList();

        var toSupervisors = moves.Count(t => supervisors.Contains(t.ToRoleId));
        var toOwnWorkers = moves.Count(t => !supervisors.Contains(t.ToRoleId) && t.ToRoleId[..2] == t.FromRoleId[..2] && Catalog.GetRole(t.ToRoleId).Rank <= Catalog.GetRole(t.FromRoleId).Rank);
        Assert.True(toSupervisors > toOwnWorkers, $"{toSupervisors} moves to other supervisors, {toOwnWorkers} to their own workers");
        Assert.Contains(Catalog.GetTransitionsFrom("41-1011.00"), t => supervisors.Contains(t.ToRoleId));   // First-Line Supervisors of Retail Sales Workers
    }

    [Fact]
    public void A_borrowed_profile_counts_half_so_unrated_occupations_take_fewer_places()
    {
        var unrated = Catalog.Roles.Where(r => r.Requirements.Count == 0).Select(r => r.Id).ToHashSet();
        var full = OnetCatalog.Load(OnetDataFolders.Onet, new OnetImportOptions { Transitions = { BorrowedProfileWeight = 1 } });

        var places = Catalog.Transitions.Count(t => unrated.Contains(t.ToRoleId));
        var placesAtFullWeight = full.Catalog.Transitions.Count(t => unrated.Contains(t.ToRoleId));
        Assert.True(places < placesAtFullWeight * 0.6, $"{places} places at half weight, {placesAtFullWeight} at full weight");
        Assert.Contains(Catalog.GetTransitionsFrom("15-1252.00"), t => t.ToRoleId == "15-1251.00");   // Software Developers, unrated, still reach Computer Programmers
    }

    [Fact]
    public void Tunable_options_change_the_graph()
    {
        var options = new OnetImportOptions();
        options.Transitions.NeighboursPerOccupation = 3;
        options.Transitions.MaxJobZoneStepDown = 0;
        options.Transitions.MinimumScore = double.NegativeInfinity;
        var result = OnetCatalog.Load(OnetDataFolders.Onet, options);

        Assert.Equal(923 * 3, result.Catalog.Transitions.Count);
        Assert.All(result.Catalog.Transitions, t => Assert.True(result.Catalog.GetRole(t.ToRoleId).Rank >= result.Catalog.GetRole(t.FromRoleId).Rank));
    }

    [Fact]
    public void The_import_is_deterministic()
    {
        var again = OnetCatalog.Load(OnetDataFolders.Onet, OnetDataFolders.OewsFile);

        Assert.Equal(fixture.Result.Catalog, again.Catalog);
        Assert.Equal(fixture.Result.InferredTransitions, again.InferredTransitions);
        Assert.Equal(fixture.Result.Notes, again.Notes);
    }
}
