using CareerModel.Onet;

namespace CareerModel.Tests.Onet;

/// <summary>Where the real O*NET and OEWS files are: the repository's own <c>data/</c> folder, so a bare clone tests them.</summary>
public static class OnetDataFolders
{
    public static string Repository { get; } = FindRepository();

    public static string Data => Path.Combine(Repository, "data");

    public static string Onet => Path.Combine(Data, "onet");

    public static string OewsFile => Path.Combine(Data, "oews", "national_M2024_dl.tsv");

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerModel.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No CareerModel.sln above {AppContext.BaseDirectory}.");
    }
}

/// <summary>The whole release with OEWS wages, loaded once for every test class that shares it.</summary>
public sealed class OnetReleaseFixture
{
    public OnetReleaseFixture()
    {
        Result = OnetCatalog.Load(OnetDataFolders.Onet, OnetDataFolders.OewsFile);
    }

    public OnetImportResult Result { get; }
}

[CollectionDefinition(Name)]
public sealed class OnetReleaseGroup : ICollectionFixture<OnetReleaseFixture>
{
    public const string Name = "O*NET release";
}
