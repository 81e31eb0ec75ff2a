using System.ComponentModel;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using NodaTime;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary><c>ladder</c>: a family's roles by level, with each level's band in a region.</summary>
internal sealed class LadderCommand(Terminal terminal, IClock clock) : CareerCommand<LadderCommand.Settings>(terminal, clock)
{
    internal sealed class Settings : CatalogSettings
    {
        [CommandOption("--family <FAMILY>")]
        [Description("The job family whose ladder to show. Default: the family with the most roles.")]
        public string? Family { get; set; }

        [CommandOption("--region <REGION>")]
        [Description("The region to pay in (its own band, or the band of the nearest region around it). Default: the region where the most roles have a band.")]
        public string? Region { get; set; }

        [CommandOption("--currency <CODE>")]
        [Description("Convert the pay to this currency at the day's rate. Default: the region's currency.")]
        public string? Currency { get; set; }
    }

    /// <inheritdoc />
    protected override void Run(Workspace workspace, Settings settings)
    {
        var catalog = workspace.Catalog;
        var family = settings.Family ?? catalog.Roles
            .GroupBy(r => r.Family, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault()
            ?? throw CliException.NoAnswer($"the catalog ({workspace.Source}) has no roles.");
        var roles = catalog.Roles
            .Where(r => r.Family == family)
            .OrderBy(r => r.Rank).ThenBy(r => r.Title, StringComparer.Ordinal)
            .ToList();
        if (roles.Count == 0)
            throw CliException.UnknownId($"--family: the catalog ({workspace.Source}) has no family '{family}'; it has {string.Join(", ", catalog.Roles.Select(r => r.Family).Distinct().Order(StringComparer.Ordinal))}.");
        var region = workspace.Region("--region", settings.Region);
        var currency = Workspace.Currency("--currency", settings.Currency);
        var levels = roles.Select(role => (Role: role, Pay: workspace.BandIn(role, region, currency))).ToList();

        if (settings.Json)
        {
            JsonOutput.Write(Terminal.Raw, json =>
            {
                json.WriteStartObject();
                json.WriteString("family", family);
                json.WriteString("regionId", region.Id);
                json.WriteDate("asOf", workspace.Today);
                json.WriteStartArray("levels");
                foreach (var (role, pay) in levels)
                {
                    json.WriteStartObject();
                    json.WriteNumber("rank", role.Rank);
                    json.WriteString("roleId", role.Id);
                    json.WriteString("title", role.Title);
                    json.WriteEnum("track", role.Track);
                    json.WriteString("typicalExperience", role.TypicalExperience?.ToString());
                    json.WriteBand("band", pay.Band);
                    json.WriteString("bandSource", pay.Explanation);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            });
            return;
        }

        var shownCurrency = currency?.Code ?? region.Currency.Code;
        Terminal.Heading($"The {family} ladder in {region.Name}, {shownCurrency} a year, as of {Format.Date(workspace.Today)} ({workspace.Source})");
        var table = Tables.Create("#>", "Role", "Track", "Experience", "Minimum>", "Midpoint>", "Maximum>", "Band from");
        foreach (var (role, pay) in levels)
        {
            var (minimum, midpoint, maximum) = Format.Cells(pay.Band);
            table.Row(
                role.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                role.Title,
                role.Track.ToString(),
                role.TypicalExperience?.ToString() ?? "",
                minimum,
                midpoint,
                maximum,
                pay.Explanation);
        }
        Terminal.Out.Write(table);
    }
}
