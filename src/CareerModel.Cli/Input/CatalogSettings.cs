using System.ComponentModel;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Input;

/// <summary>
/// The options every command takes: where the catalog comes from, the day to work as of, and
/// whether to print JSON instead of tables.
/// </summary>
internal class CatalogSettings : CommandSettings
{
    [CommandOption("--catalog <FILE>")]
    [Description("A catalog in CareerModel's JSON format (docs/json-format.md). Default: the built-in customer-service catalog.")]
    public string? CatalogFile { get; set; }

    [CommandOption("--onet <DIR>")]
    [Description("An O*NET database release folder (text files), imported as the catalog.")]
    public string? OnetFolder { get; set; }

    [CommandOption("--oews <FILE>")]
    [Description("A BLS OEWS wage file for the O*NET import's pay bands (with --onet).")]
    public string? OewsFile { get; set; }

    [CommandOption("--date <DATE>")]
    [Description("The day to work as of, yyyy-MM-dd: readiness dates, exchange rates, arrivals. Default: today.")]
    public string? Date { get; set; }

    [CommandOption("--json")]
    [Description("Print machine-readable JSON (docs/cli.md) instead of tables.")]
    public bool Json { get; set; }

    /// <summary>Gets the day given by <c>--date</c>, or null for today.</summary>
    public LocalDate? AsOf =>
        Date is null ? null
        : LocalDatePattern.Iso.Parse(Date) is { Success: true } parsed ? parsed.Value
        : throw CliException.Usage($"--date: '{Date}' is not a date; write it as yyyy-MM-dd, such as 2026-12-03.");

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (CatalogFile is not null && OnetFolder is not null)
            return ValidationResult.Error("--catalog and --onet both name a catalog; give one of them.");
        if (OewsFile is not null && OnetFolder is null)
            return ValidationResult.Error("--oews adds wages to an O*NET import; give --onet DIR too.");
        return ValidationResult.Success();
    }
}
