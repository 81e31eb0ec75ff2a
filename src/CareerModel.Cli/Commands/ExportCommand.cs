using System.ComponentModel;
using CareerModel.Careers;
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

        [CommandOption("--family <FAMILY>")]
        [Description("Only this job family's roles and the moves between them.")]
        public string? Family { get; set; }

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
        var catalog = settings.Family is { } family ? FamilyOnly(workspace, family) : workspace.Catalog;
        PathRecommendation? path = null;
        if (settings.Path is { } ids)
        {
            var profile = workspace.ReadProfile(settings.ProfileFile!);
            // The path is the one the whole catalog recommends; the family only trims the picture.
            var recommender = Recommender.Create(workspace.Catalog, workspace.Clock, workspace.Zone, Workspace.Rates);
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
        if (path is not null && path.RoleIds.Any(id => !catalog.TryGetRole(id, out _)))
            throw CliException.Usage($"--path: {string.Join(" → ", path.RoleIds)} leaves the family '{settings.Family}'; draw the whole catalog, or a path within the family.");
        // Written as it is, with one final newline, so the output can be piped to mmdc, dot or a file.
        Terminal.Raw.Write(text.EndsWith('\n') ? text : text + "\n");
    }

    private static CareerCatalog FamilyOnly(Workspace workspace, string family)
    {
        var all = workspace.Catalog;
        var roles = all.Roles.Where(r => r.Family == family).ToList();
        if (roles.Count == 0)
            throw CliException.UnknownId($"--family: the catalog ({workspace.Source}) has no family '{family}'.");
        var ids = roles.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        return CareerCatalog.CreateBuilder()
            .UseProficiencyScale(all.ProficiencyScale)
            .AddSkills(all.Skills)
            .AddRegions(all.Regions)
            .AddRoles(roles)
            .AddTransitions(all.Transitions.Where(t => ids.Contains(t.FromRoleId) && ids.Contains(t.ToRoleId)))
            .Build();
    }
}
