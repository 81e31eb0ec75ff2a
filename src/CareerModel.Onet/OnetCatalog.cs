using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CareerModel.Onet.Internal;

namespace CareerModel.Onet;

/// <summary>
/// Loads an O*NET database release (the tab-separated text edition, or tab-separated exports of
/// the Excel edition) into a validated <see cref="Careers.CareerCatalog"/> in one call, optionally
/// with BLS OEWS wages.
/// </summary>
/// <remarks>
/// <para>What becomes what:</para>
/// <list type="bullet">
/// <item><description>Each occupation in <c>Occupation Data</c> becomes a role: the O*NET-SOC code as id, its title and description; the Job Zone (1–5) as rank; the SOC major group as family (<c>43-0000</c>); the Management track for SOC group 11 and first-line supervisors, else Individual Contributor. Occupations without a Job Zone are skipped unless <see cref="OnetImportOptions.DefaultJobZone"/> is set.</description></item>
/// <item><description>Skills, Knowledge and (when present) Abilities elements become skills, with the O*NET element id (<c>2.A.1.b</c>) as id; the occupation's ratings become requirements: level from LV (0–7, on an eight-level scale), importance from IM (1–5), required from IM 3 up, with the LV rating's standard error and 95% bounds.</description></item>
/// <item><description><c>Alternate Titles</c> (each title and its short form) and <c>Sample of Reported Titles</c> (when present) give the role's alternative titles, in that order, each once ignoring case and never the title itself; a release without them gives none, with a note.</description></item>
/// <item><description>Education, Training and Experience (when present) gives the education requirement (RL) and typical experience (RW).</description></item>
/// <item><description>Transitions are inferred from requirement and description similarity (education too, when its weight is set), the SOC hierarchy and Job Zones, each with a strength from its score on one curve for all occupations (see <see cref="TransitionInferenceOptions"/>).</description></item>
/// <item><description>OEWS wages (when a file is given) are joined through the O*NET-SOC → SOC crosswalk and give each role a US pay band from exact figures only.</description></item>
/// </list>
/// <para>
/// Files are found by name, <c>X.txt</c> or <c>X.tsv</c>: <c>Occupation Data</c>, <c>Job Zones</c>,
/// <c>Skills</c> and <c>Knowledge</c> are required; <c>Abilities</c>, <c>Education, Training, and
/// Experience</c>, <c>Content Model Reference</c> (skill descriptions), <c>2019_to_SOC_Crosswalk</c>,
/// <c>Alternate Titles</c> and <c>Sample of Reported Titles</c> are used when present. Columns are found by header name.
/// </para>
/// </remarks>
public static class OnetCatalog
{
    /// <summary>Loads an O*NET release without wages, with the default options.</summary>
    /// <param name="onetFolder">The folder holding the release's files.</param>
    /// <returns>The catalog, the (empty) wage table, the inferred transitions and the import notes.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">A required file is missing; the message names it and the folder.</exception>
    /// <exception cref="OnetFormatException">A file has a changed header or a malformed row; the message names the file, line and column.</exception>
    public static OnetImportResult Load(string onetFolder) => Import(onetFolder, null, null);

    /// <summary>Loads an O*NET release without wages.</summary>
    /// <param name="onetFolder">The folder holding the release's files.</param>
    /// <param name="options">What to keep and how to infer transitions; the defaults when <see langword="null"/>.</param>
    /// <returns>The catalog, the (empty) wage table, the inferred transitions and the import notes.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">A required file is missing; the message names it and the folder.</exception>
    /// <exception cref="OnetFormatException">A file has a changed header or a malformed row; the message names the file, line and column.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public static OnetImportResult Load(string onetFolder, OnetImportOptions? options) => Import(onetFolder, null, options);

    /// <summary>Loads an O*NET release with BLS OEWS national wages, with the default options.</summary>
    /// <param name="onetFolder">The folder holding the release's files.</param>
    /// <param name="oewsFile">The OEWS national table as tab-separated text, such as <c>national_M2024_dl.tsv</c>.</param>
    /// <returns>The catalog with US pay bands, the wage table, the inferred transitions and the import notes.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">A required file or the OEWS file is missing; the message names it and the folder.</exception>
    /// <exception cref="OnetFormatException">A file has a changed header or a malformed row; the message names the file, line and column.</exception>
    public static OnetImportResult Load(string onetFolder, string oewsFile) => Load(onetFolder, oewsFile, null);

    /// <summary>Loads an O*NET release with BLS OEWS national wages.</summary>
    /// <param name="onetFolder">The folder holding the release's files.</param>
    /// <param name="oewsFile">The OEWS national table as tab-separated text, such as <c>national_M2024_dl.tsv</c>.</param>
    /// <param name="options">What to keep and how to infer transitions; the defaults when <see langword="null"/>.</param>
    /// <returns>The catalog with US pay bands, the wage table, the inferred transitions and the import notes.</returns>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    /// <exception cref="FileNotFoundException">A required file or the OEWS file is missing; the message names it and the folder.</exception>
    /// <exception cref="OnetFormatException">A file has a changed header or a malformed row; the message names the file, line and column.</exception>
    /// <exception cref="ArgumentException">An option is out of range; the message names it.</exception>
    public static OnetImportResult Load(string onetFolder, string oewsFile, OnetImportOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(oewsFile);
        return Import(onetFolder, oewsFile, options);
    }

    private static OnetImportResult Import(string onetFolder, string? oewsFile, OnetImportOptions? options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(onetFolder);
        options ??= new OnetImportOptions();
        options.Validate();
        if (!Directory.Exists(onetFolder))
            throw new DirectoryNotFoundException($"The O*NET folder '{Path.GetFullPath(onetFolder)}' does not exist.");
        var notes = new List<ImportNote>();
        var data = OnetReader.Read(onetFolder, notes);
        var wages = oewsFile is null ? null : OewsReader.Read(oewsFile, options);
        var vintage = options.WageVintage ?? (oewsFile is null ? null : VintageFromName(Path.GetFileName(oewsFile)));
        return new CatalogAssembler(data, wages, vintage, options).Assemble(notes);
    }

    private static readonly ImmutableArray<string> Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    /// <summary>BLS names its files after the reference month: <c>national_M2024_dl</c> is May 2024.</summary>
    private static string? VintageFromName(string fileName)
    {
        var match = Regex.Match(fileName, @"_M(\d{4})_", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? $"{Months[4]} {match.Groups[1].Value}" : null;
    }
}
