using CareerModel.Careers;
using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

/// <summary>Reads a document that must be refused, and gives back what the refusal says.</summary>
public static class Refusal
{
    public static CareerJsonException Of(string json, CareerJsonReadOptions? options = null) =>
        Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(json, options ?? CareerJsonReadOptions.Default));

    /// <summary>The only problem of a document that has exactly one.</summary>
    public static CareerJsonProblem OnlyProblem(string json) => Assert.Single(Of(json).Problems);

    /// <summary>Reads a profile document that must be refused, and gives back what the refusal says.</summary>
    public static CareerJsonException OfProfile(string json, CareerCatalog? catalog = null, CareerJsonReadOptions? options = null) =>
        Assert.Throws<CareerJsonException>(() => ProfileJson.Read(json, catalog, options ?? CareerJsonReadOptions.Default));

    /// <summary>The only problem of a profile document that has exactly one.</summary>
    public static CareerJsonProblem OnlyProfileProblem(string json, CareerCatalog? catalog = null) => Assert.Single(OfProfile(json, catalog).Problems);

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
