using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Input;

/// <summary>The options of the commands that answer for one person: their profile.</summary>
internal class ProfileSettings : CatalogSettings
{
    [CommandOption("--profile <FILE>")]
    [Description("The person's profile in CareerModel's JSON format (docs/json-format.md).")]
    public string? ProfileFile { get; set; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ProfileFile is null ? ValidationResult.Error("--profile FILE is required: the person to answer for.") : base.Validate();
}
