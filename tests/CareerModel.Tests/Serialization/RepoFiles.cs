namespace CareerModel.Tests.Serialization;

/// <summary>Files of the repository the tests check: the formats' documentation, schemas and examples.</summary>
public static class RepoFiles
{
    private static readonly string Root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    public static string ExampleCatalog => PathOf("docs/examples/customer-service.catalog.json");

    public static string Schema => PathOf("docs/career-catalog.schema.json");

    public static string ExampleProfile => PathOf("docs/examples/customer-service.profile.json");

    public static string ProfileSchema => PathOf("docs/profile.schema.json");

    public static string FormatGuide => PathOf("docs/json-format.md");

    public static string PathOf(string relative) => Path.Combine(Root, relative);
}
