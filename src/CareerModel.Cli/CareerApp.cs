using System.Reflection;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Cli.Commands;
using CareerModel.Cli.Output;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.People;
using NodaTime;
using Spectre.Console.Cli;

namespace CareerModel.Cli;

/// <summary>
/// The <c>careermodel</c> tool: its commands on Spectre.Console.Cli, and the one place where a
/// failure becomes one line on stderr and the exit code of its kind — never a stack trace.
/// </summary>
internal static class CareerApp
{
    /// <summary>Runs the tool with its arguments; returns the exit code.</summary>
    public static int Run(string[] args, Terminal terminal, IClock clock)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("careermodel");
            config.SetApplicationVersion(Version);
            config.Settings.Console = terminal.Out;
            config.Settings.Registrar.RegisterInstance(terminal);
            config.Settings.Registrar.RegisterInstance(clock);
            config.PropagateExceptions();
            // An unknown option is a mistake to report, not an argument to ignore.
            config.Settings.StrictParsing = true;

            config.AddCommand<LadderCommand>("ladder")
                .WithDescription("A job family's ladder with each level's pay in a region.")
                .WithExample("ladder", "--region", "DE", "--currency", "EUR");
            config.AddCommand<BandsCommand>("bands")
                .WithDescription("A role's pay band in every region, or one, converted to a currency if asked.")
                .WithExample("bands", "--role", "cs-specialist", "--currency", "USD");
            config.AddCommand<GapCommand>("gap")
                .WithDescription("A person's skill, experience and education gaps to a role.")
                .WithExample("gap", "--profile", "me.json", "--role", "cs-specialist");
            config.AddCommand<ReadyCommand>("ready")
                .WithDescription("When a person will be ready for a role, and the development plan that gets them there.")
                .WithExample("ready", "--profile", "me.json", "--role", "cs-specialist");
            config.AddCommand<RecommendCommand>("recommend")
                .WithDescription("The ranked career paths for a person, with the parts of each score and the top gaps.")
                .WithExample("recommend", "--profile", "me.json", "--top", "3", "--why", "1,2");
            config.AddCommand<ProjectCommand>("project")
                .WithDescription("A person's pay along a path, with promotions and merit, as a table and a chart.")
                .WithExample("project", "--profile", "me.json", "--path", "cs-junior-specialist,cs-specialist,cs-senior-specialist", "--chart", "pay.svg");
            config.AddCommand<ExportCommand>("export")
                .WithDescription("The catalog as JSON, or its career graph as Mermaid or Graphviz DOT.")
                .WithExample("export", "--format", "mermaid");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check a catalog or profile JSON file: every problem with its line and column.")
                .WithExample("validate", "my-catalog.json");
        });

        try
        {
            return app.Run(args);
        }
        catch (Exception e)
        {
            var (code, message, details) = Explain(e);
            terminal.Error.WriteLine($"careermodel: {message}");
            foreach (var detail in details)
                terminal.Error.WriteLine($"  {detail}");
            return (int)code;
        }
    }

    /// <summary>Tells a failure's kind and its one line from the exception.</summary>
    private static (ExitCode Code, string Message, IReadOnlyList<string> Details) Explain(Exception e) => e switch
    {
        CliException cli => (cli.Code, cli.Message, cli.Details),
        CommandParseException or CommandRuntimeException => (ExitCode.Usage, $"{FirstLine(e.Message)} (see careermodel --help)", []),
        UnknownRoleException or UnknownSkillException => (ExitCode.UnknownId, FirstLine(e.Message), []),
        SkillLevelOutOfScaleException or FutureEmploymentException or CatalogValidationException => (ExitCode.Invalid, FirstLine(e.Message), []),
        ExchangeRateNotFoundException or CurrencyMismatchException or TopCodedValueException or KeyNotFoundException => (ExitCode.NoAnswer, FirstLine(e.Message), []),
        _ => (ExitCode.Internal, $"internal error ({e.GetType().Name}): {FirstLine(e.Message)}; please report it with the command that caused it", []),
    };

    private static string FirstLine(string message) => message.Split('\n', 2)[0].TrimEnd('\r');

    private static string Version =>
        typeof(CareerApp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
