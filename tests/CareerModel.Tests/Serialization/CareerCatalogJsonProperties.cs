using CareerModel.Serialization;
using CareerModel.Tests.Careers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Serialization;

[Properties(Arbitrary = new[] { typeof(SerializationArbitraries) }, MaxTest = 100)]
public class CareerCatalogJsonProperties
{
    [Property]
    public Property Writing_a_catalog_and_reading_it_back_gives_an_equal_catalog(CatalogParts parts)
    {
        var catalog = parts.ToBuilder().Build();
        var json = CareerCatalogJson.ToJson(catalog);

        var read = CareerCatalogJson.Read(json);

        return (read == catalog && read.GetHashCode() == catalog.GetHashCode()).Label(json);
    }

    [Property]
    public Property A_catalog_read_back_writes_the_same_text(CatalogParts parts)
    {
        var json = CareerCatalogJson.ToJson(parts.ToBuilder().Build());

        return (CareerCatalogJson.ToJson(CareerCatalogJson.Read(json)) == json).Label(json);
    }

    [Property(MaxTest = 50)]
    public Property A_truncated_document_is_refused_with_a_syntax_problem_and_never_read_in_part(CatalogParts parts, PositiveInt cut)
    {
        var json = CareerCatalogJson.ToJson(parts.ToBuilder().Build());
        var end = json.LastIndexOf('}');
        var truncated = json[..(cut.Get % end)];

        var e = Assert.Throws<CareerJsonException>(() => CareerCatalogJson.Read(truncated));

        return e.Problems.Any(p => p.Kind == CareerJsonProblemKind.Syntax).Label(string.Join("\n", e.Problems));
    }

    private static readonly string[] Junk =
        ["null", "[]", "{}", "{\"x\":1}", "-1e999", "1e999", "-0", "2.5", "\"\\ud800\"", "\"\"", "true", ",", ":", "\"", "[[[[", "}}", "\"id\"", "99999999999999999999999999999999", "\"P-1Y\"", "\"2025-02-30\""];

    [Property(MaxTest = 200)]
    public Property Any_damaged_document_is_read_or_refused_with_a_catalog_json_exception_and_nothing_else(CatalogParts parts, PositiveInt at, PositiveInt length, PositiveInt junk)
    {
        var json = CareerCatalogJson.ToJson(parts.ToBuilder().Build());
        var start = at.Get % json.Length;
        var cut = Math.Min(length.Get % 8, json.Length - start);
        var damaged = json[..start] + Junk[junk.Get % Junk.Length] + json[(start + cut)..];

        try
        {
            CareerCatalogJson.Read(damaged);
            return true.Label("read");
        }
        catch (CareerJsonException e)
        {
            return (e.Problems.Count > 0 && e.Problems.All(p => p.Line >= 1 && p.Column >= 1 && p.Path.StartsWith('$'))).Label(e.Message);
        }
    }
}
