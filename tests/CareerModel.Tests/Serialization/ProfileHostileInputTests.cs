using System.Diagnostics;
using System.Globalization;
using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// Profile documents made to exhaust the reader: they meet the same limits as catalogs (the two
/// formats share the reader), each refused within bounded time by the limit meant to stop it.
/// Time bounds are generous, for a busy machine.
/// </summary>
public class ProfileHostileInputTests
{
    private const int MiB = 1024 * 1024;

    private static GeneratedStream Skills(long count) =>
        new("""{"schemaVersion":1,"skills":[""", count, i => $$"""{"skillId":"s{{i.ToString(CultureInfo.InvariantCulture)}}","level":1}""", ",", "]}");

    private static (CareerJsonException Refusal, TimeSpan Elapsed) Refuse(Func<object> read)
    {
        var clock = Stopwatch.StartNew();
        var refusal = Assert.Throws<CareerJsonException>(read);
        return (refusal, clock.Elapsed);
    }

    [Fact]
    public void A_stream_that_cannot_seek_holding_exactly_the_limit_is_read_and_one_byte_more_is_refused()
    {
        const int Limit = 1024;
        var options = new CareerJsonReadOptions { MaxDocumentBytes = Limit };
        const string Document = """{"schemaVersion":1,"regionId":"US"}""";
        using var exact = new GeneratedStream(Document, Limit - Document.Length, _ => " ", "", "");
        using var over = new GeneratedStream(Document, Limit - Document.Length + 1, _ => " ", "", "");

        Assert.Equal("US", ProfileJson.Read(exact, null, options).RegionId);
        Assert.Equal(Limit, exact.BytesRead);
        var problem = Assert.Single(Refuse(() => ProfileJson.Read(over, null, options)).Refusal.Problems);
        Assert.Equal("The document is longer than the limit of 1,024 bytes (MaxDocumentBytes); reading stopped there.", problem.Message);
    }

    [Fact]
    public void More_skills_than_the_item_limit_are_refused_at_the_first_one_past_it()
    {
        using var stream = Skills(150_000);

        var (refusal, elapsed) = Refuse(() => ProfileJson.Read(stream));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal((CareerJsonProblemKind.LimitExceeded, "$.skills[100000]"), (problem.Kind, problem.Path));
        Assert.Equal("'skills' holds more than 100,000 items (MaxArrayLength, the limit for one array); reading stopped there.", problem.Message);
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"Took {elapsed}.");
    }

    [Fact]
    public void A_hundred_thousand_skills_load_in_linear_time()
    {
        using var stream = Skills(100_000);
        var clock = Stopwatch.StartNew();

        var profile = ProfileJson.Read(stream);

        Assert.Equal(100_000, profile.Skills.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"Took {clock.Elapsed}.");
    }

    [Fact]
    public void A_50_MB_profile_on_a_stream_is_refused_by_the_size_limit_after_16_MiB()
    {
        using var stream = Skills(2_000_000);

        var (refusal, elapsed) = Refuse(() => ProfileJson.Read(stream));

        var problem = Assert.Single(refusal.Problems);
        Assert.Equal("The document is longer than the limit of 16,777,216 bytes (MaxDocumentBytes); reading stopped there.", problem.Message);
        Assert.Equal(16 * MiB + 1, stream.BytesRead);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"Took {elapsed}.");
    }

    [Fact]
    public void A_million_empty_periods_of_work_stop_the_reading_at_the_problem_limit()
    {
        using var stream = new GeneratedStream("""{"schemaVersion":1,"workHistory":[""", 1_000_000, _ => "{}", ",", "]}");

        var (refusal, elapsed) = Refuse(() => ProfileJson.Read(stream));

        Assert.Equal(101, refusal.Problems.Count);
        Assert.Equal((CareerJsonProblemKind.LimitExceeded, "$.workHistory[50].roleId"), (refusal.Problems[^1].Kind, refusal.Problems[^1].Path));
        Assert.True(elapsed < TimeSpan.FromSeconds(2), $"Took {elapsed}.");
    }

    [Fact]
    public void Arrays_nested_10_000_deep_in_a_list_of_ids_are_refused_at_the_depth_limit()
    {
        var json = """{ "schemaVersion": 1, "certifications": """ + new string('[', 10_000) + new string(']', 10_000) + " }";

        var (refusal, elapsed) = Refuse(() => ProfileJson.Read(json));

        Assert.Equal(
            [(CareerJsonProblemKind.WrongType, "$.certifications[0]"), (CareerJsonProblemKind.LimitExceeded, "$.certifications[0]")],
            refusal.Problems.Select(p => (p.Kind, p.Path)));
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"Took {elapsed}.");
    }
}
