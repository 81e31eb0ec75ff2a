using Spectre.Console;

namespace CareerModel.Cli.Output;

/// <summary>
/// Where the tool writes: tables to a Spectre console on stdout, JSON and diagrams as raw text on
/// stdout, failures and progress on stderr. A pipe or a file gets plain text (no escape codes,
/// no spinner); <c>NO_COLOR</c> (https://no-color.org) turns colours off on a terminal too.
/// </summary>
internal sealed class Terminal
{
    /// <summary>How wide a table may grow when stdout is not a terminal: wide enough never to wrap a cell.</summary>
    private const int RedirectedWidth = 240;

    public Terminal(TextWriter output, TextWriter error, bool outputRedirected, bool errorRedirected, bool noColor)
    {
        Raw = output;
        Error = error;
        plain = outputRedirected;
        Out = Create(output, outputRedirected, noColor);
        Progress = errorRedirected ? null : Create(error, redirected: false, noColor);
    }

    private readonly bool plain;

    /// <summary>Gets the console for tables and styled text on stdout.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>Gets stdout as plain text, for JSON, Mermaid and DOT.</summary>
    public TextWriter Raw { get; }

    /// <summary>Gets stderr, for the one line that says what went wrong.</summary>
    public TextWriter Error { get; }

    /// <summary>Gets a console on stderr for a progress display, or null when stderr is not a terminal.</summary>
    public IAnsiConsole? Progress { get; }

    /// <summary>Creates the terminal of this process.</summary>
    public static Terminal FromConsole() => new(
        Console.Out,
        Console.Error,
        Console.IsOutputRedirected,
        Console.IsErrorRedirected,
        noColor: !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")));

    /// <summary>Writes a heading: bold on a terminal, a plain line in a pipe.</summary>
    public void Heading(string text)
    {
        if (plain)
            Raw.WriteLine(text);
        else
            Out.Write(new Text(text + "\n", new Style(decoration: Decoration.Bold)));
    }

    /// <summary>Writes a line of text as it is: never wrapped, so a script can read it whole.</summary>
    public void Line(string text = "") => Raw.WriteLine(text);

    private static IAnsiConsole Create(TextWriter writer, bool redirected, bool noColor)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected || noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(writer),
        });
        if (redirected)
            console.Profile.Width = RedirectedWidth;
        return console;
    }
}
