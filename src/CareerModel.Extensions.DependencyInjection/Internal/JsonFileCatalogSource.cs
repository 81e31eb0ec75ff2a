using CareerModel.Careers;
using CareerModel.Serialization;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>A catalog JSON file; every problem of an invalid one is reported with its line and column.</summary>
internal sealed class JsonFileCatalogSource(string path, CareerJsonReadOptions? readOptions) : CatalogSource
{
    public override string Description => $"UseCatalogFile(\"{path}\")";

    public override IEnumerable<string> Check()
    {
        if (string.IsNullOrWhiteSpace(path))
            yield return $"{Description}: the catalog file's path is empty.";
        else if (!File.Exists(path))
            yield return $"{Description}: the catalog file '{Path.GetFullPath(path)}' does not exist.";
    }

    public override CareerCatalog Load()
    {
        try
        {
            return CareerCatalogJson.ReadFile(path, readOptions);
        }
        catch (CareerJsonException e)
        {
            throw new CatalogLoadException([.. e.Problems.Select(p => $"{path}:{p.Line}:{p.Column}: {p.Path}: {p.Message}")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogLoadException([$"{Description}: the catalog file cannot be read: {e.Message}"]);
        }
    }
}
