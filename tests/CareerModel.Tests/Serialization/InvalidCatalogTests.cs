using CareerModel.Serialization;
using static CareerModel.Tests.Serialization.TextPosition;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// Well-formed documents that break a rule of the model: every rule the model's constructors and
/// the catalog builder check is reported at the path of the value at fault, with the model's own
/// message, and no catalog is made.
/// </summary>
public class InvalidCatalogTests
{
    private const string Regions = """
        [
            { "id": "world", "name": "World", "kind": "world", "currency": "USD" },
            { "id": "US", "name": "United States", "kind": "country", "currency": "USD", "parentId": "world" },
            { "id": "DE", "name": "Germany", "kind": "country", "currency": "EUR", "parentId": "world" }
          ]
        """;

    private const string Skills = """[ { "id": "empathy", "name": "Empathy", "category": "soft" } ]""";

    private const string Agent = """
        { "id": "agent", "title": "Agent", "family": "cs", "track": "individualContributor", "rank": 1,
              "requirements": [ { "skillId": "empathy", "minimumLevel": 2 } ],
              "payBands": { "US": { "currency": "USD", "minimum": 40000, "maximum": 60000 } } }
        """;

    private const string Lead = """{ "id": "lead", "title": "Lead", "family": "cs", "track": "management", "rank": 2 }""";

    private const string Promotion = """{ "fromRoleId": "agent", "toRoleId": "lead", "kind": "promotion", "typicalTime": "P2Y" }""";

    private static string Document(string? regions = null, string? skills = null, string? roles = null, string? transitions = null, string extra = "") =>
        $$"""
        {
          "schemaVersion": 1,{{extra}}
          "regions": {{regions ?? Regions}},
          "skills": {{skills ?? Skills}},
          "roles": [
            {{roles ?? Agent + ",\n    " + Lead}}
          ],
          "transitions": [ {{transitions ?? (roles is null ? Promotion : "")}} ]
        }
        """;

    private static string AgentWith(string member) => Agent.Replace("\"rank\": 1,", "\"rank\": 1, " + member + ",", StringComparison.Ordinal);

    private static string AgentBand(string band) =>
        Agent.Replace("""{ "currency": "USD", "minimum": 40000, "maximum": 60000 }""", band, StringComparison.Ordinal);

    [Fact]
    public void The_base_document_of_these_tests_is_a_valid_catalog()
    {
        var catalog = CareerCatalogJson.Read(Document());

        Assert.Equal(2, catalog.Roles.Count);
        Assert.Single(catalog.Transitions);
    }

    [Fact]
    public void A_transition_to_an_unknown_role_is_reported_at_its_target()
    {
        var json = Document(transitions: """{ "fromRoleId": "agent", "toRoleId": "ghost", "kind": "lateral" }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.UnknownReference, "$.transitions[0].toRoleId", json, "\"ghost\"",
            "Target role 'ghost' is not in the catalog.");
    }

    [Fact]
    public void A_requirement_of_an_unknown_skill_is_reported_at_its_skill_id()
    {
        var json = Document(skills: "[]");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.UnknownReference, "$.roles[0].requirements[0].skillId", json, "\"empathy\"",
            "Requirement skill 'empathy' is not in the catalog.");
    }

    [Fact]
    public void A_region_within_an_unknown_parent_is_reported_at_its_parent_id()
    {
        var json = Document(regions: Regions.Replace("\"parentId\": \"world\" },\n", "\"parentId\": \"mars\" },\n", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.UnknownReference, "$.regions[1].parentId", json, "\"mars\"",
            "Parent region 'mars' is not in the catalog.");
    }

    [Fact]
    public void An_inverted_salary_range_is_reported_at_the_band_minimum()
    {
        var json = Document(roles: AgentBand("""{ "currency": "USD", "minimum": 60000, "maximum": 40000 }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US.minimum", json, "60000",
            "Salary band minimum USD 60,000.00 must not exceed its maximum USD 40,000.00.");
    }

