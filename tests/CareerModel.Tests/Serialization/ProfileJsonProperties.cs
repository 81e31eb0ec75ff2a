using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Serialization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Serialization;

[Properties(Arbitrary = new[] { typeof(ProfileArbitraries) }, MaxTest = 200)]
public class ProfileJsonProperties
{
    private static readonly CareerAssessor Assessor =
        CareerAssessor.Create(BuiltInCatalogs.CustomerService, new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)), DateTimeZone.Utc);

    [Property]
    public Property Writing_a_profile_and_reading_it_back_gives_an_equal_profile(Profile profile)
    {
        var json = ProfileJson.ToJson(profile);

        var read = ProfileJson.Read(json);

        return (read == profile && read.GetHashCode() == profile.GetHashCode()).Label(json);
    }

    [Property]
    public Property A_profile_read_back_writes_the_same_text(Profile profile)
    {
        var json = ProfileJson.ToJson(profile);

        return (ProfileJson.ToJson(ProfileJson.Read(json)) == json).Label(json);
    }

    /// <summary>
    /// Read with a catalog, a profile is refused exactly when the assessor would refuse it, or when
    /// it names a region the catalog does not hold (which the reader checks too); and when refused,
    /// every problem is about the catalog, at the value at fault.
    /// </summary>
    [Property]
    public Property Read_with_a_catalog_a_profile_is_refused_exactly_when_the_assessor_refuses_it_or_a_region_is_unknown(ProfileInCatalog @case)
    {
        var profile = @case.Profile;
        var catalog = BuiltInCatalogs.CustomerService;
        var json = ProfileJson.ToJson(profile);
        var unknownRegion = profile.Preferences.RegionIds.Prepend(profile.RegionId).OfType<string>().Any(r => !catalog.TryGetRegion(r, out _));
        var assessorRefuses = false;
        try
        {
            Assessor.Validate(profile);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            assessorRefuses = true;
        }

        try
        {
            var read = ProfileJson.Read(json, catalog);
            return (!assessorRefuses && !unknownRegion && read == profile).Label("read: " + json).Classify(true, "accepted");
        }
        catch (CareerJsonException e)
        {
            var aboutTheCatalog = e.Problems.All(p => p.Kind is CareerJsonProblemKind.UnknownReference or CareerJsonProblemKind.InvalidValue);
            return ((assessorRefuses || unknownRegion) && aboutTheCatalog).Label(e.Message + "\n" + json).Classify(true, "refused");
        }
    }

    [Property(MaxTest = 50)]
    public Property A_truncated_document_is_refused_with_a_syntax_problem_and_never_read_in_part(Profile profile, PositiveInt cut)
    {
        var json = ProfileJson.ToJson(profile);
        var end = json.LastIndexOf('}');
        var truncated = json[..(cut.Get % end)];

        var e = Assert.Throws<CareerJsonException>(() => ProfileJson.Read(truncated));

        return e.Problems.Any(p => p.Kind == CareerJsonProblemKind.Syntax).Label(string.Join("\n", e.Problems));
    }

    private static readonly string[] Junk =
        ["null", "[]", "{}", "{\"x\":1}", "-1e999", "1e999", "-0", "-2.5", "\"\\ud800\"", "\"\"", "true", ",", ":", "\"", "[[[[", "}}", "\"id\"", "\"2025-02-30\"", "\"0001-01-01\"", "\"boss\""];

    [Property]
    public Property Any_damaged_document_is_read_or_refused_with_a_catalog_json_exception_and_nothing_else(Profile profile, PositiveInt at, PositiveInt length, PositiveInt junk)
    {
        var json = ProfileJson.ToJson(profile);
        var start = at.Get % json.Length;
        var cut = Math.Min(length.Get % 8, json.Length - start);
        var damaged = json[..start] + Junk[junk.Get % Junk.Length] + json[(start + cut)..];

        try
        {
            ProfileJson.Read(damaged, BuiltInCatalogs.CustomerService);
            return true.Label("read");
        }
        catch (CareerJsonException e)
        {
            return (e.Problems.Count > 0 && e.Problems.All(p => p.Line >= 1 && p.Column >= 1 && p.Path.StartsWith('$'))).Label(e.Message);
        }
    }
}
