using CareerModel.Careers;
using CareerModel.Onet;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>An O*NET text release, with OEWS wages when a file is given.</summary>
internal sealed class OnetCatalogSource(string folder, string? oewsFile, OnetImportOptions? importOptions) : CatalogSource
{
    public override string Description => oewsFile is null ? $"UseOnet(\"{folder}\")" : $"UseOnet(\"{folder}\", \"{oewsFile}\")";

    public override IEnumerable<string> Check()
    {
        if (string.IsNullOrWhiteSpace(folder))
            yield return $"{Description}: the O*NET folder's path is empty.";
        else if (!Directory.Exists(folder))
            yield return $"{Description}: the O*NET folder '{Path.GetFullPath(folder)}' does not exist.";
        if (oewsFile is not null && !File.Exists(oewsFile))
            yield return $"{Description}: the OEWS wage file '{Path.GetFullPath(oewsFile)}' does not exist.";
    }

    public override CareerCatalog Load()
    {
        try
        {
            var result = oewsFile is null
                ? OnetCatalog.Load(folder, importOptions)
                : OnetCatalog.Load(folder, oewsFile, importOptions);
            return result.Catalog;
        }
        catch (OnetFormatException e)
        {
            throw new CatalogLoadException([$"{Path.Combine(folder, e.FileName)}:{e.LineNumber}:{e.ColumnNumber}: {e.Problem}"]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CatalogLoadException([$"{Description}: the O*NET release cannot be read: {e.Message}"]);
        }
    }
}