    [Fact]
    public void A_midpoint_outside_its_band_is_reported_at_the_midpoint()
    {
        var json = Document(roles: AgentBand("""{ "currency": "USD", "minimum": 40000, "midpoint": 70000, "maximum": 60000 }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US.midpoint", json, "70000",
            "Salary band midpoint USD 70,000.00 must lie from the minimum USD 40,000.00 to the maximum USD 60,000.00.");
    }

    [Fact]
    public void Decreasing_percentiles_are_reported_at_the_one_that_falls()
    {
        var json = Document(roles: AgentBand("""{ "currency": "USD", "minimum": 40000, "maximum": 60000, "percentiles": { "p50": 50000, "p75": 45000 } }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US.percentiles.p75", json, "45000",
            "Percentile p75 (USD 45,000.00) must not be below p50 (USD 50,000.00); percentiles never decrease.");
    }

    [Fact]
    public void An_unknown_currency_is_reported_where_it_is_named_and_the_region_is_not_then_called_unknown()
    {
        var json = Document(
            regions: Regions.Replace("\"currency\": \"EUR\"", "\"currency\": \"EUX\"", StringComparison.Ordinal),
            roles: AgentBand("""{ "currency": "EUX", "minimum": 1, "maximum": 2 }""").Replace("\"US\":", "\"DE\":", StringComparison.Ordinal));

        var problems = Refusal.Of(json).Problems;

        Assert.Equal(2, problems.Count);
        AssertProblem(problems[0], CareerJsonProblemKind.UnknownReference, "$.regions[2].currency", json, "\"EUX\"",
            "currency 'EUX' is neither a built-in currency nor declared in 'currencies'; built in: AUD, CAD, CHF, COP, EUR, GBP, INR, JMD, JPY, MXN, PHP, PLN, USD, XXX, ZAR.");
        Assert.Equal(("$.roles[0].payBands.DE.currency", CareerJsonProblemKind.UnknownReference), (problems[1].Path, problems[1].Kind));
        Assert.DoesNotContain(problems, p => p.Message.Contains("is not in the catalog", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_currency_of_a_median_pay_is_reported_at_its_currency()
    {
        var json = Document(roles: AgentWith("""  "outlook": { "growthRate": 0.05, "medianPay": { "amount": 39120, "currency": "usd" } }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.UnknownReference, "$.roles[0].outlook.medianPay.currency", json, "\"usd\"",
            "currency 'usd' is neither a built-in currency nor declared in 'currencies'; built in: AUD, CAD, CHF, COP, EUR, GBP, INR, JMD, JPY, MXN, PHP, PLN, USD, XXX, ZAR.");
    }

    [Fact]
    public void A_declared_currency_resolves_and_a_badly_declared_one_is_reported_once()
    {
        var ok = Document(extra: """ "currencies": [ { "code": "EUX", "minorUnits": 2, "name": "Euro X" } ],""",
            regions: Regions.Replace("\"currency\": \"EUR\"", "\"currency\": \"EUX\"", StringComparison.Ordinal));
        var bad = ok.Replace("\"minorUnits\": 2", "\"minorUnits\": 9", StringComparison.Ordinal);

        Assert.Equal("EUX", CareerCatalogJson.Read(ok).GetRegion("DE").Currency.Code);
        AssertProblem(Refusal.OnlyProblem(bad), CareerJsonProblemKind.InvalidValue, "$.currencies[0].minorUnits", bad, "9",
            "Currency minor units 9 must be from 0 to 4.");
    }

    [Fact]
    public void A_pay_band_for_an_unknown_region_is_reported_at_the_band()
    {
        var json = Document(roles: Agent.Replace("\"US\":", "\"QQ\":", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.UnknownReference, "$.roles[0].payBands.QQ", json, "{ \"currency\": \"USD\"",
            "Pay band region 'QQ' is not in the catalog.");
    }

    [Fact]
    public void An_unknown_region_kind_is_reported_with_the_kinds_allowed()
    {
        var json = Document(regions: Regions.Replace("\"kind\": \"country\"", "\"kind\": \"planet\"", StringComparison.Ordinal));

        var problems = Refusal.Of(json).Problems;

        AssertProblem(problems[0], CareerJsonProblemKind.InvalidValue, "$.regions[1].kind", json, "\"planet\"",
            "kind 'planet' is not one of: world, regionGroup, country, subdivision, metro.");
        Assert.Equal(["$.regions[1].kind", "$.regions[2].kind"], problems.Select(p => p.Path));
    }

    [Fact]
    public void A_pay_band_in_another_currency_than_its_region_is_reported_at_the_band_currency()
    {
        var json = Document(roles: Agent.Replace("\"US\":", "\"DE\":", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidCatalog, "$.roles[0].payBands.DE.currency", json, "\"USD\", \"minimum\"",
            "Pay band for region 'DE' is in USD, but the region's currency is EUR.");
    }

    [Fact]
    public void A_duplicate_role_id_is_reported_at_the_second_role()
    {
        var json = Document(roles: Agent + ",\n    " + Lead.Replace("\"lead\"", "\"agent\"", StringComparison.Ordinal), transitions: "");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.DuplicateId, "$.roles[1].id", json, "\"agent\"", 
            "More than one role has the id 'agent'; ids must be unique.", occurrence: 2);
    }

    [Fact]
    public void A_duplicate_transition_is_reported_at_the_second_one()
    {
        var json = Document(transitions: Promotion + ", " + Promotion);

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.DuplicateId, "$.transitions[1]", json, Promotion,
            "More than one transition links these roles in this direction; keep one.", occurrence: 2);
    }

    [Fact]
    public void A_currency_declared_twice_is_reported_at_the_second_code()
    {
        const string xts = """{ "code": "XTS", "minorUnits": 2, "name": "Test" }""";
        var json = Document(extra: $$""" "currencies": [ {{xts}}, {{xts}} ],""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.DuplicateId, "$.currencies[1].code", json, "\"XTS\"",
            "Currency 'XTS' is declared more than once; declare each code once.", occurrence: 2);
    }

    [Theory]
    [InlineData("\"\"", "id must not be empty.")]
    [InlineData("\"cs agent\"", "id 'cs agent' contains ' '; an id may hold only ASCII letters, digits, '-', '_' and '.'.")]
    [InlineData("\"cs/agent\"", "id 'cs/agent' contains '/'; an id may hold only ASCII letters, digits, '-', '_' and '.'.")]
    public void An_empty_or_malformed_id_is_reported_at_the_id(string id, string message)
    {
        var json = Document(roles: Lead.Replace("\"lead\"", id, StringComparison.Ordinal), transitions: "");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].id", json, id, message);
    }

    [Fact]
    public void A_pay_band_key_that_is_not_an_id_is_reported_at_its_entry()
    {
        var json = Document(roles: Agent.Replace("\"US\":", "\"U S\":", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands['U S']", json, "{ \"currency\": \"USD\"",
            "payBands key 'U S' contains ' '; an id may hold only ASCII letters, digits, '-', '_' and '.'.");
    }

    [Fact]
    public void A_blank_title_is_reported_at_the_title()
    {
        var json = Document(roles: Lead.Replace("\"Lead\"", "\"   \"", StringComparison.Ordinal), transitions: "");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].title", json, "\"   \"",
            "title must not be empty or white space.");
    }

    [Theory]
    [InlineData("\"rank\": 500", "$.roles[1].rank", "500", "Role 'lead' rank 500 must be from 1 to 100.")]
    [InlineData("\"rank\": -3", "$.roles[1].rank", "-3", "Role 'lead' rank -3 must be from 1 to 100.")]
    [InlineData("\"rank\": 2.5", "$.roles[1].rank", "2.5", "Property 'rank' value 2.5 must be a whole number from -2,147,483,648 to 2,147,483,647, written without a fraction or exponent.")]
    [InlineData("\"rank\": 99999999999", "$.roles[1].rank", "99999999999", "Property 'rank' value 99999999999 must be a whole number from -2,147,483,648 to 2,147,483,647, written without a fraction or exponent.")]
    public void A_rank_out_of_range_is_reported_at_the_rank(string rank, string path, string marker, string message)
    {
        var json = Document(roles: Agent + ",\n    " + Lead.Replace("\"rank\": 2", rank, StringComparison.Ordinal), transitions: "");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, path, json, marker, message);
    }

    [Theory]
    [InlineData("""{ "currency": "USD", "minimum": 1, "maximum": 1e40 }""", "maximum", "1e40",
        "Property 'maximum' value 1e40 is out of range: a decimal number holds at most 28 to 29 significant digits, up to about 7.9e28.")]
    [InlineData("""{ "currency": "USD", "minimum": -5, "maximum": 10 }""", "minimum", "-5",
        "Salary band minimum USD -5.00 must not be negative.")]
    [InlineData("""{ "currency": "USD", "minimum": 5, "maximum": 10, "mean": -1 }""", "mean", "-1",
        "Salary band mean USD -1.00 must not be negative.")]
    public void An_amount_out_of_range_is_reported_at_the_amount(string band, string member, string marker, string message)
    {
        var json = Document(roles: AgentBand(band));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US." + member, json, marker, message);
    }

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void A_band_too_large_to_take_its_midpoint_is_reported_at_the_maximum_asking_for_the_midpoint(string amount)
    {
        var json = Document(roles: AgentBand($$"""{ "currency": "USD", "minimum": {{amount}}, "maximum": {{amount}} }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US.maximum", json, amount,
            $"Salary band minimum {amount} and maximum {amount} are too large to take their midpoint; give the midpoint.", occurrence: 2);
    }

    [Fact]
    public void A_percentile_of_the_wrong_type_is_reported_once_at_that_percentile()
    {
        var json = Document(roles: AgentBand("""{ "currency": "USD", "minimum": 40000, "maximum": 60000, "percentiles": { "p25": 45000, "p50": "50000" } }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.WrongType, "$.roles[0].payBands.US.percentiles.p50", json, "\"50000\"",
            "Property 'p50' must be a number, not a string.");
    }

    [Theory]
    [InlineData("\"importance\": 0", "importance", "0", "importance 0 must be a finite number greater than zero.")]
    [InlineData("\"importance\": 1001", "importance", "1001", "importance 1001 must be a finite number greater than zero and at most 1000.")]
    [InlineData("\"minimumLevel\": 1e999", "minimumLevel", "1e999", "Property 'minimumLevel' value 1e999 is out of range for a number (a double).")]
    public void A_requirement_number_out_of_range_is_reported_at_the_number(string member, string property, string marker, string message)
    {
        var json = Document(roles: Agent.Replace("\"minimumLevel\": 2", member.StartsWith("\"minimumLevel", StringComparison.Ordinal) ? member : "\"minimumLevel\": 2, " + member, StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].requirements[0]." + property, json, marker, message);
    }

    [Fact]
    public void A_level_off_the_proficiency_scale_is_reported_at_the_level()
    {
        var json = Document(roles: Agent.Replace("\"minimumLevel\": 2", "\"minimumLevel\": 7", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidCatalog, "$.roles[0].requirements[0].minimumLevel", json, "7",
            "Requirement level 7 for skill 'empathy' is outside the Standard scale (0 to 5).");
    }

    [Theory]
    [InlineData("\"growthRate\": -1", "growthRate", "-1", "Growth rate -1 must be above -1 (a fall of 100%).")]
    [InlineData("\"growthRate\": 0.05, \"annualOpenings\": -5", "annualOpenings", "-5", "Annual openings -5 must not be negative.")]
    [InlineData("\"growthRate\": 0.05, \"topIndustries\": [ \"Retail\", \" \" ]", "topIndustries[1]", "\" \"", "topIndustries[1] must not be empty or white space.")]
    public void An_outlook_value_out_of_range_is_reported_at_the_value(string outlook, string member, string marker, string message)
    {
        var json = Document(roles: AgentWith($$"""  "outlook": { {{outlook}} }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].outlook." + member, json, marker, message);
    }

    [Theory]
    [InlineData("[ \"Rep\", \" \" ]", "alternativeTitles[1]", "\" \"", "alternativeTitles[1] must not be empty or white space.")]
    [InlineData("[ \"Rep\", \"Call centre agent\", \"REP\" ]", "alternativeTitles[2]", "\"REP\"", "Role 'agent' alternativeTitles[2] 'REP' repeats alternativeTitles[0] 'Rep' ignoring case; give each title once.")]
    [InlineData("[ \"AGENT\" ]", "alternativeTitles[0]", "\"AGENT\"", "Role 'agent' alternativeTitles[0] 'AGENT' is its title 'Agent' ignoring case; an alternative title must differ from the title.")]
    public void An_alternative_title_that_is_blank_repeated_or_the_title_is_reported_at_that_title(string titles, string member, string marker, string message)
    {
        var json = Document(roles: AgentWith("\"alternativeTitles\": " + titles));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0]." + member, json, marker, message);
    }

    [Fact]
    public void An_alternative_title_that_is_not_text_is_a_wrong_type_at_that_title()
    {
        var json = Document(roles: AgentWith("\"alternativeTitles\": [ \"Rep\", 7 ]"));

        var problem = Refusal.OnlyProblem(json);

        Assert.Equal(CareerJsonProblemKind.WrongType, problem.Kind);
        Assert.Equal("$.roles[0].alternativeTitles[1]", problem.Path);
    }

    [Theory]
    [InlineData("\"P2W\"", "typicalTime P2W must be in whole years and months only (no weeks, days or time).")]
    [InlineData("\"two years\"", "typicalTime 'two years' is not an ISO 8601 period in years and months, such as P2Y, P18M or P1Y6M.")]
    [InlineData("\"P-1Y\"", "typicalTime P-1Y must not be negative.")]
    public void A_period_that_is_not_whole_years_and_months_is_reported_at_the_period(string period, string message)
    {
        var json = Document(transitions: Promotion.Replace("\"P2Y\"", period, StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.transitions[0].typicalTime", json, period, message);
    }

    [Theory]
    [InlineData("1.5", "strength 1.5 must be a finite number from 0 to 1.")]
    [InlineData("-0.25", "strength -0.25 must be a finite number from 0 to 1.")]
    public void A_transition_strength_out_of_range_is_reported_at_the_strength(string strength, string message)
    {
        var json = Document(transitions: Promotion.Replace("\"P2Y\"", $"\"P2Y\", \"strength\": {strength}", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.transitions[0].strength", json, strength, message);
    }

    [Fact]
    public void An_experience_maximum_below_its_minimum_is_reported_at_the_maximum()
    {
        var json = Document(roles: AgentWith("""  "typicalExperience": { "minimum": "P5Y", "maximum": "P3Y" }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].typicalExperience.maximum", json, "\"P3Y\"",
            "Experience maximum P3Y must not be below the minimum P5Y.");
    }

    [Fact]
    public void A_date_that_is_not_an_ISO_date_is_reported_at_the_date()
    {
        var json = Document(roles: AgentBand("""{ "currency": "USD", "minimum": 1, "maximum": 2, "provenance": { "source": "BLS", "effectiveDate": "2025-13-01" } }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US.provenance.effectiveDate", json, "\"2025-13-01\"",
            "effectiveDate '2025-13-01' is not an ISO 8601 date in the form yyyy-MM-dd, such as 2025-01-31.");
    }

    [Fact]
    public void A_preferred_education_below_the_minimum_is_reported_at_the_preferred_level()
    {
        var json = Document(roles: AgentWith("""  "education": { "minimum": "bachelor", "preferred": "highSchool" }"""));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidValue, "$.roles[0].education.preferred", json, "\"highSchool\"",
            "Preferred education HighSchool must not be below the minimum Bachelor.");
    }

    [Fact]
    public void A_promotion_that_does_not_raise_rank_is_reported_at_its_kind()
    {
        var json = Document(transitions: """{ "fromRoleId": "lead", "toRoleId": "agent", "kind": "promotion" }""");

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidCatalog, "$.transitions[0].kind", json, "\"promotion\"",
            "A promotion must raise rank, but it goes from rank 2 to rank 1.");
    }

    [Fact]
    public void Two_world_regions_are_reported_at_the_regions()
    {
        var json = Document(regions: Regions.Replace("\"kind\": \"country\", \"currency\": \"EUR\", \"parentId\": \"world\"", "\"kind\": \"world\", \"currency\": \"EUR\"", StringComparison.Ordinal));

        AssertProblem(Refusal.OnlyProblem(json), CareerJsonProblemKind.InvalidCatalog, "$.regions", json, "[\n",
            "There must be at most one world region, but there are 2: DE, world.");
    }

    [Fact]
    public void A_role_with_several_faults_reports_each_one()
    {
        var json = Document(roles: """{ "id": "bad id", "title": 7, "family": "cs", "track": "ic", "rank": 500, "remoteWork": "sometimes" }""", transitions: "");

        var problems = Refusal.Of(json).Problems;

        Assert.Equal(
            ["$.roles[0].id", "$.roles[0].title", "$.roles[0].track", "$.roles[0].rank", "$.roles[0].remoteWork"],
            problems.Select(p => p.Path));
        Assert.Equal("Role 'invalid-id' rank 500 must be from 1 to 100.", problems[3].Message);
    }

    [Fact]
    public void A_document_with_several_problems_reports_all_of_them_in_document_order()
    {
        var json = Document(
            regions: Regions.Replace("\"name\": \"Germany\"", "\"name\": 49", StringComparison.Ordinal),
            skills: """[ { "id": "empathy", "name": "Empathy", "category": "soft", "level": 3 } ]""",
            roles: AgentBand("""{ "currency": "USD", "minimum": 60000, "maximum": 40000 }""") + ",\n    " + Lead.Replace("\"rank\": 2", "\"rank\": 500", StringComparison.Ordinal),
            transitions: """{ "fromRoleId": "lead", "toRoleId": "ghost", "kind": "lateral" }""");

        var e = Refusal.Of(json);

        Assert.Equal(
            [
                (CareerJsonProblemKind.WrongType, "$.regions[2].name"),
                (CareerJsonProblemKind.UnknownProperty, "$.skills[0].level"),
                (CareerJsonProblemKind.InvalidValue, "$.roles[0].payBands.US.minimum"),
                (CareerJsonProblemKind.InvalidValue, "$.roles[1].rank"),
                (CareerJsonProblemKind.UnknownReference, "$.transitions[0].toRoleId"),
            ],
            e.Problems.Select(p => (p.Kind, p.Path)));
        Assert.Equal(e.Problems.OrderBy(p => p.Line).ThenBy(p => p.Column), e.Problems);
        Assert.StartsWith("The catalog JSON has 5 problems:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void References_to_an_element_that_failed_are_not_reported_again()
    {
        var json = Document(
            skills: """[ { "id": "empathy", "name": "Empathy", "category": "feelings" } ]""",
            roles: Agent + ",\n    " + Lead.Replace("\"rank\": 2", "\"rank\": 500", StringComparison.Ordinal));

        var problems = Refusal.Of(json).Problems;

        Assert.Equal(["$.skills[0].category", "$.roles[1].rank"], problems.Select(p => p.Path));
    }

    [Fact]
    public void Reading_stops_after_the_problem_limit_and_says_so()
    {
        var roles = string.Join(",\n    ", Enumerable.Range(0, 10).Select(i => $$"""{ "id": "r{{i}}", "title": "R", "family": "f", "track": "management", "rank": 0 }"""));
        var json = Document(roles: roles, transitions: "");

        var problems = Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(json, new CareerJsonReadOptions { MaxProblems = 3 })).Problems;

        Assert.Equal(4, problems.Count);
        Assert.All(problems.Take(3), p => Assert.Equal(CareerJsonProblemKind.InvalidValue, p.Kind));
        Assert.Equal(CareerJsonProblemKind.LimitExceeded, problems[3].Kind);
        Assert.Equal("$.roles[3].rank", problems[3].Path);
        Assert.Equal("Reading stopped at more than 3 problems (MaxProblems); there may be others after this point.", problems[3].Message);
    }
}
