using System.ComponentModel;
using System.Text.Json;
using CareerModel.Careers;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using CareerModel.Serialization;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary>
/// <c>validate</c>: reads a catalog or profile JSON file as the library would and reports every
/// problem with its line and column; a profile is checked against the catalog too.
/// </summary>
internal sealed class ValidateCommand(Terminal terminal, IClock clock) : CareerCommand<ValidateCommand.Settings>(terminal, clock)
{
    internal sealed class Settings : CatalogSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The catalog or profile JSON file to check.")]
        public string File { get; set; } = "";

        [CommandOption("--kind <KIND>")]
        [Description("catalog or profile. Default: told by the file (a catalog has roles).")]
        public string? Kind { get; set; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Kind is null or "catalog" or "profile" ? base.Validate() : ValidationResult.Error($"--kind: '{Kind}' is not catalog or profile.");
    }

    /// <inheritdoc />
    protected override void Run(Workspace workspace, Settings settings)
    {
        var kind = settings.Kind ?? KindOf(settings.File);
        string summary;
        try
        {
            summary = kind == "catalog" ? Describe(Files.Read(settings.File, "catalog", path => CareerCatalogJson.ReadFile(path))) : Describe(workspace, workspace.ReadProfile(settings.File));
        }
        catch (CliException e) when (settings.Json && e.Code == ExitCode.Invalid)
        {
            // The problems as data on stdout; the exit code and the line on stderr still say the file is invalid.
            WriteJson(settings.File, kind, summary: null, e);
            throw;
        }
        if (settings.Json)
            WriteJson(settings.File, kind, summary, failure: null);
        else
            Terminal.Line($"{settings.File}: a valid {kind} ({summary})");
    }

    private static string Describe(CareerCatalog catalog) =>
        $"{catalog.Roles.Count} roles, {catalog.Skills.Count} skills, {catalog.Regions.Count} regions, {catalog.Transitions.Count} transitions";

    private static string Describe(Workspace workspace, CareerModel.People.Profile profile) =>
        $"in role {profile.CurrentRoleId}, {profile.Skills.Count} skills, checked against the {workspace.Source}";

    private void WriteJson(string file, string kind, string? summary, CliException? failure) =>
        JsonOutput.Write(Terminal.Raw, json =>
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("kind", kind);
            json.WriteBoolean("valid", failure is null);
            json.WriteString("summary", summary);
            json.WriteStartArray("problems");
            switch (failure?.InnerException)
            {
                case CareerJsonException read:
                    foreach (var problem in read.Problems)
                    {
                        json.WriteStartObject();
                        json.WriteNumber("line", problem.Line);
                        json.WriteNumber("column", problem.Column);
                        json.WriteString("path", problem.Path);
                        json.WriteEnum("kind", problem.Kind);
                        json.WriteString("message", problem.Message);
                        json.WriteEndObject();
                    }
                    break;
                case CatalogValidationException invalid:
                    foreach (var problem in invalid.Problems)
                    {
                        json.WriteStartObject();
                        json.WriteEnum("kind", problem.Kind);
                        json.WriteString("message", problem.ToString());
                        json.WriteEndObject();
                    }
                    break;
                case null when failure is not null:
                    json.WriteStartObject();
                    json.WriteString("message", failure.Message);
                    json.WriteEndObject();
                    break;
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });

    // A catalog document has roles; a profile never does. An unreadable or malformed file is
    // left to the catalog reader, which says where it breaks.
    private static string KindOf(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(System.IO.File.ReadAllBytes(path), new JsonDocumentOptions { AllowTrailingCommas = false });
            return document.RootElement.ValueKind == JsonValueKind.Object && !document.RootElement.TryGetProperty("roles", out _)
                ? "profile"
                : "catalog";
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return "catalog";
        }
    }
}
