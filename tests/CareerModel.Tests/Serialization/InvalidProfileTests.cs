using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Serialization;
using static CareerModel.Tests.Serialization.TextPosition;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// Profile documents with problems: each kind of problem is reported at the path, line and column
/// of the value at fault, with a plain message; every problem of a document is listed in one
/// exception; no profile is made.
/// </summary>
public class InvalidProfileTests
{
    private static readonly CareerCatalog BuiltIn = BuiltInCatalogs.CustomerService;

    private const string Valid = """
        {
          "schemaVersion": 1,
          "currentRoleId": "cs-junior-specialist",
          "regionId": "US",
          "skills": [
            { "skillId": "empathy", "level": 2 },
            { "skillId": "crm-software", "level": 1.5, "lastUsed": "2026-10-01" }
          ],
          "certifications": [ "cs-certification" ],
          "education": "highSchool",
          "workHistory": [
            { "roleId": "retail-associate", "start": "2022-06-01", "end": "2025-09-01", "fullTimeEquivalent": 0.6, "family": "retail", "track": "individualContributor" },
            { "roleId": "cs-junior-specialist", "start": "2025-11-01" }
          ],
          "preferences": { "tracks": [ "management" ], "families": [ "customer-service" ], "minimumRemoteWork": "hybrid", "regionIds": [ "US", "CA" ] }
        }
        """;

    private static string With(string from, string to)
    {
        Assert.Contains(from, Valid, StringComparison.Ordinal);
        return Valid.Replace(from, to, StringComparison.Ordinal);
    }

    [Fact]
    public void The_base_document_of_these_tests_is_a_valid_profile_with_and_without_the_catalog()
    {
        Assert.Equal(2, ProfileJson.Read(Valid).Skills.Count);
        Assert.Equal(2, ProfileJson.Read(Valid, BuiltIn).WorkHistory.Employments.Count);
    }

