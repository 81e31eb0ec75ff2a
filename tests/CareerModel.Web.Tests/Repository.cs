namespace CareerModel.Web.Tests;

/// <summary>Files of the repository the tests read: the example documents and the web sample's own folder.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string WebSample => Path.Combine(Root, "samples", "CareerModel.Web");

    public static string ExampleProfile => File.ReadAllText(Path.Combine(Root, "docs", "examples", "customer-service.profile.json"));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CareerModel.sln")))
                return folder.FullName;
        }
        throw new InvalidOperationException($"No CareerModel.sln above {AppContext.BaseDirectory}.");
    }
}
