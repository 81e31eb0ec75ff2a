using System.Diagnostics;
using System.Globalization;
using System.Text;
using CareerModel.Catalogs;
using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// Documents made to exhaust a reader: deep nesting, 50 MB, a million roles, a flood of problems.
/// Each is refused (or read) within bounded time and memory, by the limit that is meant to stop it.
/// Time bounds are generous, for a busy machine; the refusals themselves take milliseconds.
/// </summary>
public class HostileInputTests
{
    private const int MiB = 1024 * 1024;
    private const string CompactRole = """{"id":"r{0}","title":"T","family":"f","track":"management","rank":1}""";

    private static string Role(long i) => CompactRole.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static GeneratedStream Roles(long count) => new("""{"schemaVersion":1,"roles":[""", count, Role, ",", "]}");

    private static (CareerJsonException Refusal, TimeSpan Elapsed, long Allocated) Refuse(Func<object> read)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        var refusal = Assert.Throws<CareerJsonException>(read);
        return (refusal, clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocatedBefore);
    }

    [Fact]
    public void Arrays_nested_10_000_deep_are_refused_where_they_pass_the_depth_limit()
    {
        var json = new string('[', 10_000) + new string(']', 10_000);

        var (refusal, elapsed, _) = Refuse(() => CareerCatalogJson.Read(json));

        Assert.Equal([CareerJsonProblemKind.WrongType, CareerJsonProblemKind.LimitExceeded], refusal.Problems.Select(p => p.Kind));
        var deep = refusal.Problems[1];
        Assert.Equal(("$", 1, 65), (deep.Path, deep.Line, deep.Column));
        Assert.Equal("The document nests objects and arrays more than 64 levels deep (MaxDepth); reading stopped there.", deep.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Took {elapsed}.");
    }

    [Fact]
    public void Objects_nested_10_000_deep_inside_a_role_are_refused_at_the_depth_limit()
    {
        var nested = string.Concat(Enumerable.Repeat("""{"a":""", 10_000)) + "1" + new string('}', 10_000);
        var json = Refusal.WithRole($$"""{ "id": "a", "title": "A", "family": "f", "track": "management", "rank": 1, "description": {{nested}} }""");

        var refusal = Refusal.Of(json);

        Assert.Equal(
            [(CareerJsonProblemKind.WrongType, "$.roles[0].description"), (CareerJsonProblemKind.LimitExceeded, "$.roles[0].description")],
            refusal.Problems.Select(p => (p.Kind, p.Path)));
    }

    [Fact]
    public void The_format_itself_needs_six_levels_of_nesting()
    {
        var json = CareerCatalogJson.ToJson(BuiltInCatalogs.CustomerService);

        Assert.Equal(BuiltInCatalogs.CustomerService, CareerCatalogJson.Read(json, new CareerJsonReadOptions { MaxDepth = 6 }));
        var refusal = Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(json, new CareerJsonReadOptions { MaxDepth = 5 }));
        Assert.Matches(@"^\$\.roles\[\d+\]\.payBands\.US\.percentiles$", Assert.Single(refusal.Problems).Path);
    }

    [Fact]
    public void A_50_MB_document_in_memory_is_refused_by_its_length_before_it_is_parsed()
    {
        var bytes = new byte[50 * MiB];
        bytes.AsSpan().Fill((byte)' ');
        bytes[^2] = (byte)'{';
        bytes[^1] = (byte)'}';

        var (refusal, elapsed, allocated) = Refuse(() => CareerCatalogJson.Read(bytes));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal((CareerJsonProblemKind.LimitExceeded, "$", 1, 1), (problem.Kind, problem.Path, problem.Line, problem.Column));
        Assert.Equal("The document is 52,428,800 bytes long, more than the limit of 16,777,216 bytes (MaxDocumentBytes); it was not read.", problem.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Took {elapsed}.");
        Assert.True(allocated < MiB, $"Allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_50_MB_seekable_stream_is_refused_by_its_length_without_being_read()
    {
        using var stream = new MemoryStream(new byte[50 * MiB]);

        var (refusal, _, allocated) = Refuse(() => CareerCatalogJson.Read(stream));

        Assert.Equal(CareerJsonProblemKind.LimitExceeded, Assert.Single(refusal.Problems).Kind);
        Assert.Equal(0, stream.Position);
        Assert.True(allocated < MiB, $"Allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_50_MB_string_value_arriving_on_a_stream_is_refused_as_soon_as_it_passes_the_limit()
    {
        const int chunk = 64 * 1024;
        var xs = new string('x', chunk);
        using var stream = new GeneratedStream(
            """{"schemaVersion":1,"roles":[{"id":"a","description":" """, 50 * MiB / chunk, _ => xs, "", "\"}]}");

        var (refusal, elapsed, allocated) = Refuse(() => CareerCatalogJson.Read(stream));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal(CareerJsonProblemKind.LimitExceeded, problem.Kind);
        Assert.Equal("The document is longer than the limit of 16,777,216 bytes (MaxDocumentBytes); reading stopped there.", problem.Message);
        Assert.Equal(16 * MiB + 1, stream.BytesRead);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"Took {elapsed}.");
        // The reader's buffer grows to 16 MiB by doubling (32 MiB allocated in all); the rest is the generator's own text.
        Assert.True(allocated < 56 * MiB, $"Allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_million_roles_on_a_stream_are_refused_by_the_size_limit_after_16_MiB()
    {
        using var stream = Roles(1_000_000);

        var (refusal, elapsed, allocated) = Refuse(() => CareerCatalogJson.Read(stream));

        Assert.Equal(CareerJsonProblemKind.LimitExceeded, Assert.Single(refusal.Problems).Kind);
        Assert.Equal(16 * MiB + 1, stream.BytesRead);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"Took {elapsed}.");
        // The reader's buffer grows to 16 MiB by doubling (32 MiB allocated in all); the rest is the generator's
        // own text for the ~250,000 roles that filled it.
        Assert.True(allocated < 80 * MiB, $"Allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void More_roles_than_the_item_limit_are_refused_at_the_first_one_past_it()
    {
        using var stream = Roles(150_000);

        var (refusal, elapsed, _) = Refuse(() => CareerCatalogJson.Read(stream));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal((CareerJsonProblemKind.LimitExceeded, "$.roles[100000]"), (problem.Kind, problem.Path));
        Assert.Equal("'roles' holds more than 100,000 items (MaxArrayLength, the limit for one array); reading stopped there.", problem.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"Took {elapsed}.");
    }

    [Fact]
    public void A_lower_item_limit_refuses_a_catalog_sooner()
    {
        using var stream = Roles(1_001);

        var refusal = Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(stream, new CareerJsonReadOptions { MaxArrayLength = 1_000 }));

        Assert.Equal("$.roles[1000]", Assert.Single(refusal.Problems).Path);
    }

    [Fact]
    public void A_thousand_roles_load_within_the_limits()
    {
        using var stream = Roles(1_000);

        var catalog = CareerCatalogJson.Read(stream);

        Assert.Equal(1_000, catalog.Roles.Count);
    }

    [Fact]
    public void A_chain_of_50_000_nested_region_groups_loads_in_linear_time()
    {
        // Each group lies within the one before: checking the hierarchy for loops by walking up
        // from every region would take 50,000 × 25,000 steps.
        using var stream = new GeneratedStream(
            """{"schemaVersion":1,"regions":[{"id":"g-1","name":"World","kind":"world","currency":"USD"},""",
            50_000,
            i => $$"""{"id":"g{{i.ToString(CultureInfo.InvariantCulture)}}","name":"G","kind":"regionGroup","currency":"USD","parentId":"g{{(i - 1).ToString(CultureInfo.InvariantCulture)}}"}""",
            ",",
            "]}");
        var clock = Stopwatch.StartNew();

        var catalog = CareerCatalogJson.Read(stream);

        Assert.Equal(50_001, catalog.Regions.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");
    }

    [Fact]
    public void A_million_empty_roles_stop_the_reading_at_the_problem_limit()
    {
        using var stream = new GeneratedStream("""{"schemaVersion":1,"roles":[""", 1_000_000, _ => "{}", ",", "]}");

        var (refusal, elapsed, _) = Refuse(() => CareerCatalogJson.Read(stream));

        Assert.Equal(101, refusal.Problems.Count);
        Assert.Equal(CareerJsonProblemKind.LimitExceeded, refusal.Problems[^1].Kind);
        Assert.Equal("$.roles[20].id", refusal.Problems[^1].Path);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"Took {elapsed}.");
    }

    [Fact]
    public void A_million_items_under_an_unknown_property_are_skipped_without_being_kept()
    {
        using var stream = new GeneratedStream("""{"schemaVersion":1,"extra":[""", 1_000_000, _ => "0", ",", "]}");

        var (refusal, elapsed, allocated) = Refuse(() => CareerCatalogJson.Read(stream));

        Assert.Equal("$.extra", Assert.Single(refusal.Problems).Path);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"Took {elapsed}.");
        Assert.True(allocated < 200 * MiB, $"Allocated {allocated:N0} bytes.");
    }

    [Fact]
    public void A_ten_megabyte_unknown_property_name_gives_a_path_and_message_of_bounded_length()
    {
        var name = new string('x', 10_000_000);
        var json = Refusal.WithRole($$"""{ "id": "a", "title": "A", "family": "f", "track": "management", "rank": 1, "{{name}}": 1 }""");

        var problem = Assert.Single(Refusal.Of(json, new CareerJsonReadOptions { MaxDocumentBytes = 16 * MiB }).Problems);

        Assert.Equal(CareerJsonProblemKind.UnknownProperty, problem.Kind);
        Assert.Equal($"$.roles[0]['{new string('x', 99)}…']", problem.Path);
        Assert.True(problem.Message.Length < 1_000, $"The message is {problem.Message.Length} characters long.");
    }
}
