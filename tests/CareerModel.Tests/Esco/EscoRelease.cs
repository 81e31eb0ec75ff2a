using CareerModel.Esco;
using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Esco;

/// <summary>The real ESCO v1.1.1 English release in the repository's <c>data/esco</c>, loaded once for the classes that share it.</summary>
public sealed class EscoReleaseFixture
{
    public static string Folder => Path.Combine(OnetDataFolders.Data, "esco");

    private readonly Lazy<CareerModel.Recommendation.Recommender> recommender;

    public EscoReleaseFixture()
    {
        Result = EscoCatalog.Load(Folder);
        recommender = new(() => CareerModel.Recommendation.Recommender.Create(Result.Catalog, new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 12, 4, 12, 0))));
    }

    public EscoImportResult Result { get; }

    /// <summary>Gets a recommender over the release, built once on first use (on 2026-12-04).</summary>
    public CareerModel.Recommendation.Recommender Recommender => recommender.Value;
}

[CollectionDefinition(Name)]
public sealed class EscoReleaseGroup : ICollectionFixture<EscoReleaseFixture>
{
    public const string Name = "ESCO release";
}
