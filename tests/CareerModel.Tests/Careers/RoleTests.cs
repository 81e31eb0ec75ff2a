using System.Globalization;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Skills;

namespace CareerModel.Tests.Careers;

public class RoleTests
{
    private static Role Make(
        string id = "cs-agent",
        string title = "Customer Service Agent",
        string family = "customer-service",
        CareerTrack track = CareerTrack.IndividualContributor,
        int rank = 1,
        IEnumerable<SkillRequirement>? requirements = null,
        IReadOnlyDictionary<string, SalaryBand>? payBands = null,
        RemoteWork remoteWork = RemoteWork.OnSite) =>
        new Role(id, title, family, track, rank).WithRequirements(requirements).WithPayBands(payBands).WithRemoteWork(remoteWork);

    [Fact]
    public void A_role_keeps_what_it_was_given()
    {
        var role = Samples.Lead;

        Assert.Equal("cs-team-lead", role.Id);
        Assert.Equal("Customer Service Team Lead", role.Title);
        Assert.Equal("customer-service", role.Family);
        Assert.Equal(CareerTrack.Management, role.Track);
        Assert.Equal(3, role.Rank);
        Assert.Equal(ExperienceRange.Years(4), role.TypicalExperience);
        Assert.Equal([SkillRequirement.Required("coaching", 3, 2)], role.Requirements);
        Assert.Equal(SalaryBand.FromRange(Samples.Eur(45_000), Samples.Eur(55_000)), role.PayBands["berlin"]);
        Assert.Equal(new Outlook(0.05m, 340_000), role.Outlook);
        Assert.Equal(RemoteWork.Hybrid, role.RemoteWork);
        Assert.Equal(new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Bachelor), role.Education);
        Assert.Equal("Leads a team of agents.", role.Description);
    }

    [Fact]
    public void Optional_parts_default_to_empty_or_null()
    {
        var role = Make();

        Assert.Null(role.TypicalExperience);
        Assert.Empty(role.Requirements);
        Assert.Empty(role.PayBands);
        Assert.Null(role.Outlook);
        Assert.Equal(RemoteWork.OnSite, role.RemoteWork);
        Assert.Null(role.Education);
        Assert.Null(role.Description);
    }

    [Fact]
    public void The_title_and_description_are_trimmed_and_a_blank_description_becomes_null()
    {
        var role = new Role("cs-agent", "  Agent  ", "customer-service", CareerTrack.IndividualContributor, 1).WithDescription("   ");

        Assert.Equal("Agent", role.Title);
        Assert.Null(role.Description);
    }

    [Fact]
    public void A_role_copies_its_requirements_and_bands_so_the_caller_cannot_change_them()
    {
        var requirements = new List<SkillRequirement> { SkillRequirement.Required("empathy", 2) };
        var bands = new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Samples.Usd(40_000)) };
        var role = Make(requirements: requirements, payBands: bands);

        requirements.Add(SkillRequirement.Required("crm", 1));
        bands["DE"] = SalaryBand.FromMedian(Samples.Eur(40_000));

        Assert.Single(role.Requirements);
        Assert.Single(role.PayBands);
        Assert.Throws<NotSupportedException>(() => ((IList<SkillRequirement>)role.Requirements).Add(SkillRequirement.Required("x", 1)));
    }

    [Fact]
    public void An_empty_id_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("id", () => Make(id: ""));

        Assert.Contains("id must not be empty", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cs agent", ' ')]
    [InlineData("cs/agent", '/')]
    [InlineData("cs-agent\n", '\n')]
    public void An_id_with_a_character_outside_the_id_alphabet_is_rejected(string givenId, char bad)
    {
        var ex = Assert.Throws<ArgumentException>("id", () => Make(id: givenId));

        Assert.Contains($"'{givenId}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"contains '{bad}'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("may hold only ASCII letters", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_id_over_100_characters_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("id", () => Make(id: new string('r', 101)));

        Assert.Contains("101 characters long; an id has at most 100", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_title_is_rejected(string givenTitle)
    {
        var ex = Assert.Throws<ArgumentException>("title", () => Make(title: givenTitle));

        Assert.Contains("title must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_title_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("title", () => Make(title: null!));
    }

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("customer service", "contains ' '")]
    [InlineData("customer/service", "contains '/'")]
    public void An_invalid_family_is_rejected(string givenFamily, string rule)
    {
        var ex = Assert.Throws<ArgumentException>("family", () => Make(family: givenFamily));

        Assert.Contains("family", ex.Message, StringComparison.Ordinal);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_track_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("track", () => Make(track: (CareerTrack)7));

        Assert.Contains("track 7 is not a defined CareerTrack value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_remote_work_value_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("remoteWork", () => Make(remoteWork: (RemoteWork)3));

        Assert.Contains("remoteWork 3 is not a defined RemoteWork value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void A_rank_outside_1_to_100_is_rejected(int givenRank)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("rank", () => Make(rank: givenRank));

        Assert.Contains(FormattableString.Invariant($"Role 'cs-agent' rank {givenRank} must be from 1 to 100"), ex.Message, StringComparison.Ordinal);
        // The actual value is invariant text: the exception's message appends it, in the current culture.
        Assert.Equal(givenRank.ToString(CultureInfo.InvariantCulture), ex.ActualValue);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(100)]
    public void The_ranks_1_and_100_are_accepted(int givenRank)
    {
        Assert.Equal(givenRank, Make(rank: givenRank).Rank);
    }

    [Fact]
    public void A_role_listing_one_skill_twice_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("requirements", () => Make(requirements: [SkillRequirement.Required("empathy", 2), SkillRequirement.Required("crm", 1), SkillRequirement.Required("empathy", 3, 2)]));

        Assert.Contains("Role 'cs-agent' lists skill 'empathy' 2 times", ex.Message, StringComparison.Ordinal);
        Assert.Contains("at most one requirement per skill", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Skill_ids_differing_only_in_case_are_different_skills()
    {
        Assert.Equal(2, Make(requirements: [SkillRequirement.Required("crm", 2), SkillRequirement.Required("CRM", 2)]).Requirements.Count);
    }

    [Fact]
    public void A_null_requirement_is_rejected_naming_its_position()
    {
        var ex = Assert.Throws<ArgumentException>("requirements", () => Make(requirements: [SkillRequirement.Required("empathy", 2), null!]));

        Assert.Contains("requirements[1] must not be null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_pay_band_is_rejected()
    {
        var bands = new Dictionary<string, SalaryBand> { ["DE"] = null! };

        var ex = Assert.Throws<ArgumentException>("payBands", () => Make(payBands: bands));

        Assert.Contains("Role 'cs-agent' pay band for region 'DE' must not be null", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pay_band_for_an_invalid_region_id_is_rejected()
    {
        var bands = new Dictionary<string, SalaryBand> { ["New York"] = SalaryBand.FromMedian(Samples.Usd(40_000)) };

        var ex = Assert.Throws<ArgumentException>("payBands", () => Make(payBands: bands));

        Assert.Contains("'New York'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("contains ' '", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = Make(requirements: [SkillRequirement.Required("empathy", 2)], payBands: new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Samples.Usd(40_000)) });
        var b = Make(requirements: [SkillRequirement.Required("empathy", 2)], payBands: new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(new Money(40_000m, Currency.USD)) });

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Roles_whose_pay_bands_differ_are_not_equal()
    {
        var a = Make(payBands: new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Samples.Usd(40_000)) });

        Assert.NotEqual(a, Make(payBands: new Dictionary<string, SalaryBand> { ["US"] = SalaryBand.FromMedian(Samples.Usd(41_000)) }));
        Assert.NotEqual(a, Make(payBands: new Dictionary<string, SalaryBand> { ["CA"] = SalaryBand.FromMedian(Samples.Usd(40_000)) }));
        Assert.NotEqual(a, Make());
    }

    [Fact]
    public void Roles_whose_requirements_come_in_another_order_are_not_equal()
    {
        var a = Make(requirements: [SkillRequirement.Required("empathy", 2), SkillRequirement.Required("crm", 1)]);
        var b = Make(requirements: [SkillRequirement.Required("crm", 1), SkillRequirement.Required("empathy", 2)]);

        Assert.NotEqual(a, b);
    }

    [Fact]
    public void A_role_keeps_its_alternative_titles_trimmed_in_the_order_given()
    {
        var role = Make().WithAlternativeTitles(["  Call centre agent ", "CSR", "Représentant"]);

        Assert.Equal(["Call centre agent", "CSR", "Représentant"], role.AlternativeTitles);
    }

    [Fact]
    public void A_new_role_has_no_alternative_titles_and_null_clears_them()
    {
        Assert.Empty(Make().AlternativeTitles);
        Assert.Empty(Make().WithAlternativeTitles(["CSR"]).WithAlternativeTitles(null).AlternativeTitles);
    }

    [Fact]
    public void The_other_copies_keep_the_alternative_titles()
    {
        var role = Make().WithAlternativeTitles(["CSR"])
            .WithDescription("Answers customers.").WithRemoteWork(RemoteWork.Remote).WithRequirements([SkillRequirement.Required("empathy", 2)]);

        Assert.Equal(["CSR"], role.AlternativeTitles);
    }

    [Fact]
    public void A_role_copies_its_alternative_titles_so_the_caller_cannot_change_them()
    {
        var titles = new List<string> { "CSR" };
        var role = Make().WithAlternativeTitles(titles);

        titles.Add("Agent");

        Assert.Equal(["CSR"], role.AlternativeTitles);
        Assert.Throws<NotSupportedException>(() => ((IList<string>)role.AlternativeTitles).Add("x"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_alternative_title_is_rejected_naming_its_position(string blank)
    {
        var ex = Assert.Throws<ArgumentException>("alternativeTitles[1]", () => Make().WithAlternativeTitles(["CSR", blank]));

        Assert.Contains("alternativeTitles[1] must not be empty or white space", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_alternative_title_is_rejected_naming_its_position()
    {
        Assert.Throws<ArgumentNullException>("alternativeTitles[0]", () => Make().WithAlternativeTitles([null!]));
    }

    [Fact]
    public void An_alternative_title_repeating_another_ignoring_case_is_rejected_naming_both()
    {
        var ex = Assert.Throws<ArgumentException>("alternativeTitles[2]", () => Make().WithAlternativeTitles(["Call centre agent", "CSR", " call CENTRE agent"]));

        Assert.StartsWith("Role 'cs-agent' alternativeTitles[2] 'call CENTRE agent' repeats alternativeTitles[0] 'Call centre agent' ignoring case; give each title once.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_alternative_title_equal_to_the_title_ignoring_case_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("alternativeTitles[1]", () => Make().WithAlternativeTitles(["CSR", "customer service AGENT"]));

        Assert.StartsWith("Role 'cs-agent' alternativeTitles[1] 'customer service AGENT' is its title 'Customer Service Agent' ignoring case; an alternative title must differ from the title.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Roles_whose_alternative_titles_differ_in_content_or_order_are_not_equal()
    {
        var a = Make().WithAlternativeTitles(["CSR", "Agent I"]);

        Assert.Equal(a, Make().WithAlternativeTitles(["CSR", "Agent I"]));
        Assert.NotEqual(a, Make().WithAlternativeTitles(["Agent I", "CSR"]));
        Assert.NotEqual(a, Make().WithAlternativeTitles(["CSR"]));
        Assert.NotEqual(a, Make());
    }

    [Fact]
    public void ToString_names_the_title_id_track_and_rank()
    {
        Assert.Equal("Customer Service Team Lead (cs-team-lead, Management, rank 3)", Samples.Lead.ToString());
    }
}
