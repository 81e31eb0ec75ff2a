using System.ComponentModel;
using System.Globalization;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using CareerModel.Recommendation;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary><c>recommend</c>: the ranked paths for a person, with the parts of each score and the top gaps.</summary>
internal sealed class RecommendCommand(Terminal terminal, IClock clock) : CareerCommand<RecommendCommand.Settings>(terminal, clock)
{
    internal sealed class Settings : ProfileSettings
    {
        [CommandOption("--target <ROLE>")]
        [Description("Rank only the paths that end at this role (its id).")]
        public string? Target { get; set; }

        [CommandOption("--top <N>")]
        [Description("How many paths to show, best first (1 to 1000).")]
        [DefaultValue(5)]
        public int Top { get; set; } = 5;

        [CommandOption("--steps <N>")]
        [Description("The most moves a path may take (1 to 8).")]
        [DefaultValue(3)]
        public int Steps { get; set; } = 3;

        [CommandOption("--why <A,B>")]
        [Description("Explain why the path ranked A scores above (or below) the path ranked B, part by part, such as --why 1,2.")]
        public string? Why { get; set; }

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Top is < 1 or > 1_000)
                return ValidationResult.Error($"--top: {Top.ToString(CultureInfo.InvariantCulture)} is outside 1 to 1000.");
            if (Steps < 1 || Steps > RecommendationOptions.MaxStepsLimit)
                return ValidationResult.Error($"--steps: {Steps.ToString(CultureInfo.InvariantCulture)} is outside 1 to {RecommendationOptions.MaxStepsLimit.ToString(CultureInfo.InvariantCulture)}.");
            return base.Validate();
        }

        /// <summary>Gets the two ranks of <c>--why</c>, or null.</summary>
        public (int First, int Second)? WhyRanks =>
            Why is null ? null
            : Why.Split(',', StringSplitOptions.TrimEntries) is [var a, var b]
              && int.TryParse(a, NumberStyles.None, CultureInfo.InvariantCulture, out var first)
              && int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var second)
              && first >= 1 && second >= 1 && first != second
                ? (first, second)
                : throw CliException.Usage($"--why: '{Why}' is not two different ranks; write them as A,B, such as 1,2.");
    }

    /// <inheritdoc />
    protected override void Run(Workspace workspace, Settings settings)
    {
        var profile = workspace.ReadProfile(settings.ProfileFile!);
        var target = settings.Target is { } id ? workspace.Role("--target", id) : null;
        var why = settings.WhyRanks;
        var recommender = Recommender.Create(workspace.Catalog, workspace.Clock, workspace.Zone, Workspace.Rates);
        var options = new RecommendationOptions { Count = settings.Top, MaxSteps = settings.Steps };
        var result = target is null ? recommender.Recommend(profile, options) : recommender.RecommendPathsTo(profile, target.Id, options);
        var comparison = why is var (a, b) ? Compare(result, a, b) : null;

        if (settings.Json)
            WriteJson(workspace, profile.CurrentRoleId!, result, comparison);
        else
            WriteTables(workspace, profile.CurrentRoleId!, result, comparison);
    }

    private static ScoreComparison Compare(RecommendationResult result, int first, int second)
    {
        var highest = Math.Max(first, second);
        if (highest > result.Paths.Count)
            throw CliException.NoAnswer($"--why: there is no path ranked {highest.ToString(CultureInfo.InvariantCulture)}; {result.Paths.Count.ToString(CultureInfo.InvariantCulture)} were ranked (raise --top).");
        return result.Paths[first - 1].CompareWith(result.Paths[second - 1]);
    }

    private void WriteTables(Workspace workspace, string fromRoleId, RecommendationResult result, ScoreComparison? comparison)
    {
        var console = Terminal.Out;
        Terminal.Heading($"Paths from {workspace.Catalog.GetRole(fromRoleId).Title}, as of {Format.Date(workspace.Today)} ({workspace.Source})");
        if (result.Paths.Count == 0)
            Terminal.Line($"No path: {result.EmptyReason}");
        else
        {
            var table = Tables.Create("#>", "Path", "Score>", "Arrives", "Pay>", "Gain>");
            foreach (var path in result.Paths)
            {
                table.Row(
                    path.Rank.ToString(CultureInfo.InvariantCulture),
                    string.Join(" → ", path.Steps.Select(s => s.Target.Title)),
                    path.Score.Total.ToString("0.000", CultureInfo.InvariantCulture),
                    Format.Date(path.Arrives),
                    path.Final.ProjectedPay is { } pay ? Format.Money(pay) : "unknown",
                    path.PayGain is { } gain ? Format.Gain(gain) : "");
            }
            console.Write(table);
        }
        foreach (var path in result.Paths)
        {
            Terminal.Line();
            Terminal.Heading($"#{path.Rank.ToString(CultureInfo.InvariantCulture)} {string.Join(" → ", path.RoleIds)}");
            foreach (var step in path.Steps)
                Terminal.Line($"  {step}");
            Terminal.Line($"  score {path.Score}");
            if (path.TopGaps.Count > 0)
                Terminal.Line($"  top gaps: {string.Join("; ", path.TopGaps.Take(3))}");
        }
        foreach (var warning in result.Warnings)
            Terminal.Line($"warning: {warning.Message}");
        if (comparison is not null)
        {
            Terminal.Line();
            Terminal.Line($"Why: {comparison}");
        }
    }

    private void WriteJson(Workspace workspace, string fromRoleId, RecommendationResult result, ScoreComparison? comparison) =>
        JsonOutput.Write(Terminal.Raw, json =>
        {
            json.WriteStartObject();
            json.WriteString("fromRoleId", fromRoleId);
            json.WriteDate("asOf", workspace.Today);
            json.WriteStartArray("paths");
            foreach (var path in result.Paths)
            {
                json.WriteStartObject();
                json.WriteNumber("rank", path.Rank);
                json.WriteStartArray("roleIds");
                foreach (var id in path.RoleIds)
                    json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteStartObject("score");
                json.WriteNumber("total", path.Score.Total);
                foreach (var (part, value) in path.Score.Parts)
                    json.WriteNumber(part, value);
                json.WriteEndObject();
                json.WriteDate("arrives", path.Arrives);
                json.WritePeriod("totalTime", path.TotalTime);
                json.WriteNumber("meanFit", path.MeanFit);
                json.WriteMoney("currentPay", path.CurrentPay);
                json.WriteMoney("payGain", path.PayGain);
                json.WriteStartArray("steps");
                foreach (var step in path.Steps)
                {
                    json.WriteStartObject();
                    json.WriteString("roleId", step.Target.Id);
                    json.WriteString("title", step.Target.Title);
                    json.WriteEnum("kind", step.Kind);
                    json.WriteDate("starts", step.Starts);
                    json.WritePeriod("timeToReady", step.TimeToReady);
                    json.WriteNumber("fit", step.Fit);
                    json.WriteMoney("projectedPay", step.ProjectedPay);
                    json.WriteEnum("payBasis", step.PayBasis);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("topGaps");
                foreach (var gap in path.TopGaps)
                    json.WriteGap(gap);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("emptyReason", result.EmptyReason);
            json.WriteStartArray("warnings");
            foreach (var warning in result.Warnings)
            {
                json.WriteStartObject();
                json.WriteEnum("kind", warning.Kind);
                json.WriteStartArray("ids");
                foreach (var id in warning.Ids)
                    json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteString("message", warning.Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            if (comparison is not null)
            {
                json.WriteStartObject("why");
                json.WriteNumber("first", comparison.First.Rank);
                json.WriteNumber("second", comparison.Second.Rank);
                json.WriteNumber("totalDifference", comparison.TotalDifference);
                json.WriteStartObject("differences");
                foreach (var (part, value) in comparison.Differences)
                    json.WriteNumber(part, value);
                json.WriteEndObject();
                json.WriteString("text", comparison.ToString());
                json.WriteEndObject();
            }
            json.WriteEndObject();
        });
}
