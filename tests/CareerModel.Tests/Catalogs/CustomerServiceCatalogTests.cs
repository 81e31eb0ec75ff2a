using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Catalogs;

/// <summary>The built-in catalog carries the seed facts of the source guides, figure for figure.</summary>
public class CustomerServiceCatalogTests
{
    // A fresh build for each test, not the shared instance: a test of the catalog's source must
    // see a change to it even in a process that built the shared one earlier (mutation testing
    // runs many variants of the library in one test process).
    private readonly CareerCatalog catalog = CustomerServiceCatalog.Create();

    [Theory]
    [InlineData("cs-junior-specialist", 1, "Junior Customer Service Specialist", 35_000, 38_000)]
    [InlineData("cs-specialist", 2, "Customer Service Specialist", 42_000, 45_000)]
    [InlineData("cs-senior-specialist", 3, "Senior Customer Service Specialist", 52_000, 55_000)]
    [InlineData("cs-team-lead", 4, "Customer Service Team Lead", 65_000, 68_000)]
    [InlineData("cs-manager", 5, "Customer Service Manager", 80_000, 85_000)]
    [InlineData("cs-director", 6, "Director of Customer Service", 110_000, 115_000)]
    [InlineData("cs-vp-customer-experience", 7, "VP of Customer Experience", 150_000, 160_000)]
    public void Each_ladder_level_has_the_guides_rank_title_and_US_median_and_average(string id, int rank, string title, int median, int average)
    {
        var role = catalog.GetRole(id);
        var us = role.PayBands["US"];

        Assert.Equal(rank, role.Rank);
        Assert.Equal(title, role.Title);
        Assert.Equal(new Money(median, Currency.USD), us.Percentiles!.P50);
        Assert.Equal(new Money(median, Currency.USD), us.Midpoint);
        Assert.Equal(new Money(average, Currency.USD), us.Mean);
    }

    [Theory]
    [InlineData("cs-junior-specialist", 0, 1)]
    [InlineData("cs-specialist", 1, 3)]
    [InlineData("cs-senior-specialist", 3, 5)]
    [InlineData("cs-team-lead", 5, 8)]
    [InlineData("cs-manager", 8, 12)]
    [InlineData("cs-director", 12, 18)]
    public void Each_ladder_level_has_the_guides_experience_range(string id, int minYears, int maxYears)
    {
        Assert.Equal(ExperienceRange.Years(minYears, maxYears), catalog.GetRole(id).TypicalExperience);
    }

    [Fact]
    public void The_VP_level_asks_for_18_or_more_years()
    {
        var experience = catalog.GetRole("cs-vp-customer-experience").TypicalExperience!;

        Assert.Equal(Period.FromYears(18), experience.Minimum);
        Assert.Null(experience.Maximum);
        Assert.Equal("18+ years", experience.ToString());
    }

    [Fact]
    public void The_first_three_levels_are_individual_contributors_and_the_rest_management()
    {
        var ladder = catalog.Roles.Where(r => r.PayBands.ContainsKey("US")).OrderBy(r => r.Rank).ToArray();

        Assert.Equal(7, ladder.Length);
        Assert.All(ladder[..3], r => Assert.Equal(CareerTrack.IndividualContributor, r.Track));
        Assert.All(ladder[3..], r => Assert.Equal(CareerTrack.Management, r.Track));
    }

    [Fact]
    public void The_junior_band_spans_the_guides_starting_salaries()
    {
        var band = catalog.GetRole("cs-junior-specialist").PayBands["US"];

        Assert.Equal(new Money(30_000, Currency.USD), band.Minimum);
        Assert.Equal(new Money(45_000, Currency.USD), band.Maximum);
    }

    [Theory]
    [InlineData("north-america", "USD", 40_000, 60_000)]
    [InlineData("europe", "EUR", 25_000, 45_000)]
    [InlineData("DE", "EUR", 35_000, 45_000)]
    [InlineData("eastern-europe", "EUR", 18_000, 28_000)]
    [InlineData("asia-pacific", "USD", 20_000, 40_000)]
    [InlineData("AU", "AUD", 50_000, 70_000)]
    [InlineData("IN", "INR", 300_000, 600_000)]
    public void The_specialist_is_paid_the_regional_table_in_local_currency(string regionId, string currency, int min, int max)
    {
        var band = catalog.GetRole("cs-specialist").PayBands[regionId];
        var code = Currency.FromCode(currency);

        Assert.Equal(new Money(min, code), band.Minimum);
        Assert.Equal(new Money(max, code), band.Maximum);
        Assert.Equal(new Money((min + max) / 2m, code), band.Midpoint);
        Assert.Equal(code, catalog.GetRegion(regionId).Currency);
    }

    [Fact]
    public void The_specialist_outlook_carries_growth_openings_industries_and_median_pay()
    {
        var outlook = catalog.GetRole("cs-specialist").Outlook!;

        Assert.Equal(0.05m, outlook.GrowthRate);
        Assert.Equal(340_000, outlook.AnnualOpenings);
        Assert.Equal(["Retail Trade", "Financial Services", "Healthcare and Social Assistance", "Administrative and Support Services"], outlook.TopIndustries);
        Assert.Equal(new Money(39_120, Currency.USD), outlook.MedianPay);
    }

    [Theory]
    [InlineData("qa-analyst")]
    [InlineData("training-specialist")]
    [InlineData("sales-support")]
    [InlineData("account-manager")]
    public void The_lateral_moves_the_guide_names_lead_out_of_the_specialist_level(string target)
    {
        Assert.Contains(catalog.GetTransitionsFrom("cs-specialist"), t => t.ToRoleId == target);
    }

