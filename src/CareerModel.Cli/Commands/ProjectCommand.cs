using System.ComponentModel;
using System.Globalization;
using CareerModel.Careers;
using CareerModel.Cli.Charts;
using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using CareerModel.Compensation.Projection;
using CareerModel.Geography;
using Region = CareerModel.Geography.Region;
using CareerModel.Monetary;
using CareerModel.Recommendation;
using NodaTime;
using Spectre.Console;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary>
/// <c>project</c>: a person's pay along a path, year by year — merit on each anniversary,
/// promotions on the dates the recommender gives each move — as a table and, if asked, a chart.
/// </summary>
internal sealed class ProjectCommand(Terminal terminal, IClock clock) : CareerCommand<ProjectCommand.Settings>(terminal, clock)
{
    /// <summary>The one rating of the flat merit matrix: everyone gets <c>--merit</c>.</summary>
    private const string Rating = "meets";

    internal sealed class Settings : ProfileSettings
    {
        [CommandOption("--path <A,B,C>")]
        [Description("The roles along the path, the current role first, separated by commas.")]
        public string? Path { get; set; }

        [CommandOption("--chart <FILE>")]
        [Description("Also draw the projection: pay over time, promotions marked, each role's band shaded (.svg or .png).")]
        public string? Chart { get; set; }

        [CommandOption("--pay <AMOUNT>")]
        [Description("The person's pay now, a year, in the region's currency (or --currency). Default: the midpoint of their role's band.")]
        public decimal? Pay { get; set; }

        [CommandOption("--currency <CODE>")]
        [Description("Project in this currency, bands converted at the day's rate. Default: the region's currency.")]
        public string? Currency { get; set; }

        [CommandOption("--merit <FRACTION>")]
        [Description("The merit increase on each anniversary, as a fraction (0.03 is 3%).")]
        [DefaultValue(typeof(decimal), "0.03")]
        public decimal Merit { get; set; } = 0.03m;

        [CommandOption("--promotion <FRACTION>")]
        [Description("The increase on a promotion, as a fraction; pay is raised to the new band's minimum if that is more.")]
        [DefaultValue(typeof(decimal), "0.10")]
        public decimal Promotion { get; set; } = 0.10m;

        [CommandOption("--cost-of-living <FRACTION>")]
        [Description("A cost-of-living increase on each anniversary, as a fraction.")]
        [DefaultValue(typeof(decimal), "0")]
        public decimal CostOfLiving { get; set; }

