using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Cli.Output;
using CareerModel.Onet;
using CareerModel.Serialization;
using Spectre.Console;

namespace CareerModel.Cli.Input;

/// <summary>Loads the catalog the options name: the built-in one, a JSON file, or an O*NET release.</summary>
internal static class CatalogLoader
{
    /// <summary>Loads the catalog and says where it came from.</summary>
    public static (CareerCatalog Catalog, string Source) Load(CatalogSettings settings, Terminal terminal)
    {
        if (settings.CatalogFile is { } file)
            return (Files.Read(file, "catalog", path => CareerCatalogJson.ReadFile(path)), Path.GetFileName(file));
        if (settings.OnetFolder is { } folder)
            return (ImportOnet(folder, settings.OewsFile, terminal), $"O*NET {Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}");
        return (BuiltInCatalogs.CustomerService, "built-in customer-service catalog");
    }

    private static CareerCatalog ImportOnet(string folder, string? oewsFile, Terminal terminal)
    {
        if (!Directory.Exists(folder))
            throw new CliException(ExitCode.Unreadable, $"{folder}: no such O*NET release folder.");
        if (oewsFile is not null && !File.Exists(oewsFile))
            throw new CliException(ExitCode.Unreadable, $"{oewsFile}: no such OEWS wage file.");
        try
        {
            // The import takes a second or more: a spinner on stderr says so on a terminal, and stays out of a pipe.
            var result = terminal.Progress is { } progress
                ? progress.Status().Start($"Importing the O*NET release in {folder}…", _ => Import(folder, oewsFile))
                : Import(folder, oewsFile);
            return result.Catalog;
        }
        catch (OnetFormatException e)
        {
            throw new CliException(ExitCode.Invalid, $"{Path.Combine(folder, e.FileName)}:{e.LineNumber}:{e.ColumnNumber}: {e.Problem}");
        }
        catch (FileNotFoundException e)
        {
            throw new CliException(ExitCode.Unreadable, e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCode.Unreadable, $"{folder}: cannot read the O*NET release: {e.Message}");
        }
    }

    private static OnetImportResult Import(string folder, string? oewsFile) =>
        oewsFile is null ? OnetCatalog.Load(folder) : OnetCatalog.Load(folder, oewsFile);
}
