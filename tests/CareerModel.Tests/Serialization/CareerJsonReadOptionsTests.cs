using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

public class CareerJsonReadOptionsTests
{
    [Fact]
    public void The_defaults_are_16_MiB_64_levels_100_000_items_and_100_problems()
    {
        var options = CareerJsonReadOptions.Default;

        Assert.Equal((16 * 1024 * 1024, 64, 100_000, 100), (options.MaxDocumentBytes, options.MaxDepth, options.MaxArrayLength, options.MaxProblems));
        Assert.Equal(
            (CareerJsonReadOptions.DefaultMaxDocumentBytes, CareerJsonReadOptions.DefaultMaxDepth, CareerJsonReadOptions.DefaultMaxArrayLength, CareerJsonReadOptions.DefaultMaxProblems),
            (options.MaxDocumentBytes, options.MaxDepth, options.MaxArrayLength, options.MaxProblems));
    }

    [Fact]
    public void Limits_left_unset_keep_their_defaults()
    {
        var options = new CareerJsonReadOptions { MaxArrayLength = 500_000 };

        Assert.Equal((CareerJsonReadOptions.DefaultMaxDocumentBytes, 500_000), (options.MaxDocumentBytes, options.MaxArrayLength));
    }

    [Fact]
    public void Limits_below_one_are_rejected_with_their_name()
    {
        Assert.Throws<ArgumentOutOfRangeException>("MaxDocumentBytes", () => new CareerJsonReadOptions { MaxDocumentBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>("MaxArrayLength", () => new CareerJsonReadOptions { MaxArrayLength = -1 });
        Assert.Throws<ArgumentOutOfRangeException>("MaxProblems", () => new CareerJsonReadOptions { MaxProblems = 0 });
        var depth = Assert.Throws<ArgumentOutOfRangeException>("MaxDepth", () => new CareerJsonReadOptions { MaxDepth = 0 });
        Assert.StartsWith("MaxDepth 0 must be from 1 to 100,000.", depth.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>("MaxDepth", () => new CareerJsonReadOptions { MaxDepth = 100_001 });
    }

    [Fact]
    public void A_document_at_the_size_limit_is_read_and_one_byte_more_is_refused()
    {
        var json = """{ "schemaVersion": 1 }""";
        var exact = new CareerJsonReadOptions { MaxDocumentBytes = json.Length };
        var tooSmall = new CareerJsonReadOptions { MaxDocumentBytes = json.Length - 1 };

        Assert.Empty(CareerCatalogJson.Read(json, exact).Roles);
        using (var stream = new GeneratedStream(json, 0, _ => "", "", ""))
            Assert.Empty(CareerCatalogJson.Read(stream, exact).Roles);
        Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(json, tooSmall));
        using (var stream = new GeneratedStream(json, 0, _ => "", "", ""))
            Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(stream, tooSmall));
    }

    [Fact]
    public void Null_options_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("options", () => CareerCatalogJson.Read("{}", null!));
    }
}
