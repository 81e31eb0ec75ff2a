using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Input;

/// <summary>The options of the commands that measure a person against one role.</summary>
internal sealed class TargetSettings : ProfileSettings
{
    [CommandOption("--role <ROLE>")]
    [Description("The role to measure the person against (its id).")]
    public string? Role { get; set; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Role is null ? ValidationResult.Error("--role ROLE is required: the role to measure the person against.") : base.Validate();
}
