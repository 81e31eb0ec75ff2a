using CareerModel.Catalogs;
using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

/// <summary><c>ReadAsync</c> of catalogs and profiles: what <c>Read</c> gives, within the same limits, cancellable.</summary>
public class AsyncReadTests
{
    [Fact]
    public async Task A_profile_read_asynchronously_from_a_stream_that_cannot_seek_equals_the_one_read_at_once()
    {
        var json = File.ReadAllText(RepoFiles.ExampleProfile);
        await using var stream = new GeneratedStream(json, 0, _ => "", "", "");

        var profile = await ProfileJson.ReadAsync(stream, BuiltInCatalogs.CustomerService);

        Assert.Equal(ProfileJson.Read(json, BuiltInCatalogs.CustomerService), profile);
    }

    [Fact]
    public async Task A_catalog_read_asynchronously_equals_the_catalog_written()
    {
        await using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(CareerCatalogJson.ToJson(BuiltInCatalogs.CustomerService)));

        Assert.Equal(BuiltInCatalogs.CustomerService, await CareerCatalogJson.ReadAsync(stream));
    }

    [Fact]
    public async Task An_endless_stream_is_refused_once_it_passes_the_limit()
    {
        var options = new CareerJsonReadOptions { MaxDocumentBytes = 10_000 };
        await using var stream = new GeneratedStream("[", long.MaxValue, i => "1", ",", "]");

        var e = await Assert.ThrowsAsync<CareerJsonException>(() => CareerCatalogJson.ReadAsync(stream, options));

        Assert.Equal(CareerJsonProblemKind.LimitExceeded, Assert.Single(e.Problems).Kind);
        Assert.InRange(stream.BytesRead, 10_001, 20_000);
    }

    [Fact]
    public async Task A_problem_in_a_profile_read_asynchronously_is_reported_at_its_line_and_column()
    {
        await using var stream = new MemoryStream("{\n  \"schemaVersion\": 1,\n  \"regionId\": 7\n}"u8.ToArray());

        var e = await Assert.ThrowsAsync<CareerJsonException>(() => ProfileJson.ReadAsync(stream));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("$.regionId", 3, 15), (problem.Path, problem.Line, problem.Column));
    }

    [Fact]
    public async Task A_cancelled_read_stops_with_operation_cancelled()
    {
        await using var stream = new GeneratedStream("[", long.MaxValue, i => "1", ",", "]");
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ProfileJson.ReadAsync(stream, cancellationToken: cancelled.Token));
    }
}
