using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using static CareerModel.Tests.Careers.Samples;

namespace CareerModel.Tests.Careers;

public class CareerCatalogTests
{
    private static CareerCatalog BuiltBackwards() =>
        CareerCatalog.CreateBuilder()
            .AddTransitions(Transitions.Reverse())
            .AddRoles(Roles.Reverse())
            .AddSkills(Samples.Skills.Reverse())
            .AddRegions(Regions.Reverse())
            .Build();

    [Fact]
    public void Roles_skills_and_regions_are_ordered_by_id_ordinally()
    {
        var catalog = BuiltBackwards();

        Assert.Equal(["cs-agent", "cs-senior", "cs-team-lead"], catalog.Roles.Select(r => r.Id));
        Assert.Equal(["coaching", "crm", "empathy"], catalog.Skills.Select(s => s.Id));
        Assert.Equal(["DE", "US", "US-CA", "berlin", "europe", "world"], catalog.Regions.Select(r => r.Id));
    }

    [Fact]
    public void Transitions_are_ordered_by_source_then_target()
    {
        var catalog = Builder()
            .AddTransition(new Transition("cs-agent", "cs-team-lead", TransitionKind.Promotion))
            .AddTransition(new Transition("cs-senior", "cs-agent", TransitionKind.Lateral))
            .Build();

        Assert.Equal(
            ["cs-agent → cs-senior", "cs-agent → cs-team-lead", "cs-senior → cs-agent", "cs-senior → cs-team-lead", "cs-team-lead → cs-senior"],
            catalog.Transitions.Select(t => $"{t.FromRoleId} → {t.ToRoleId}"));
    }

    [Fact]
    public void A_catalog_equals_one_built_from_the_same_parts_in_another_order()
    {
        var forwards = Catalog();
        var backwards = BuiltBackwards();

        Assert.Equal(forwards, backwards);
        Assert.True(forwards.Equals((object)backwards));
        Assert.Equal(forwards.GetHashCode(), backwards.GetHashCode());
    }

    [Fact]
    public void Catalogs_that_differ_in_one_part_are_not_equal()
    {
        var catalog = Catalog();

        Assert.NotEqual(catalog, Builder().AddSkill(new Skill("typing", "Typing", SkillCategory.Technical)).Build());
        Assert.NotEqual(catalog, Builder().AddRegion(new Region("FR", "France", RegionKind.Country, Currency.EUR, "europe")).Build());
        Assert.NotEqual(catalog, Builder().AddRole(Role("cs-trainer")).Build());
        Assert.NotEqual(catalog, Builder().AddTransition(new Transition("cs-agent", "cs-team-lead", TransitionKind.Promotion)).Build());
        Assert.NotEqual(catalog, Builder().UseProficiencyScale(new ProficiencyScale("Big", Enumerable.Range(0, 10).Select(i => $"L{i}"))).Build());
        Assert.False(catalog.Equals(null));
    }

    [Fact]
    public void ToBuilder_round_trips_to_an_equal_catalog()
    {
        var scale = new ProficiencyScale("Four", ["Aware", "Practised", "Skilled", "Expert"]);
        var catalog = Builder().UseProficiencyScale(scale).Build();

        var copy = catalog.ToBuilder().Build();

        Assert.Equal(catalog, copy);
        Assert.Equal(catalog.GetHashCode(), copy.GetHashCode());
        Assert.Equal(scale, copy.ProficiencyScale);
    }

    [Fact]
    public void ToBuilder_extends_a_copy_and_leaves_the_original_alone()
    {
        var catalog = Catalog();

        var extended = catalog.ToBuilder().AddRole(Role("cs-trainer", rank: 2)).Build();

        Assert.Equal(4, extended.Roles.Count);
        Assert.Equal(3, catalog.Roles.Count);
        Assert.False(catalog.TryGetRole("cs-trainer", out _));
    }

    [Fact]
    public void ToBuilder_validates_what_is_added()
    {
        var builder = Catalog().ToBuilder().AddRole(Role("cs-agent"));

        var problem = SingleProblem(builder);

        Assert.Equal(CatalogProblemKind.DuplicateId, problem.Kind);
    }

    [Fact]
    public void GetRole_and_TryGetRole_find_a_role_by_id()
    {
        var catalog = Catalog();

        Assert.Equal(Lead, catalog.GetRole("cs-team-lead"));
        Assert.True(catalog.TryGetRole("cs-senior", out var senior));
        Assert.Equal(Senior, senior);
    }

    [Fact]
    public void GetSkill_and_TryGetSkill_find_a_skill_by_id()
    {
        var catalog = Catalog();

        Assert.Equal(Crm, catalog.GetSkill("crm"));
        Assert.True(catalog.TryGetSkill("empathy", out var empathy));
        Assert.Equal(Empathy, empathy);
    }

    [Fact]
    public void GetRegion_and_TryGetRegion_find_a_region_by_id()
    {
        var catalog = Catalog();

        Assert.Equal(California, catalog.GetRegion("US-CA"));
        Assert.True(catalog.TryGetRegion("berlin", out var berlin));
        Assert.Equal(Berlin, berlin);
    }

    [Fact]
    public void Lookups_are_case_sensitive()
    {
        var catalog = Catalog();

        Assert.False(catalog.TryGetRole("CS-AGENT", out _));
        Assert.False(catalog.TryGetSkill("CRM", out _));
        Assert.False(catalog.TryGetRegion("de", out _));
    }

    [Fact]
    public void TryGet_returns_false_and_null_for_an_unknown_id()
    {
        var catalog = Catalog();

        Assert.False(catalog.TryGetRole("cs-nobody", out var role));
        Assert.Null(role);
        Assert.False(catalog.TryGetSkill("juggling", out var skill));
        Assert.Null(skill);
        Assert.False(catalog.TryGetRegion("FR", out var region));
        Assert.Null(region);
    }

