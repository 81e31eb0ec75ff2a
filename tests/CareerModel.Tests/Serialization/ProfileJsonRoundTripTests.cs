using System.Text;
using System.Text.Json;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Serialization;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Serialization;

public class ProfileJsonRoundTripTests
{
    private static readonly CareerCatalog BuiltIn = BuiltInCatalogs.CustomerService;

    private static readonly Profile Junior = ExampleProfiles.CustomerServiceJunior;

    [Fact]
    public void The_junior_specialist_reads_back_equal_to_itself_with_and_without_the_catalog()
    {
        var json = ProfileJson.ToJson(Junior);

        Assert.Equal(Junior, ProfileJson.Read(json));
        Assert.Equal(Junior, ProfileJson.Read(json, BuiltIn));
        Assert.True(ProfileJson.Read(json) == Junior);
    }

    [Fact]
    public void Exporting_the_junior_specialist_gives_exactly_the_example_file()
    {
        // If this fails because the example profile changed on purpose, regenerate the example:
        // ProfileJson.WriteFile(ExampleProfiles.CustomerServiceJunior, "docs/examples/customer-service.profile.json").
        var expected = File.ReadAllText(RepoFiles.ExampleProfile);

        Assert.Equal(expected, ProfileJson.ToJson(Junior));
    }

