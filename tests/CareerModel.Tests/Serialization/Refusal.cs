using CareerModel.Careers;
using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

/// <summary>Reads a document that must be refused, and gives back what the refusal says.</summary>
public static class Refusal
{
    public static CatalogJsonException Of(string json, CatalogJsonReadOptions? options = null) =>
        Assert.Throws<CatalogJsonException>(() => CareerCatalogJson.Read(json, options ?? CatalogJsonReadOptions.Default));

    /// <summary>The only problem of a document that has exactly one.</summary>
    public static CatalogJsonProblem OnlyProblem(string json) => Assert.Single(Of(json).Problems);

    /// <summary>Reads a profile document that must be refused, and gives back what the refusal says.</summary>
    public static CatalogJsonException OfProfile(string json, CareerCatalog? catalog = null, CatalogJsonReadOptions? options = null) =>
        Assert.Throws<CatalogJsonException>(() => ProfileJson.Read(json, catalog, options ?? CatalogJsonReadOptions.Default));

    /// <summary>The only problem of a profile document that has exactly one.</summary>
    public static CatalogJsonProblem OnlyProfileProblem(string json, CareerCatalog? catalog = null) => Assert.Single(OfProfile(json, catalog).Problems);

    /// <summary>A document of one role, with the role's JSON given.</summary>
    public static string WithRole(string role) =>
        $$"""
        {
          "schemaVersion": 1,
          "roles": [
            {{role}}
          ]
        }
        """;
}