    [Fact]
    public void GetRole_with_an_unknown_id_throws_the_same_exception_as_the_assessor_naming_the_id()
    {
        var ex = Assert.Throws<UnknownRoleException>(() => Catalog().GetRole("cs-nobody"));

        Assert.Equal("The catalog holds no role with id 'cs-nobody'.", ex.Message);
        Assert.Equal(["cs-nobody"], ex.RoleIds);
        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
    }

    [Fact]
    public void GetSkill_with_an_unknown_id_throws_the_same_exception_as_the_assessor_naming_the_id()
    {
        var ex = Assert.Throws<UnknownSkillException>(() => Catalog().GetSkill("juggling"));

        Assert.Equal("The catalog holds no skill with id 'juggling'.", ex.Message);
    }

    [Fact]
    public void GetRegion_with_an_unknown_id_throws_naming_the_id()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Catalog().GetRegion("FR"));

        Assert.Equal("The catalog holds no region with id 'FR'.", ex.Message);
    }

    [Fact]
    public void Lookups_reject_a_null_id()
    {
        var catalog = Catalog();

        Assert.Throws<ArgumentNullException>("id", () => catalog.GetRole(null!));
        Assert.Throws<ArgumentNullException>("id", () => catalog.GetSkill(null!));
        Assert.Throws<ArgumentNullException>("id", () => catalog.GetRegion(null!));
        Assert.Throws<ArgumentNullException>("roleId", () => catalog.GetTransitionsFrom(null!));
        Assert.Throws<ArgumentNullException>("roleId", () => catalog.GetTransitionsTo(null!));
    }

    [Fact]
    public void GetRegionPath_runs_from_the_region_up_to_the_world()
    {
        var path = Catalog().GetRegionPath("berlin");

        Assert.Equal([Berlin, Germany, Europe, World], path);
    }

    [Fact]
    public void GetRegionPath_of_a_region_that_skips_levels_follows_its_parents()
    {
        Assert.Equal(["US-CA", "US", "world"], Catalog().GetRegionPath("US-CA").Select(r => r.Id));
    }

    [Fact]
    public void GetRegionPath_of_the_world_is_the_world_alone()
    {
        Assert.Equal([World], Catalog().GetRegionPath("world"));
    }

    [Fact]
    public void GetRegionPath_of_an_unknown_region_throws_naming_the_id()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Catalog().GetRegionPath("atlantis"));

        Assert.Contains("'atlantis'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetTransitionsFrom_lists_moves_out_of_a_role_ordered_by_target()
    {
        var catalog = Builder()
            .AddRole(Role("cs-analyst", rank: 3))
            .AddTransition(new Transition("cs-senior", "cs-analyst", TransitionKind.Promotion))
            .AddTransition(new Transition("cs-senior", "cs-agent", TransitionKind.Lateral))
            .Build();

        Assert.Equal(["cs-agent", "cs-analyst", "cs-team-lead"], catalog.GetTransitionsFrom("cs-senior").Select(t => t.ToRoleId));
        Assert.All(catalog.GetTransitionsFrom("cs-senior"), t => Assert.Equal("cs-senior", t.FromRoleId));
    }

    [Fact]
    public void GetTransitionsTo_lists_moves_into_a_role_ordered_by_source()
    {
        var catalog = Builder()
            .AddTransition(new Transition("cs-agent", "cs-team-lead", TransitionKind.Promotion))
            .Build();

        Assert.Equal(["cs-agent", "cs-senior"], catalog.GetTransitionsTo("cs-team-lead").Select(t => t.FromRoleId));
        Assert.Equal([AgentToSenior, LeadToSenior], catalog.GetTransitionsTo("cs-senior"));
    }

    [Fact]
    public void A_role_without_moves_has_no_transitions_either_way()
    {
        var catalog = Builder().AddRole(Role("cs-island")).Build();

        Assert.Empty(catalog.GetTransitionsFrom("cs-island"));
        Assert.Empty(catalog.GetTransitionsTo("cs-island"));
        Assert.Empty(catalog.GetTransitionsTo("cs-agent"));
    }

    [Fact]
    public void Transitions_of_an_unknown_role_throw_naming_the_id()
    {
        var catalog = Catalog();

        var from = Assert.Throws<UnknownRoleException>(() => catalog.GetTransitionsFrom("cs-nobody"));
        var to = Assert.Throws<UnknownRoleException>(() => catalog.GetTransitionsTo("cs-nobody"));

        Assert.Contains("'cs-nobody'", from.Message, StringComparison.Ordinal);
        Assert.Contains("'cs-nobody'", to.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_collections_cannot_be_changed()
    {
        var catalog = Catalog();

        Assert.Throws<NotSupportedException>(() => ((IList<Role>)catalog.Roles).Add(Role("x")));
        Assert.Throws<NotSupportedException>(() => ((IList<Skill>)catalog.Skills).Clear());
        Assert.Throws<NotSupportedException>(() => ((IList<Region>)catalog.Regions).RemoveAt(0));
        Assert.Throws<NotSupportedException>(() => ((IList<Transition>)catalog.Transitions)[0] = LeadToSenior);
        Assert.Throws<NotSupportedException>(() => ((IList<Transition>)catalog.GetTransitionsFrom("cs-agent")).Clear());
    }

    [Fact]
    public void ToString_summarises_the_counts()
    {
        Assert.Equal("CareerCatalog: 3 roles, 3 skills, 6 regions, 3 transitions", Catalog().ToString());
    }
}
