using System.Collections.Immutable;
namespace CareerModel.Onet.Internal;

/// <summary>
/// The release's files by name. The text edition names them <c>X.txt</c>; tab-separated exports of
/// the Excel edition <c>X.tsv</c>. Both are looked for, the text edition first.
/// </summary>
internal static class OnetFiles
{
    public const string OccupationData = "Occupation Data";
    public const string JobZones = "Job Zones";
    public const string Skills = "Skills";
    public const string Knowledge = "Knowledge";
    public const string Abilities = "Abilities";
    public const string Education = "Education, Training, and Experience";
    public const string ContentModel = "Content Model Reference";
    public const string Crosswalk = "2019_to_SOC_Crosswalk";
    public const string AlternateTitles = "Alternate Titles";
    public const string ReportedTitles = "Sample of Reported Titles";

    private static readonly ImmutableArray<string> Extensions = [".txt", ".tsv"];

    /// <summary>Finds a file the import cannot do without.</summary>
    /// <exception cref="FileNotFoundException">Neither edition's file is in the folder.</exception>
    public static string Required(string folder, string name) =>
        Optional(folder, name)
        ?? throw new FileNotFoundException(
            $"The O*NET file '{name}.txt' (or '{name}.tsv') is missing from the folder '{folder}'; the import needs it.",
            Path.Combine(folder, name + Extensions[0]));

    /// <summary>Finds a file the import uses when present; <see langword="null"/> when it is not.</summary>
    public static string? Optional(string folder, string name)
    {
        foreach (var extension in Extensions)
        {
            var path = Path.Combine(folder, name + extension);
            if (File.Exists(path))
                return path;
        }
        return null;
    }
}
