using CareerModel.Esco;
using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Esco;

/// <summary>The real ESCO v1.1.1 English release in the repository's <c>data/esco</c>, loaded once for the classes that share it.</summary>
public sealed class EscoReleaseFixture
{
    public static string Folder => Path.Combine(OnetDataFolders.Data, "esco");

    public EscoReleaseFixture()
    {
        Result = EscoCatalog.Load(Folder);
    }

    public EscoImportResult Result { get; }
}

[CollectionDefinition(Name)]
public sealed class EscoReleaseGroup : ICollectionFixture<EscoReleaseFixture>
{
    public const string Name = "ESCO release";
}
