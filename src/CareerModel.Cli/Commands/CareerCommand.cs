using CareerModel.Cli.Input;
using CareerModel.Cli.Output;
using NodaTime;
using Spectre.Console.Cli;

namespace CareerModel.Cli.Commands;

/// <summary>
/// A command of the tool: it opens the catalog its options name, then answers as a table or as
/// JSON. Failures are exceptions; <see cref="CareerApp"/> turns them into one line and an exit code.
/// </summary>
internal abstract class CareerCommand<TSettings>(Terminal terminal, IClock clock) : Command<TSettings>
    where TSettings : CatalogSettings
{
    /// <summary>Gets where the command writes.</summary>
    protected Terminal Terminal { get; } = terminal;

    /// <inheritdoc />
    public sealed override int Execute(CommandContext context, TSettings settings, CancellationToken cancellationToken)
    {
        var workspace = Workspace.Open(settings, Terminal, clock);
        Run(workspace, settings);
        return (int)ExitCode.Ok;
    }

    /// <summary>Answers on the opened catalog.</summary>
    protected abstract void Run(Workspace workspace, TSettings settings);
}
