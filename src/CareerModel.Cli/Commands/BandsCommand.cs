using System.ComponentModel;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary><c>bands</c>: a role's band in every region (or one), converted to a currency if asked.</summary>
internal sealed class BandsCommand(Terminal terminal, IClock clock) : CareerCommand<BandsCommand.Settings>(terminal, clock)
{
    internal sealed class Settings : CatalogSettings
    {
        [CommandOption("--role <ROLE>")]
        [Description("The role whose bands to show (its id).")]
        public string? Role { get; set; }

        [CommandOption("--region <REGION>")]
        [Description("Show only this region. Default: every region of the catalog.")]
        public string? Region { get; set; }

        [CommandOption("--currency <CODE>")]
        [Description("Convert every band to this currency at the day's rate. Default: each region's currency.")]
        public string? Currency { get; set; }

        /// <inheritdoc />
        public override ValidationResult Validate() =>
            Role is null ? ValidationResult.Error("--role ROLE is required: the role whose bands to show.") : base.Validate();
    }

    /// <inheritdoc />
    protected override void Run(Workspace workspace, Settings settings)
    {
        var role = workspace.Role("--role", settings.Role!);
        var currency = Workspace.Currency("--currency", settings.Currency);
        var regions = settings.Region is { } id ? [workspace.Region("--region", id)] : workspace.Catalog.Regions;
        var rows = regions
            .Select(region => (Path: workspace.RegionPath(region), Region: region, Pay: workspace.BandIn(role, region, currency)))
            .OrderBy(r => r.Path, StringComparer.Ordinal)
            .ToList();

        if (settings.Json)
        {
            JsonOutput.Write(Terminal.Raw, json =>
            {
                json.WriteStartObject();
                json.WriteString("roleId", role.Id);
                json.WriteString("title", role.Title);
                json.WriteDate("asOf", workspace.Today);
                json.WriteStartArray("regions");
                foreach (var (path, region, pay) in rows)
                {
                    json.WriteStartObject();
                    json.WriteString("regionId", region.Id);
                    json.WriteString("path", path);
                    json.WriteBand("band", pay.Band);
                    json.WriteString("bandSource", pay.Explanation);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
            return;
        }

        Terminal.Heading($"{role.Title}: pay a year by region, as of {Format.Date(workspace.Today)} ({workspace.Source})");
        var table = Tables.Create("Region", "Currency", "Minimum>", "Midpoint>", "Maximum>", "Band from");
        foreach (var (path, region, pay) in rows)
        {
            var (minimum, midpoint, maximum) = Format.Cells(pay.Band);
            table.Row(path, pay.Band?.Currency.Code ?? "", minimum, midpoint, maximum, pay.Explanation);
        }
        Terminal.Out.Write(table);
    }
}