    [Fact]
    public void A_syntax_error_is_reported_at_its_line_and_column_with_the_path_read_last()
    {
        var json = With("""{ "skillId": "empathy", "level": 2 }""", """{ "skillId": "empathy" "level": 2 }""");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.Syntax, "$.skills[0].skillId", json, "\"level\": 2",
            "The document is not valid JSON: '\"' is invalid after a value. Expected either ',', '}', or ']'.");
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_at_the_value()
    {
        var json = With("\"level\": 2 }", "\"level\": \"2\" }");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.WrongType, "$.skills[0].level", json, "\"2\"",
            "Property 'level' must be a number, not a string.");
    }

    [Fact]
    public void A_list_given_as_text_is_the_wrong_type()
    {
        var json = With("\"certifications\": [ \"cs-certification\" ]", "\"certifications\": \"cs-certification\"");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.WrongType, "$.certifications", json, "\"cs-certification\"",
            "Property 'certifications' must be an array, not a string.");
    }

    [Fact]
    public void A_missing_start_date_is_reported_where_its_period_starts()
    {
        var json = With("""{ "roleId": "cs-junior-specialist", "start": "2025-11-01" }""", """{ "roleId": "cs-junior-specialist" }""");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.MissingProperty, "$.workHistory[1].start", json, """{ "roleId": "cs-junior-specialist" }""",
            "Required property 'start' is missing.");
    }

    [Fact]
    public void A_required_property_given_as_null_is_missing()
    {
        var json = With("\"skillId\": \"empathy\"", "\"skillId\": null");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.MissingProperty, "$.skills[0].skillId", json, "null",
            "Property 'skillId' is required and must not be null.");
    }

    [Fact]
    public void A_missing_schema_version_is_reported_at_the_document()
    {
        var json = """{ "regionId": "US" }""";

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.MissingProperty, "$.schemaVersion", json, "{",
            "Required property 'schemaVersion' is missing.");
    }

    [Fact]
    public void An_unknown_property_is_reported_with_the_ones_the_object_may_have()
    {
        var json = With("\"level\": 2 }", "\"level\": 2, \"years\": 4 }");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.UnknownProperty, "$.skills[0].years", json, "\"years\"",
            "Unknown property 'years'; this object may have: skillId, level, lastUsed.");
    }

    [Fact]
    public void A_property_given_twice_is_reported_at_the_repeat()
    {
        var json = With("\"regionId\": \"US\",", "\"regionId\": \"US\", \"regionId\": \"DE\",");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.DuplicateProperty, "$.regionId", json, "\"regionId\"",
            "Property 'regionId' appears more than once in this object; give it once.", occurrence: 2);
    }

    [Fact]
    public void A_skill_listed_twice_is_reported_at_the_repeat_with_the_first()
    {
        var json = With("\"skillId\": \"crm-software\"", "\"skillId\": \"empathy\"");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.DuplicateId, "$.skills[1].skillId", json, "\"empathy\"",
            "Skill 'empathy' is listed more than once (first at $.skills[0]); a profile has at most one level per skill.", occurrence: 2);
    }

    [Fact]
    public void A_date_that_does_not_exist_is_an_invalid_value()
    {
        var json = With("\"start\": \"2025-11-01\"", "\"start\": \"2025-02-30\"");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.workHistory[1].start", json, "\"2025-02-30\"",
            "start '2025-02-30' is not an ISO 8601 date in the form yyyy-MM-dd, such as 2025-01-31.");
    }

    [Theory]
    [InlineData("01/10/2026")]
    [InlineData("2026-10-01T00:00:00")]
    [InlineData("2026-1-1")]
    [InlineData("")]
    public void Dates_are_only_read_in_the_ISO_form(string date)
    {
        var json = With("\"lastUsed\": \"2026-10-01\"", $"\"lastUsed\": \"{date}\"");

        var problem = Refusal.OnlyProfileProblem(json);

        Assert.Equal((CareerJsonProblemKind.InvalidValue, "$.skills[1].lastUsed"), (problem.Kind, problem.Path));
    }

    [Fact]
    public void A_period_of_work_that_ends_before_it_starts_is_reported_at_its_end()
    {
        var json = With("\"end\": \"2025-09-01\"", "\"end\": \"2022-01-01\"");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.workHistory[0].end", json, "\"2022-01-01\"",
            "Employment 'retail-associate' end 2022-01-01 must be after its start 2022-06-01; the end is the first day no longer in the role.");
    }

    [Fact]
    public void A_period_of_work_that_ends_the_day_it_starts_is_refused_too()
    {
        var json = With("\"end\": \"2025-09-01\"", "\"end\": \"2022-06-01\"");

        Assert.Equal("$.workHistory[0].end", Refusal.OnlyProfileProblem(json).Path);
    }

    [Fact]
    public void Overlapping_periods_of_work_are_allowed_as_the_model_allows_them()
    {
        var json = With("\"start\": \"2025-11-01\"", "\"start\": \"2023-01-01\"");

        Assert.Equal(2, ProfileJson.Read(json, BuiltIn).WorkHistory.Employments.Count);
    }

    [Fact]
    public void A_full_time_equivalent_out_of_range_is_reported_at_it()
    {
        var json = With("\"fullTimeEquivalent\": 0.6", "\"fullTimeEquivalent\": 1.5");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.workHistory[0].fullTimeEquivalent", json, "1.5",
            "Employment 'retail-associate' full-time equivalent 1.5 must be greater than 0 and at most 1.", occurrence: 2);
    }

    [Fact]
    public void A_negative_level_is_reported_at_the_level()
    {
        var json = With("\"level\": 2 }", "\"level\": -1 }");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.skills[0].level", json, "-1",
            "Skill 'empathy' level -1 must be a finite number of zero or more.");
    }

    [Fact]
    public void A_level_beyond_a_double_is_out_of_range()
    {
        var json = With("\"level\": 2 }", "\"level\": 1e999 }");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.skills[0].level", json, "1e999",
            "Property 'level' value 1e999 is out of range for a number (a double).");
    }

    [Fact]
    public void A_level_off_the_catalog_s_scale_is_refused_only_when_read_with_the_catalog()
    {
        var json = With("\"level\": 2 }", "\"level\": 6 }");

        Assert.Equal(6, ProfileJson.Read(json).LevelOf("empathy"));
        AssertProblem(Refusal.OnlyProfileProblem(json, BuiltIn), CareerJsonProblemKind.InvalidValue, "$.skills[0].level", json, "6",
            "Skill 'empathy' level 6 must lie on the catalog's Standard scale, from 0 to 5.");
    }

    [Fact]
    public void A_malformed_id_in_a_list_is_reported_at_its_item()
    {
        var json = With("\"regionIds\": [ \"US\", \"CA\" ]", "\"regionIds\": [ \"US\", \"C A\" ]");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.preferences.regionIds[1]", json, "\"C A\"",
            "regionIds[1] 'C A' contains ' '; an id may hold only ASCII letters, digits, '-', '_' and '.'.");
    }

    [Fact]
    public void An_empty_id_is_an_invalid_value()
    {
        var json = With("\"currentRoleId\": \"cs-junior-specialist\"", "\"currentRoleId\": \"\"");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.currentRoleId", json, "\"\"",
            "currentRoleId must not be empty.");
    }

    [Fact]
    public void An_enum_name_that_is_not_the_model_s_is_reported_with_the_names_it_may_have()
    {
        var json = With("\"education\": \"highSchool\"", "\"education\": \"HighSchool\"");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.education", json, "\"HighSchool\"",
            "education 'HighSchool' is not one of: none, highSchool, postSecondaryCertificate, someCollege, associate, bachelor, master, doctorate.");
    }

    [Fact]
    public void An_enum_name_in_a_list_is_reported_at_its_item()
    {
        var json = With("\"tracks\": [ \"management\" ]", "\"tracks\": [ \"management\", \"boss\" ]");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.preferences.tracks[1]", json, "\"boss\"",
            "tracks[1] 'boss' is not one of: individualContributor, management.");
    }

    [Fact]
    public void Another_schema_version_is_refused()
    {
        var json = With("\"schemaVersion\": 1", "\"schemaVersion\": 2");

        AssertProblem(Refusal.OnlyProfileProblem(json), CareerJsonProblemKind.InvalidValue, "$.schemaVersion", json, "2",
            "schemaVersion 2 is not supported; this version of CareerModel reads schemaVersion 1.");
    }

    [Fact]
    public void A_catalog_document_is_not_a_profile()
    {
        var problems = Refusal.OfProfile(File.ReadAllText(RepoFiles.ExampleCatalog)).Problems;

        Assert.Equal(
            [(CareerJsonProblemKind.UnknownProperty, "$.proficiencyScale"), (CareerJsonProblemKind.UnknownProperty, "$.regions"), (CareerJsonProblemKind.MissingProperty, "$.skills[0].skillId")],
            problems.Take(3).Select(p => (p.Kind, p.Path)));
        Assert.Contains(problems, p => (p.Kind, p.Path) == (CareerJsonProblemKind.UnknownProperty, "$.skills[0].id"));
    }

    [Fact]
    public void Ids_the_catalog_does_not_hold_are_each_reported_where_they_are_named()
    {
        var json = Valid
            .Replace("\"currentRoleId\": \"cs-junior-specialist\"", "\"currentRoleId\": \"cs-wizard\"", StringComparison.Ordinal)
            .Replace("\"regionId\": \"US\"", "\"regionId\": \"mars\"", StringComparison.Ordinal)
            .Replace("\"skillId\": \"crm-software\"", "\"skillId\": \"juggling\"", StringComparison.Ordinal)
            .Replace("[ \"cs-certification\" ]", "[ \"cs-certification\", \"first-aid\" ]", StringComparison.Ordinal)
            .Replace("\"family\": \"retail\", ", "", StringComparison.Ordinal)
            .Replace("[ \"US\", \"CA\" ]", "[ \"US\", \"venus\" ]", StringComparison.Ordinal);

        var e = Refusal.OfProfile(json, BuiltIn);

        Assert.All(e.Problems, p => Assert.Equal(CareerJsonProblemKind.UnknownReference, p.Kind));
        Assert.Equal(
            [
                ("$.currentRoleId", Of(json, "\"cs-wizard\""), "Current role 'cs-wizard' is not in the catalog."),
                ("$.regionId", Of(json, "\"mars\""), "Region 'mars' is not in the catalog."),
                ("$.skills[1].skillId", Of(json, "\"juggling\""), "Skill 'juggling' is not in the catalog."),
                ("$.certifications[1]", Of(json, "\"first-aid\""), "Certification 'first-aid' is not in the catalog."),
                ("$.workHistory[0].roleId", Of(json, "\"retail-associate\""), "Role 'retail-associate' is not in the catalog; a period in a role outside it must give the role's family and track."),
                ("$.preferences.regionIds[1]", Of(json, "\"venus\""), "Preferred region 'venus' is not in the catalog."),
            ],
            e.Problems.Select(p => (p.Path, (p.Line, p.Column), p.Message)));
        Assert.Equal(7, e.Message.Split('\n').Length);
        Assert.StartsWith("The profile JSON has 6 problems:", e.Message, StringComparison.Ordinal);
        Assert.NotNull(ProfileJson.Read(json));
    }

    [Fact]
    public void A_certification_given_a_level_and_a_skill_listed_as_a_certification_are_each_refused_with_the_catalog()
    {
        var json = With("\"skillId\": \"crm-software\"", "\"skillId\": \"cs-certification\"")
            .Replace("[ \"cs-certification\" ]", "[ \"empathy\" ]", StringComparison.Ordinal);

        var problems = Refusal.OfProfile(json, BuiltIn).Problems;

        Assert.Equal(2, problems.Count);
        AssertProblem(problems[0], CareerJsonProblemKind.InvalidValue, "$.skills[1].skillId", json, "\"cs-certification\"",
            "Skill 'cs-certification' is a certification; list it among the certifications held instead of giving it a level.");
        AssertProblem(problems[1], CareerJsonProblemKind.InvalidValue, "$.certifications[0]", json, "\"empathy\"",
            "Certification 'empathy' names a skill of category 'soft', not a certification; give it a level among the skills instead.", occurrence: 2);
    }

    [Fact]
    public void A_role_outside_the_catalog_is_accepted_when_its_period_gives_its_family_and_track()
    {
        var profile = ProfileJson.Read(Valid, BuiltIn);

        Assert.Equal("retail", profile.WorkHistory.Employments[0].Family);
    }

    [Fact]
    public void Every_problem_of_a_document_is_listed_in_document_order_and_no_profile_is_made()
    {
        var json = """
            {
              "schemaVersion": 1,
              "currentRoleId": "cs junior",
              "skills": [ { "skillId": "empathy", "level": -2 }, { "skillId": "empathy", "level": "high" } ],
              "education": "college",
              "workHistory": [ { "roleId": "cs-specialist", "start": "2024-13-01", "fullTimeEquivalent": 0 } ],
              "hobbies": [ "chess" ]
            }
            """;

        var e = Refusal.OfProfile(json);

        Assert.Equal(
            [
                (CareerJsonProblemKind.InvalidValue, "$.currentRoleId", Of(json, "\"cs junior\"")),
                (CareerJsonProblemKind.InvalidValue, "$.skills[0].level", Of(json, "-2")),
                (CareerJsonProblemKind.DuplicateId, "$.skills[1].skillId", Of(json, "\"empathy\"", 2)),
                (CareerJsonProblemKind.WrongType, "$.skills[1].level", Of(json, "\"high\"")),
                (CareerJsonProblemKind.InvalidValue, "$.education", Of(json, "\"college\"")),
                (CareerJsonProblemKind.InvalidValue, "$.workHistory[0].start", Of(json, "\"2024-13-01\"")),
                (CareerJsonProblemKind.InvalidValue, "$.workHistory[0].fullTimeEquivalent", Of(json, "0 }")),
                (CareerJsonProblemKind.UnknownProperty, "$.hobbies", Of(json, "\"hobbies\"")),
            ],
            e.Problems.Select(p => (p.Kind, p.Path, (p.Line, p.Column))));
        Assert.StartsWith("The profile JSON has 8 problems:" + Environment.NewLine + "  - line 3, column 20, $.currentRoleId: currentRoleId 'cs junior' contains ' '", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_larger_than_the_limit_is_refused_before_it_is_read()
    {
        var e = Refusal.OfProfile(Valid, options: new CareerJsonReadOptions { MaxDocumentBytes = 100 });

        var problem = Assert.Single(e.Problems);
        Assert.Equal((CareerJsonProblemKind.LimitExceeded, "$", 1, 1), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.Equal($"The document is {Valid.Length} bytes long, more than the limit of 100 bytes (MaxDocumentBytes); it was not read.", problem.Message);
        Assert.StartsWith("The profile JSON has 1 problem:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_within_the_limit_in_characters_but_over_it_in_UTF_8_bytes_is_refused_by_its_byte_count()
    {
        // 51 characters, 101 bytes: each euro sign is three bytes of UTF-8.
        var json = "{\"schemaVersion\":1,\"x\":\"" + new string('€', 25) + "\"}";

        var problem = Assert.Single(Refusal.OfProfile(json, options: new CareerJsonReadOptions { MaxDocumentBytes = 100 }).Problems);

        Assert.Equal((CareerJsonProblemKind.LimitExceeded, "$", 1, 1), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.Equal("The document is 101 bytes long, more than the limit of 100 bytes (MaxDocumentBytes); it was not read.", problem.Message);
    }

    [Fact]
    public void A_list_longer_than_the_limit_stops_the_reading_at_its_first_item_past_it()
    {
        var e = Refusal.OfProfile(Valid, options: new CareerJsonReadOptions { MaxArrayLength = 1 });

        AssertProblem(Assert.Single(e.Problems), CareerJsonProblemKind.LimitExceeded, "$.skills[1]", Valid, "{ \"skillId\": \"crm-software\"",
            "'skills' holds more than 1 items (MaxArrayLength, the limit for one array); reading stopped there.");
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_stops_the_reading_where_it_starts()
    {
        var e = Refusal.OfProfile(Valid, options: new CareerJsonReadOptions { MaxDepth = 2 });

        AssertProblem(Assert.Single(e.Problems), CareerJsonProblemKind.LimitExceeded, "$.skills[0]", Valid, "{ \"skillId\": \"empathy\"",
            "The document nests objects and arrays more than 2 levels deep (MaxDepth); reading stopped there.");
    }

    [Fact]
    public void The_profile_format_needs_three_levels_of_nesting()
    {
        Assert.NotNull(ProfileJson.Read(Valid, null, new CareerJsonReadOptions { MaxDepth = 3 }));
    }

    [Fact]
    public void Reading_stops_after_the_most_problems_allowed_and_says_there_may_be_more()
    {
        var skills = string.Join(", ", Enumerable.Range(0, 10).Select(i => $$"""{ "skillId": "s{{i}}", "level": -1 }"""));
        var json = $$"""{ "schemaVersion": 1, "skills": [ {{skills}} ] }""";

        var problems = Refusal.OfProfile(json, options: new CareerJsonReadOptions { MaxProblems = 3 }).Problems;

        Assert.Equal(4, problems.Count);
        Assert.Equal(CareerJsonProblemKind.LimitExceeded, problems[^1].Kind);
        Assert.Equal("Reading stopped at more than 3 problems (MaxProblems); there may be others after this point.", problems[^1].Message);
    }

    [Fact]
    public void A_null_document_is_the_wrong_type()
    {
        var problem = Refusal.OnlyProfileProblem("null");

        Assert.Equal((CareerJsonProblemKind.WrongType, "$", "The document must be an object, not null."), (problem.Kind, problem.Path, problem.Message));
    }
}