    [Fact]
    public void The_ten_fastest_growing_roles_are_all_there()
    {
        string[] titles =
        [
            "Customer Experience (CX) Specialist", "Customer Success Manager", "Omnichannel Support Representative",
            "Technical Support Specialist", "Live Chat and Messaging Agent", "Customer Service Team Lead",
            "Customer Support Operations Analyst", "Community Support and Social Media Care Manager",
            "Remote / Global Customer Service Agent", "Customer Retention Specialist",
        ];

        Assert.All(titles, title => Assert.Contains(catalog.Roles, r => r.Title == title));
    }

    [Fact]
    public void The_emerging_specialisations_are_all_there()
    {
        string[] ids =
        [
            "ai-chatbot-specialist", "iot-support-specialist", "predictive-engagement-specialist", "metaverse-cx-specialist",
            "subscription-retention-specialist", "ai-customer-service-specialist", "emotional-intelligence-expert",
        ];

        Assert.All(ids, id => Assert.True(catalog.TryGetRole(id, out _), id));
    }

    [Fact]
    public void Every_role_can_be_reached_from_the_entry_level()
    {
        var reached = new HashSet<string> { "cs-junior-specialist" };
        var queue = new Queue<string>(reached);
        while (queue.TryDequeue(out var id))
        {
            foreach (var move in catalog.GetTransitionsFrom(id))
            {
                if (reached.Add(move.ToRoleId))
                    queue.Enqueue(move.ToRoleId);
            }
        }

        Assert.Equal(catalog.Roles.Select(r => r.Id).Order(), reached.Order());
    }

    [Fact]
    public void The_ladder_climbs_one_rank_per_promotion()
    {
        string[] ladder = ["cs-junior-specialist", "cs-specialist", "cs-senior-specialist", "cs-team-lead", "cs-manager", "cs-director", "cs-vp-customer-experience"];

        foreach (var (from, to) in ladder.Zip(ladder.Skip(1)))
        {
            var move = Assert.Single(catalog.GetTransitionsFrom(from), t => t.ToRoleId == to);
            Assert.Equal(TransitionKind.Promotion, move.Kind);
            Assert.Equal(catalog.GetRole(from).Rank + 1, catalog.GetRole(to).Rank);
        }
    }

    [Theory]
    [InlineData("JM", "JMD")]
    [InlineData("CA", "CAD")]
    [InlineData("CO", "COP")]
    [InlineData("IN", "INR")]
    [InlineData("PH", "PHP")]
    [InlineData("GB", "GBP")]
    [InlineData("US", "USD")]
    [InlineData("ZA", "ZAR")]
    [InlineData("PT", "EUR")]
    [InlineData("FR", "EUR")]
    public void The_service_hubs_are_countries_with_their_currency(string countryId, string currency)
    {
        var region = catalog.GetRegion(countryId);

        Assert.Equal(RegionKind.Country, region.Kind);
        Assert.Equal(currency, region.Currency.Code);
        Assert.Equal("world", catalog.GetRegionPath(countryId)[^1].Id);
    }

    [Fact]
    public void Front_line_roles_ask_for_high_school_and_supervisory_roles_prefer_a_bachelors()
    {
        Assert.Equal(new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Associate), catalog.GetRole("cs-specialist").Education);
        Assert.Equal(new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Bachelor), catalog.GetRole("cs-team-lead").Education);
    }

    [Theory]
    [InlineData("cs-junior-specialist", "active-listening")]
    [InlineData("cs-junior-specialist", "crm-software")]
    [InlineData("cs-specialist", "de-escalation")]
    [InlineData("cs-senior-specialist", "root-cause-analysis")]
    [InlineData("cs-senior-specialist", "mentoring")]
    [InlineData("cs-team-lead", "coaching-performance-management")]
    [InlineData("cs-team-lead", "team-metrics-analysis")]
    [InlineData("cs-manager", "budgeting-forecasting")]
    [InlineData("cs-director", "cx-strategy")]
    [InlineData("cs-vp-customer-experience", "financial-acumen")]
    public void Each_levels_focus_areas_are_its_requirements(string roleId, string skillId)
    {
        var requirement = Assert.Single(catalog.GetRole(roleId).Requirements, r => r.SkillId == skillId);

        Assert.True(catalog.ProficiencyScale.Contains(requirement.MinimumLevel));
    }

    [Fact]
    public void The_guides_technical_and_soft_skills_are_in_their_categories()
    {
        string[] technical = ["crm-software", "help-desk-ticketing", "microsoft-office", "live-chat-platforms", "telephony-software", "email-management", "troubleshooting", "knowledge-base-navigation", "data-entry", "social-media-monitoring"];
        string[] soft = ["active-listening", "empathy", "problem-solving", "patience", "adaptability", "conflict-resolution", "clear-communication", "time-management"];

        Assert.All(technical, id => Assert.Equal(SkillCategory.Technical, catalog.GetSkill(id).Category));
        Assert.All(soft, id => Assert.Equal(SkillCategory.Soft, catalog.GetSkill(id).Category));
    }

    [Fact]
    public void The_catalog_is_built_once_and_shared()
    {
        Assert.Same(BuiltInCatalogs.CustomerService, BuiltInCatalogs.CustomerService);
    }

    [Fact]
    public void The_shared_catalog_is_the_one_its_source_builds()
    {
        Assert.Equal(catalog, BuiltInCatalogs.CustomerService);
    }

    [Fact]
    public void The_catalog_rebuilt_from_its_own_parts_is_equal()
    {
        Assert.Equal(catalog, catalog.ToBuilder().Build());
    }
}