        [CommandOption("--years <N>")]
        [Description("How many years to project past the last move.")]
        [DefaultValue(2)]
        public int Years { get; set; } = 2;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            if (Path is null)
                return ValidationResult.Error("--path A,B,C is required: the roles along the path, the current role first.");
            if (Chart is { } chart && !PayChart.Extensions.Contains(System.IO.Path.GetExtension(chart).ToLowerInvariant()))
                return ValidationResult.Error($"--chart: '{chart}' must end in .svg or .png.");
            if (Merit is < 0 or > 1)
                return ValidationResult.Error($"--merit: {Merit.ToString(CultureInfo.InvariantCulture)} is outside 0 to 1 (0.03 is 3%).");
            if (Promotion is < 0 or > 1)
                return ValidationResult.Error($"--promotion: {Promotion.ToString(CultureInfo.InvariantCulture)} is outside 0 to 1 (0.10 is 10%).");
            if (CostOfLiving is < 0 or > 1)
                return ValidationResult.Error($"--cost-of-living: {CostOfLiving.ToString(CultureInfo.InvariantCulture)} is outside 0 to 1.");
            if (Years is < 0 or > 50)
                return ValidationResult.Error($"--years: {Years.ToString(CultureInfo.InvariantCulture)} is outside 0 to 50.");
            if (Pay is <= 0)
                return ValidationResult.Error($"--pay: {Pay.Value.ToString(CultureInfo.InvariantCulture)} is not more than zero.");
            return base.Validate();
        }
    }

    /// <inheritdoc />
    protected override void Run(Workspace workspace, Settings settings)
    {
        var profile = workspace.ReadProfile(settings.ProfileFile!);
        var roleIds = PathLookup.Parse("--path", settings.Path!);
        var recommender = Recommender.Create(workspace.Catalog, workspace.Clock, workspace.Zone, Workspace.Rates);
        var path = PathLookup.Find(workspace, recommender, profile, "--path", roleIds);
        var region = workspace.Region("the profile's regionId", profile.RegionId);
        var currency = Workspace.Currency("--currency", settings.Currency);

        var current = workspace.Catalog.GetRole(path.FromRoleId);
        List<CareerStep> steps = [Step(workspace, current, region, currency, workspace.Today)];
        steps.AddRange(path.Steps.Select(s => Step(workspace, s.Target, region, currency, s.Starts)));
        var bandCurrency = steps[0].Band.Currency;
        var startingPay = settings.Pay is { } amount ? new Money(amount, bandCurrency) : steps[0].Band.Midpoint;
        var projector = new PayProjector(
            MeritMatrix.Create([Rating], RangePositionBasis.CompaRatio, [], [[settings.Merit]]),
            PromotionPolicy.PercentageOrBandMinimum(settings.Promotion),
            RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep),
            settings.CostOfLiving);
        var end = path.Arrives.PlusYears(settings.Years);
        var timeline = projector.Project(startingPay, workspace.Today, end, steps, Rating);
        var title = $"{string.Join(" → ", steps.Select(s => s.Label))} in {region.Name}";
        if (settings.Chart is { } chart)
            PayChart.Save(timeline, steps, $"Projected pay in {region.Name}, {timeline.Start.Year}–{timeline.End.Year}", chart);

        if (settings.Json)
        {
            JsonOutput.Write(Terminal.Raw, json =>
            {
                json.WriteStartObject();
                json.WriteStartArray("roleIds");
                foreach (var id in path.RoleIds)
                    json.WriteStringValue(id);
                json.WriteEndArray();
                json.WriteString("regionId", region.Id);
                json.WriteDate("start", timeline.Start);
                json.WriteDate("end", timeline.End);
                json.WriteMoney("startingPay", timeline.StartingPay);
                json.WriteMoney("finalPay", timeline.FinalPay);
                json.WriteString("rules", projector.ToString());
                json.WriteStartArray("steps");
                foreach (var step in steps)
                {
                    json.WriteStartObject();
                    json.WriteString("title", step.Label);
                    json.WriteDate("begins", step.Begins);
                    json.WriteBand("band", step.Band);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("entries");
                foreach (var entry in timeline.Entries)
                {
                    json.WriteStartObject();
                    json.WriteDate("date", entry.Date);
                    json.WriteEnum("kind", entry.Kind);
                    json.WriteString("role", entry.StepLabel);
                    json.WriteMoney("pay", entry.Pay);
                    json.WriteString("detail", entry.Detail);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteString("chart", settings.Chart);
                json.WriteEndObject();
            });
            return;
        }

        var console = Terminal.Out;
        Terminal.Heading($"Pay along {title}, {Format.Date(timeline.Start)} to {Format.Date(timeline.End)} ({workspace.Source})");
        Terminal.Line($"Rules: {projector}");
        var table = Tables.Create("Date", "Change", "Role", "Pay>", "Detail");
        foreach (var entry in timeline.Entries)
            table.Row(Format.Date(entry.Date), entry.Kind.ToString(), entry.StepLabel, Format.Money(entry.Pay), entry.Detail);
        console.Write(table);
        Terminal.Line($"Pay on {Format.Date(timeline.End)}: {Format.Money(timeline.FinalPay)} ({Format.Gain(timeline.FinalPay - timeline.StartingPay)} on {Format.Money(timeline.StartingPay)})");
        if (settings.Chart is { } saved)
            Terminal.Line($"Chart: {saved}");
    }

    private static CareerStep Step(Workspace workspace, Role role, Region region, Currency? currency, LocalDate begins)
    {
        var pay = workspace.BandIn(role, region, currency);
        return new(role.Title, pay.Band ?? throw CliException.NoAnswer($"--path: {role.Title} ('{role.Id}') has no pay in {region.Name} ({pay.Explanation}), so its pay cannot be projected."), begins);
    }
}
