using System.ComponentModel;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using CareerModel.Diagrams;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary><c>export</c>: the catalog as JSON, or its career graph as Mermaid or Graphviz DOT, a path highlighted if asked.</summary>
internal sealed class ExportCommand(Terminal terminal, IClock clock) : CareerCommand<ExportCommand.Settings>(terminal, clock)
{
    internal sealed class Settings : CatalogSettings
    {
        [CommandOption("--format <FORMAT>")]
        [Description("json (the catalog in CareerModel's JSON format), mermaid or dot (the career graph).")]
        [DefaultValue("json")]
        public string Format { get; set; } = "json";

        [CommandOption("--path <A,B,C>")]
        [Description("Highlight this path on the graph, with time and pay on its moves (mermaid and dot; needs --profile).")]
        public string? Path { get; set; }

        [CommandOption("--profile <FILE>")]
        [Description("The person whose path --path is: it gives the path's dates and pay.")]
        public string? ProfileFile { get; set; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Format is not ("json" or "mermaid" or "dot"))
                return ValidationResult.Error($"--format: '{Format}' is not json, mermaid or dot.");
            if (Path is not null && Format == "json")
                return ValidationResult.Error("--path highlights a path on a graph: use it with --format mermaid or dot.");
            if (Path is not null && ProfileFile is null)
                return ValidationResult.Error("--path needs --profile FILE: the path's dates and pay are the person's.");
            return base.Validate();
        }
    }

    /// <inheritdoc />
    protected override void Run(Workspace workspace, Settings settings)
    {
        var catalog = workspace.Catalog;
        PathRecommendation? path = null;
        if (settings.Path is { } ids)
        {
            var profile = workspace.ReadProfile(settings.ProfileFile!);
            var recommender = Recommender.Create(catalog, workspace.Clock, workspace.Zone, Workspace.Rates);
            path = PathLookup.Find(workspace, recommender, profile, "--path", PathLookup.Parse("--path", ids));
        }
        var text = (settings.Format, path) switch
        {
            ("mermaid", null) => CareerDiagram.ToMermaid(catalog),
            ("mermaid", _) => CareerDiagram.ToMermaid(catalog, path),
            ("dot", null) => CareerDiagram.ToDot(catalog),
            ("dot", _) => CareerDiagram.ToDot(catalog, path),
            _ => CareerCatalogJson.ToJson(catalog),
        };
        // Written as it is, with one final newline, so the output can be piped to mmdc, dot or a file.
        Terminal.Raw.Write(text.EndsWith('\n') ? text : text + "\n");
    }
}
