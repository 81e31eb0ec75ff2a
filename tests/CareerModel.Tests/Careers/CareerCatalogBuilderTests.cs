using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using static CareerModel.Tests.Careers.Samples;

namespace CareerModel.Tests.Careers;

public class CareerCatalogBuilderTests
{
    private static void AssertProblem(CatalogProblem problem, CatalogProblemKind kind, string location, params string[] fragments)
    {
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(location, problem.Location);
        foreach (var fragment in fragments)
            Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_catalog_is_valid()
    {
        var catalog = Catalog();

        Assert.Equal(3, catalog.Roles.Count);
        Assert.Equal(3, catalog.Skills.Count);
        Assert.Equal(6, catalog.Regions.Count);
        Assert.Equal(3, catalog.Transitions.Count);
        Assert.Equal(ProficiencyScale.Standard, catalog.ProficiencyScale);
    }

    [Fact]
    public void An_empty_builder_builds_an_empty_catalog()
    {
        var catalog = CareerCatalog.CreateBuilder().Build();

        Assert.Empty(catalog.Roles);
        Assert.Empty(catalog.Skills);
        Assert.Empty(catalog.Regions);
        Assert.Empty(catalog.Transitions);
    }

    [Fact]
    public void A_duplicate_role_id_is_reported()
    {
        var problem = SingleProblem(Builder().AddRole(Role("cs-senior", rank: 2)));

        AssertProblem(problem, CatalogProblemKind.DuplicateId, "role 'cs-senior'", "More than one role has the id 'cs-senior'", "ids must be unique");
    }

    [Fact]
    public void The_same_role_added_twice_is_a_duplicate()
    {
        var problem = SingleProblem(Builder().AddRole(Agent));

        AssertProblem(problem, CatalogProblemKind.DuplicateId, "role 'cs-agent'", "'cs-agent'");
    }

    [Fact]
    public void A_duplicate_skill_id_is_reported()
    {
        var problem = SingleProblem(Builder().AddSkill(new Skill("crm", "Customer relationship management", SkillCategory.Knowledge)));

        AssertProblem(problem, CatalogProblemKind.DuplicateId, "skill 'crm'", "More than one skill has the id 'crm'");
    }

    [Fact]
    public void A_duplicate_region_id_is_reported()
    {
        var problem = SingleProblem(Builder().AddRegion(new Region("DE", "Deutschland", RegionKind.Country, Currency.EUR, "europe")));

        AssertProblem(problem, CatalogProblemKind.DuplicateId, "region 'DE'", "More than one region has the id 'DE'");
    }

    [Fact]
    public void Ids_that_differ_only_in_case_are_not_duplicates()
    {
        var catalog = Builder().AddSkill(new Skill("CRM", "CRM (upper case)", SkillCategory.Technical)).Build();

        Assert.Equal(4, catalog.Skills.Count);
    }

    [Fact]
    public void A_duplicate_transition_pair_is_reported_even_with_another_kind()
    {
        var problem = SingleProblem(Builder().AddTransition(new Transition("cs-agent", "cs-senior", TransitionKind.Lateral)));

        AssertProblem(problem, CatalogProblemKind.DuplicateId, "transition cs-agent → cs-senior", "More than one transition links these roles in this direction");
    }

    [Fact]
    public void Transitions_each_way_between_two_roles_are_not_duplicates()
    {
        var catalog = Builder().AddTransition(new Transition("cs-senior", "cs-agent", TransitionKind.Lateral)).Build();

        Assert.Equal(4, catalog.Transitions.Count);
    }

    [Fact]
    public void A_requirement_for_an_unknown_skill_is_reported()
    {
        var role = Role("cs-trainer", requirements: [SkillRequirement.Required("empathy", 2), SkillRequirement.Required("public-speaking", 3)]);

        var problem = SingleProblem(Builder().AddRole(role));

        AssertProblem(problem, CatalogProblemKind.UnknownReference, "role 'cs-trainer'", "Requirement skill 'public-speaking' is not in the catalog");
    }

    [Fact]
    public void A_pay_band_for_an_unknown_region_is_reported()
    {
        var role = Role("cs-trainer", payBands: new Dictionary<string, SalaryBand> { ["FR"] = SalaryBand.FromMedian(Eur(35_000)) });

        var problem = SingleProblem(Builder().AddRole(role));

        AssertProblem(problem, CatalogProblemKind.UnknownReference, "role 'cs-trainer'", "Pay band region 'FR' is not in the catalog");
    }

    [Fact]
    public void An_unknown_parent_region_is_reported()
    {
        var problem = SingleProblem(Builder().AddRegion(new Region("JP", "Japan", RegionKind.Country, Currency.JPY, "asia-pacific")));

        AssertProblem(problem, CatalogProblemKind.UnknownReference, "region 'JP'", "Parent region 'asia-pacific' is not in the catalog");
    }

    [Fact]
    public void An_unknown_transition_source_is_reported()
    {
        var problem = SingleProblem(Builder().AddTransition(new Transition("cs-intern", "cs-agent", TransitionKind.Promotion)));

        AssertProblem(problem, CatalogProblemKind.UnknownReference, "transition cs-intern → cs-agent", "Source role 'cs-intern' is not in the catalog");
    }

    [Fact]
    public void An_unknown_transition_target_is_reported()
    {
        var problem = SingleProblem(Builder().AddTransition(new Transition("cs-team-lead", "cs-manager", TransitionKind.Promotion)));

        AssertProblem(problem, CatalogProblemKind.UnknownReference, "transition cs-team-lead → cs-manager", "Target role 'cs-manager' is not in the catalog");
    }

    [Fact]
    public void A_transition_with_both_roles_unknown_reports_both()
    {
        var problems = BuildFails(Builder().AddTransition(new Transition("ghost-a", "ghost-b", TransitionKind.Promotion))).Problems;

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("transition ghost-a → ghost-b", p.Location));
        Assert.Contains("Source role 'ghost-a'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("Target role 'ghost-b'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_promotion_that_lowers_rank_is_reported()
    {
        var problem = SingleProblem(Builder().AddTransition(new Transition("cs-team-lead", "cs-agent", TransitionKind.Promotion)));

        AssertProblem(problem, CatalogProblemKind.InconsistentTransition, "transition cs-team-lead → cs-agent", "A promotion must raise rank", "from rank 3 to rank 1");
    }

    [Fact]
    public void A_promotion_that_keeps_rank_is_reported()
    {
        var problem = SingleProblem(Builder().AddRole(Role("cs-specialist", rank: 2)).AddTransition(new Transition("cs-senior", "cs-specialist", TransitionKind.Promotion)));

        AssertProblem(problem, CatalogProblemKind.InconsistentTransition, "transition cs-senior → cs-specialist", "A promotion must raise rank", "from rank 2 to rank 2");
    }

    [Fact]
    public void A_lateral_move_may_keep_or_lower_rank()
    {
        var catalog = Builder().AddTransition(new Transition("cs-team-lead", "cs-agent", TransitionKind.Lateral)).Build();

        Assert.Equal(4, catalog.Transitions.Count);
    }

    [Fact]
    public void A_track_switch_within_one_track_is_reported()
    {
        var problem = SingleProblem(Builder().AddRole(Role("cs-x")).AddTransition(new Transition("cs-senior", "cs-x", TransitionKind.TrackSwitch)));

        AssertProblem(problem, CatalogProblemKind.InconsistentTransition, "transition cs-senior → cs-x", "A track switch must change track", "both roles are on the IndividualContributor track");
    }

    [Fact]
    public void A_pay_band_in_another_currency_than_its_region_is_reported()
    {
        var role = Role("cs-trainer", payBands: new Dictionary<string, SalaryBand> { ["DE"] = SalaryBand.FromMedian(Usd(40_000)), ["US"] = SalaryBand.FromMedian(Usd(40_000)) });

        var problem = SingleProblem(Builder().AddRole(role));

        AssertProblem(problem, CatalogProblemKind.CurrencyMismatch, "role 'cs-trainer'", "Pay band for region 'DE' is in USD, but the region's currency is EUR");
    }

    [Fact]
    public void A_requirement_level_above_the_scale_maximum_is_reported()
    {
        var role = Role("cs-trainer", requirements: [SkillRequirement.Required("empathy", 6)]);

        var problem = SingleProblem(Builder().AddRole(role));

        AssertProblem(problem, CatalogProblemKind.LevelOutOfScale, "role 'cs-trainer'", "Requirement level 6 for skill 'empathy' is outside the Standard scale (0 to 5)");
    }

    [Fact]
    public void A_requirement_level_at_the_scale_maximum_is_accepted()
    {
        var catalog = Builder().AddRole(Role("cs-trainer", requirements: [SkillRequirement.Required("empathy", 5)])).Build();

        Assert.Equal(5, catalog.GetRole("cs-trainer").Requirements[0].MinimumLevel);
    }

    [Fact]
    public void Levels_are_checked_against_the_scale_in_use()
    {
        var scale = new ProficiencyScale("Three", ["Basic", "Good", "Great"]);
        var builder = CareerCatalog.CreateBuilder()
            .UseProficiencyScale(scale)
            .AddSkill(Empathy)
            .AddRole(Role("a", requirements: [SkillRequirement.Required("empathy", 2)]))
            .AddRole(Role("b", requirements: [SkillRequirement.Required("empathy", 2.5)]));

        var problem = SingleProblem(builder);

        AssertProblem(problem, CatalogProblemKind.LevelOutOfScale, "role 'b'", "Requirement level 2.5 for skill 'empathy' is outside the Three scale (0 to 2)");
    }

    [Fact]
    public void A_level_for_an_unknown_skill_that_is_also_off_the_scale_reports_both()
    {
        var problems = BuildFails(Builder().AddRole(Role("cs-trainer", requirements: [SkillRequirement.Required("juggling", 9)]))).Problems;

        Assert.Equal([CatalogProblemKind.UnknownReference, CatalogProblemKind.LevelOutOfScale], problems.Select(p => p.Kind));
    }

    [Fact]
    public void Two_world_regions_are_reported()
    {
        var problem = SingleProblem(Builder().AddRegion(new Region("earth", "Earth", RegionKind.World, Currency.EUR)));

        AssertProblem(problem, CatalogProblemKind.InvalidHierarchy, "regions", "at most one world region, but there are 2: earth, world");
    }

    [Fact]
    public void A_country_nested_under_a_metro_is_reported()
    {
        var problem = SingleProblem(Builder().AddRegion(new Region("AT", "Austria", RegionKind.Country, Currency.EUR, "berlin")));

        AssertProblem(problem, CatalogProblemKind.InvalidHierarchy, "region 'AT'", "A Country cannot lie within the Metro 'berlin'", "a parent must be a wider kind of region");
    }

    [Theory]
    [InlineData(RegionKind.Country, "AT", "DE")]
    [InlineData(RegionKind.RegionGroup, "dach", "DE")]
    [InlineData(RegionKind.Subdivision, "US-NY", "US-CA")]
    [InlineData(RegionKind.Metro, "potsdam", "berlin")]
    [InlineData(RegionKind.RegionGroup, "emea", "berlin")]
    public void A_region_nested_under_the_same_or_a_narrower_kind_is_reported(RegionKind kind, string regionId, string parent)
    {
        var problem = SingleProblem(Builder().AddRegion(new Region(regionId, "Somewhere", kind, Currency.EUR, parent)));

        AssertProblem(problem, CatalogProblemKind.InvalidHierarchy, $"region '{regionId}'", $"A {kind} cannot lie within the", $"'{parent}'");
    }

    [Fact]
    public void Region_groups_may_nest_and_regions_may_skip_levels()
    {
        var catalog = Builder()
            .AddRegion(new Region("eastern-europe", "Eastern Europe", RegionKind.RegionGroup, Currency.EUR, "europe"))
            .AddRegion(new Region("PL", "Poland", RegionKind.Country, Currency.PLN, "eastern-europe"))
            .AddRegion(new Region("warsaw", "Warsaw", RegionKind.Metro, Currency.PLN, "PL"))
            .AddRegion(new Region("new-york", "New York City", RegionKind.Metro, Currency.USD, "world"))
            .Build();

        Assert.Equal(10, catalog.Regions.Count);
    }

    [Fact]
    public void A_cycle_of_two_region_groups_is_reported_for_each()
    {
        var builder = Builder()
            .AddRegion(new Region("emea", "EMEA", RegionKind.RegionGroup, Currency.EUR, "apac"))
            .AddRegion(new Region("apac", "APAC", RegionKind.RegionGroup, Currency.USD, "emea"));

        var problems = BuildFails(builder).Problems;

        Assert.Equal(2, problems.Count);
        AssertProblem(problems[0], CatalogProblemKind.InvalidHierarchy, "region 'apac'", "Region 'apac' is its own ancestor", "must not loop");
        AssertProblem(problems[1], CatalogProblemKind.InvalidHierarchy, "region 'emea'", "Region 'emea' is its own ancestor");
    }

    [Fact]
    public void A_region_below_a_cycle_is_not_blamed_for_it()
    {
        var builder = Builder()
            .AddRegion(new Region("a", "A", RegionKind.RegionGroup, Currency.EUR, "c"))
            .AddRegion(new Region("b", "B", RegionKind.RegionGroup, Currency.EUR, "a"))
            .AddRegion(new Region("c", "C", RegionKind.RegionGroup, Currency.EUR, "b"))
            .AddRegion(new Region("FR", "France", RegionKind.Country, Currency.EUR, "a"));

        var problems = BuildFails(builder).Problems;

        Assert.Equal(["region 'a'", "region 'b'", "region 'c'"], problems.Select(p => p.Location));
        Assert.All(problems, p => Assert.Equal(CatalogProblemKind.InvalidHierarchy, p.Kind));
    }

    [Fact]
    public void A_second_region_with_the_id_of_one_on_a_loop_that_leads_back_to_that_id_is_its_own_ancestor_too()
    {
        var builder = Builder()
            .AddRegion(new Region("emea", "EMEA", RegionKind.RegionGroup, Currency.EUR, "apac"))
            .AddRegion(new Region("apac", "APAC", RegionKind.RegionGroup, Currency.USD, "emea"))
            .AddRegion(new Region("apac", "Asia-Pacific", RegionKind.RegionGroup, Currency.USD, "emea"));

        var problems = BuildFails(builder).Problems;

        Assert.Equal(
            [
                (CatalogProblemKind.DuplicateId, "region 'apac'"),
                (CatalogProblemKind.InvalidHierarchy, "region 'apac'"),
                (CatalogProblemKind.InvalidHierarchy, "region 'apac'"),
                (CatalogProblemKind.InvalidHierarchy, "region 'emea'"),
            ],
            problems.Select(p => (p.Kind, p.Location)).Order());
        Assert.Equal(2, problems.Count(p => p.Message == "Region 'apac' is its own ancestor; the hierarchy must not loop."));
    }

    [Fact]
    public void A_second_region_with_an_id_below_a_loop_it_is_not_on_is_reported_only_as_a_duplicate()
    {
        var builder = Builder()
            .AddRegion(new Region("emea", "EMEA", RegionKind.RegionGroup, Currency.EUR, "apac"))
            .AddRegion(new Region("apac", "APAC", RegionKind.RegionGroup, Currency.USD, "emea"))
            .AddRegion(new Region("DE", "Deutschland", RegionKind.Country, Currency.EUR, "emea"));

        var problems = BuildFails(builder).Problems;

        Assert.Equal(
            [
                (CatalogProblemKind.DuplicateId, "region 'DE'"),
                (CatalogProblemKind.InvalidHierarchy, "region 'apac'"),
                (CatalogProblemKind.InvalidHierarchy, "region 'emea'"),
            ],
            problems.Select(p => (p.Kind, p.Location)).Order());
    }

    [Fact]
    public void A_catalog_with_many_problems_reports_them_all_at_once()
    {
        var builder = CareerCatalog.CreateBuilder()
            .AddRegions(Regions)
            .AddRegion(new Region("earth", "Earth", RegionKind.World, Currency.USD))
            .AddRegion(new Region("DE", "Deutschland", RegionKind.Country, Currency.EUR, "europe"))
            .AddRegion(new Region("JP", "Japan", RegionKind.Country, Currency.JPY, "asia"))
            .AddRegion(new Region("AT", "Austria", RegionKind.Country, Currency.EUR, "berlin"))
            .AddRegion(new Region("emea", "EMEA", RegionKind.RegionGroup, Currency.EUR, "apac"))
            .AddRegion(new Region("apac", "APAC", RegionKind.RegionGroup, Currency.USD, "emea"))
            .AddSkills(Samples.Skills)
            .AddSkill(new Skill("crm", "CRM again", SkillCategory.Knowledge))
            .AddRoles(Roles)
            .AddRole(Role("cs-agent", rank: 9))
            .AddRole(Role(
                "cs-trainer",
                rank: 2,
                requirements: [SkillRequirement.Required("juggling", 1), SkillRequirement.Required("empathy", 7)],
                payBands: new Dictionary<string, SalaryBand> { ["FR"] = SalaryBand.FromMedian(Eur(1)), ["DE"] = SalaryBand.FromMedian(Usd(1)) }))
            .AddTransitions(Transitions)
            .AddTransition(new Transition("cs-agent", "cs-senior", TransitionKind.Lateral))
            .AddTransition(new Transition("cs-intern", "cs-manager", TransitionKind.Promotion))
            .AddTransition(new Transition("cs-team-lead", "cs-agent", TransitionKind.Promotion))
            .AddTransition(new Transition("cs-agent", "cs-trainer", TransitionKind.TrackSwitch));

        var ex = BuildFails(builder);

        (CatalogProblemKind Kind, string Location, string Fragment)[] expected =
        [
            (CatalogProblemKind.DuplicateId, "role 'cs-agent'", "More than one role has the id 'cs-agent'"),
            (CatalogProblemKind.DuplicateId, "skill 'crm'", "More than one skill has the id 'crm'"),
            (CatalogProblemKind.DuplicateId, "region 'DE'", "More than one region has the id 'DE'"),
            (CatalogProblemKind.InvalidHierarchy, "regions", "there are 2: earth, world"),
            (CatalogProblemKind.InvalidHierarchy, "region 'AT'", "A Country cannot lie within the Metro 'berlin'"),
            (CatalogProblemKind.UnknownReference, "region 'JP'", "Parent region 'asia' is not in the catalog"),
            (CatalogProblemKind.InvalidHierarchy, "region 'apac'", "Region 'apac' is its own ancestor"),
            (CatalogProblemKind.InvalidHierarchy, "region 'emea'", "Region 'emea' is its own ancestor"),
            (CatalogProblemKind.UnknownReference, "role 'cs-trainer'", "Requirement skill 'juggling' is not in the catalog"),
            (CatalogProblemKind.LevelOutOfScale, "role 'cs-trainer'", "Requirement level 7 for skill 'empathy'"),
            (CatalogProblemKind.CurrencyMismatch, "role 'cs-trainer'", "Pay band for region 'DE' is in USD"),
            (CatalogProblemKind.UnknownReference, "role 'cs-trainer'", "Pay band region 'FR' is not in the catalog"),
            (CatalogProblemKind.DuplicateId, "transition cs-agent → cs-senior", "More than one transition links these roles"),
            (CatalogProblemKind.InconsistentTransition, "transition cs-agent → cs-trainer", "A track switch must change track"),
            (CatalogProblemKind.UnknownReference, "transition cs-intern → cs-manager", "Source role 'cs-intern'"),
            (CatalogProblemKind.UnknownReference, "transition cs-intern → cs-manager", "Target role 'cs-manager'"),
            (CatalogProblemKind.InconsistentTransition, "transition cs-team-lead → cs-agent", "A promotion must raise rank"),
        ];
        Assert.Equal(expected.Length, ex.Problems.Count);
        Assert.StartsWith($"The catalog has {expected.Length} problems:", ex.Message, StringComparison.Ordinal);
        foreach (var (kind, location, fragment) in expected)
        {
            Assert.Single(ex.Problems, p => p.Kind == kind && p.Location == location && p.Message.Contains(fragment, StringComparison.Ordinal));
        }
        foreach (var problem in ex.Problems)
        {
            Assert.Contains(Environment.NewLine + "  - " + problem.Location + ": " + problem.Message, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Problems_are_reported_in_the_same_order_whatever_order_the_parts_were_added_in()
    {
        var badRegion = new Region("AT", "Austria", RegionKind.Country, Currency.EUR, "berlin");
        var badRole = Role("cs-trainer", requirements: [SkillRequirement.Required("juggling", 9)]);
        var badTransition = new Transition("cs-team-lead", "cs-agent", TransitionKind.Promotion);
        var badTransition2 = new Transition("cs-agent", "cs-ghost", TransitionKind.Lateral);

        var forwards = BuildFails(Builder().AddRegion(badRegion).AddRole(badRole).AddTransition(badTransition).AddTransition(badTransition2));
        var backwards = BuildFails(CareerCatalog.CreateBuilder()
            .AddTransition(badTransition2)
            .AddTransition(badTransition)
            .AddTransitions(Transitions.Reverse())
            .AddRole(badRole)
            .AddRoles(Roles.Reverse())
            .AddSkills(Samples.Skills.Reverse())
            .AddRegion(badRegion)
            .AddRegions(Regions.Reverse()));

        Assert.Equal(5, forwards.Problems.Count);
        Assert.Equal(forwards.Problems, backwards.Problems);
        Assert.Equal(forwards.Message, backwards.Message);
    }

    [Fact]
    public void Building_twice_is_refused()
    {
        var builder = Builder();
        builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());

        Assert.Contains("already built", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<CareerCatalogBuilder>> Changes => new()
    {
        { "AddRole", b => b.AddRole(Role("cs-new")) },
        { "AddRoles", b => b.AddRoles([Role("cs-new")]) },
        { "AddSkill", b => b.AddSkill(new Skill("new", "New", SkillCategory.Soft)) },
        { "AddSkills", b => b.AddSkills([new Skill("new", "New", SkillCategory.Soft)]) },
        { "AddRegion", b => b.AddRegion(new Region("FR", "France", RegionKind.Country, Currency.EUR, "europe")) },
        { "AddRegions", b => b.AddRegions([new Region("FR", "France", RegionKind.Country, Currency.EUR, "europe")]) },
        { "AddTransition", b => b.AddTransition(new Transition("cs-agent", "cs-team-lead", TransitionKind.Promotion)) },
        { "AddTransitions", b => b.AddTransitions([new Transition("cs-agent", "cs-team-lead", TransitionKind.Promotion)]) },
        { "UseProficiencyScale", b => b.UseProficiencyScale(ProficiencyScale.Standard) },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_after_Build_is_refused(string change, Action<CareerCatalogBuilder> apply)
    {
        var builder = Builder();
        var catalog = builder.Build();

        var ex = Assert.Throws<InvalidOperationException>(() => apply(builder));

        Assert.True(ex.Message.Contains("cannot change", StringComparison.Ordinal), $"{change} after Build threw: {ex.Message}");
        Assert.Equal(Catalog(), catalog);
    }

    [Fact]
    public void Null_parts_are_rejected()
    {
        var builder = CareerCatalog.CreateBuilder();

        Assert.Throws<ArgumentNullException>("role", () => builder.AddRole(null!));
        Assert.Throws<ArgumentNullException>("skill", () => builder.AddSkill(null!));
        Assert.Throws<ArgumentNullException>("region", () => builder.AddRegion(null!));
        Assert.Throws<ArgumentNullException>("transition", () => builder.AddTransition(null!));
        Assert.Throws<ArgumentNullException>("items", () => builder.AddRoles(null!));
        Assert.Throws<ArgumentNullException>("items", () => builder.AddSkills(null!));
        Assert.Throws<ArgumentNullException>("items", () => builder.AddRegions(null!));
        Assert.Throws<ArgumentNullException>("items", () => builder.AddTransitions(null!));
        Assert.Throws<ArgumentNullException>("proficiencyScale", () => builder.UseProficiencyScale(null!));
    }

    [Fact]
    public void A_null_item_in_a_batch_is_rejected_naming_its_position_and_adds_nothing()
    {
        var builder = CareerCatalog.CreateBuilder();

        var ex = Assert.Throws<ArgumentException>("items", () => builder.AddSkills([Empathy, null!, Crm]));

        Assert.Contains("items[1] must not be null", ex.Message, StringComparison.Ordinal);
        Assert.Empty(builder.Build().Skills);
    }

    [Fact]
    public void The_builder_uses_the_standard_scale_unless_told_otherwise()
    {
        var scale = new ProficiencyScale("Two", ["No", "Yes"]);

        Assert.Equal(ProficiencyScale.Standard, CareerCatalog.CreateBuilder().Build().ProficiencyScale);
        Assert.Equal(scale, CareerCatalog.CreateBuilder().UseProficiencyScale(scale).Build().ProficiencyScale);
    }

    [Fact]
    public void A_failed_build_leaves_the_builder_open_to_fix_and_build_again()
    {
        var builder = CareerCatalog.CreateBuilder()
            .AddTransition(new Transition("a", "b", TransitionKind.Lateral));

        Assert.Throws<CatalogValidationException>(() => builder.Build());
        var catalog = builder
            .AddRole(new Role("a", "A", "family", CareerTrack.IndividualContributor, 1))
            .AddRole(new Role("b", "B", "family", CareerTrack.IndividualContributor, 1))
            .Build();

        Assert.Single(catalog.Transitions);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }
}