    [Fact]
    public void Reading_the_example_file_against_the_built_in_catalog_gives_a_profile_the_assessor_accepts()
    {
        var profile = ProfileJson.ReadFile(RepoFiles.ExampleProfile, BuiltIn);
        var assessor = CareerAssessor.Create(BuiltIn, new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)), DateTimeZone.Utc);

        Assert.Equal(Junior, profile);
        assessor.Validate(profile);
        Assert.True(assessor.AnalyzeGaps(profile, "cs-specialist").Fit > 0);
    }

    [Fact]
    public void The_text_is_indented_with_two_spaces_has_every_field_and_ends_lines_with_line_feeds_only()
    {
        var json = ProfileJson.ToJson(Junior);

        Assert.StartsWith("{\n  \"schemaVersion\": 1,\n  \"currentRoleId\": \"cs-junior-specialist\",\n  \"regionId\": \"US\",\n  \"skills\": [\n    {\n      \"skillId\": \"active-listening\",\n      \"level\": 2\n    },", json, StringComparison.Ordinal);
        Assert.Contains("\"level\": 1.5,\n      \"lastUsed\": \"2026-10-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2022-06-01\",\n      \"end\": \"2025-09-01\",\n      \"fullTimeEquivalent\": 0.6,\n      \"family\": \"retail\",\n      \"track\": \"individualContributor\"", json, StringComparison.Ordinal);
        Assert.Contains("\"preferences\": {\n    \"families\": [\n      \"customer-service\"\n    ],\n    \"minimumRemoteWork\": \"hybrid\",", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_profile_is_written_with_its_schema_version_empty_lists_and_no_education()
    {
        var json = ProfileJson.ToJson(new Profile());

        Assert.Equal("{\n  \"schemaVersion\": 1,\n  \"skills\": [],\n  \"certifications\": [],\n  \"education\": \"none\",\n  \"workHistory\": []\n}\n", json);
        Assert.Equal(new Profile(), ProfileJson.Read(json));
    }

    [Fact]
    public void A_document_with_only_its_schema_version_is_an_empty_profile()
    {
        Assert.Equal(new Profile(), ProfileJson.Read("""{ "schemaVersion": 1 }"""));
        Assert.Equal(new Profile(), ProfileJson.Read("""{ "schemaVersion": 1 }""", BuiltIn));
    }

    [Fact]
    public void Optional_fields_take_their_documented_defaults()
    {
        var json = """
            {
              "schemaVersion": 1,
              "skills": [ { "skillId": "empathy", "level": 3 } ],
              "workHistory": [ { "roleId": "cs-specialist", "start": "2020-01-01" } ],
              "preferences": {}
            }
            """;

        var profile = ProfileJson.Read(json, BuiltIn);

        Assert.Null(profile.CurrentRoleId);
        Assert.Null(profile.RegionId);
        Assert.Equal(EducationLevel.None, profile.Education);
        Assert.Empty(profile.Certifications);
        Assert.Equal(new SkillLevel("empathy", 3), Assert.Single(profile.Skills));
        Assert.Equal(new Employment("cs-specialist", new LocalDate(2020, 1, 1)), Assert.Single(profile.WorkHistory.Employments));
        Assert.Equal(Preferences.None, profile.Preferences);
    }

    [Fact]
    public void Nulls_mean_not_given()
    {
        var json = """
            { "schemaVersion": 1, "currentRoleId": null, "regionId": null, "skills": null, "certifications": null, "education": null,
              "workHistory": [ { "roleId": "cs-specialist", "start": "2020-01-01", "end": null, "fullTimeEquivalent": null, "family": null, "track": null } ],
              "preferences": null }
            """;

        Assert.Equal(new Profile().WithWorkHistory(new WorkHistory([new Employment("cs-specialist", new LocalDate(2020, 1, 1))])), ProfileJson.Read(json));
    }

    [Fact]
    public void Lists_may_come_in_any_order_and_overlapping_periods_are_kept()
    {
        var json = """
            { "schemaVersion": 1,
              "skills": [ { "skillId": "patience", "level": 2 }, { "skillId": "empathy", "level": 3 } ],
              "certifications": [ "b-cert", "a-cert", "b-cert" ],
              "workHistory": [ { "roleId": "second", "start": "2021-01-01" }, { "roleId": "first", "start": "2020-01-01", "end": "2022-01-01" } ],
              "preferences": { "tracks": [ "management", "individualContributor" ], "regionIds": [ "PT", "DE" ] } }
            """;

        var profile = ProfileJson.Read(json);

        Assert.Equal(["empathy", "patience"], profile.Skills.Select(s => s.SkillId));
        Assert.Equal(["a-cert", "b-cert"], profile.Certifications);
        Assert.Equal(["first", "second"], profile.WorkHistory.Employments.Select(e => e.RoleId));
        Assert.Equal([CareerTrack.IndividualContributor, CareerTrack.Management], profile.Preferences.Tracks);
        Assert.Equal(["DE", "PT"], profile.Preferences.RegionIds);
    }

    [Fact]
    public void Reading_text_bytes_a_stream_or_a_file_gives_the_same_profile()
    {
        var json = ProfileJson.ToJson(Junior);
        var bytes = Encoding.UTF8.GetBytes(json);
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            using var stream = new MemoryStream(bytes);

            Assert.Equal(Junior, ProfileJson.Read(bytes));
            Assert.Equal(Junior, ProfileJson.Read(bytes, BuiltIn));
            Assert.Equal(Junior, ProfileJson.Read(stream, BuiltIn));
            Assert.Equal(Junior, ProfileJson.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_file_written_with_WriteFile_reads_back_equal()
    {
        var path = Path.GetTempFileName();
        try
        {
            ProfileJson.WriteFile(Junior, path);

            Assert.Equal(ProfileJson.ToJson(Junior), File.ReadAllText(path));
            Assert.Equal(Junior, ProfileJson.ReadFile(path, BuiltIn, CareerJsonReadOptions.Default));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_leading_byte_order_mark_is_skipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ProfileJson.ToJson(Junior))).ToArray();

        Assert.Equal(Junior, ProfileJson.Read(bytes));
    }

    [Fact]
    public void Writing_to_a_Utf8JsonWriter_uses_the_writer_s_own_formatting()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            ProfileJson.Write(Junior, writer);
        var compact = Encoding.UTF8.GetString(buffer.ToArray());

        Assert.DoesNotContain('\n', compact);
        Assert.StartsWith("{\"schemaVersion\":1,\"currentRoleId\":\"cs-junior-specialist\",", compact, StringComparison.Ordinal);
        Assert.Equal(Junior, ProfileJson.Read(compact));
    }

    [Fact]
    public void Writing_to_a_stream_leaves_it_open()
    {
        using var stream = new MemoryStream();

        ProfileJson.Write(Junior, stream);

        Assert.True(stream.CanWrite);
        stream.Position = 0;
        Assert.Equal(Junior, ProfileJson.Read(stream));
    }

    [Fact]
    public void Levels_and_fractions_are_read_exactly()
    {
        var json = """
            { "schemaVersion": 1, "skills": [ { "skillId": "a", "level": 0.30000000000000004 }, { "skillId": "b", "level": 3.5e0 } ],
              "workHistory": [ { "roleId": "r", "start": "2020-01-01", "fullTimeEquivalent": 0.3333333333333333333333333333 } ] }
            """;

        var profile = ProfileJson.Read(json);

        Assert.Equal(0.1 + 0.2, profile.LevelOf("a"));
        Assert.Equal(3.5, profile.LevelOf("b"));
        Assert.Equal(0.3333333333333333333333333333m, profile.WorkHistory.Employments[0].FullTimeEquivalent);
    }

    [Fact]
    public void Dates_in_another_calendar_are_written_in_the_ISO_calendar()
    {
        var julian = new LocalDate(2020, 1, 1, CalendarSystem.Julian);
        var profile = new Profile().WithSkills([new SkillLevel("empathy", 1, julian)]);

        var json = ProfileJson.ToJson(profile);

        Assert.Contains("\"lastUsed\": \"2020-01-14\"", json, StringComparison.Ordinal);
        Assert.Equal(julian.WithCalendar(CalendarSystem.Iso), ProfileJson.Read(json).Skills[0].LastUsed);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>("profile", () => ProfileJson.ToJson(null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => ProfileJson.Write(Junior, (Stream)null!));
        Assert.Throws<ArgumentNullException>("json", () => ProfileJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>("options", () => ProfileJson.Read("{}", null, null!));
        Assert.Throws<ArgumentNullException>("utf8Json", () => ProfileJson.Read((Stream)null!));
        Assert.ThrowsAny<ArgumentException>(() => ProfileJson.ReadFile(" "));
    }
}
