using CareerModel.Cli.Output;
using Spectre.Console;

namespace CareerModel.Tests.Cli;

/// <summary>How the tool's terminal treats a pipe, NO_COLOR and a real terminal.</summary>
public class TerminalTests
{
    [Fact]
    public void A_pipe_gets_no_escape_codes_and_tables_that_never_wrap()
    {
        var terminal = new Terminal(new StringWriter(), new StringWriter(), outputRedirected: true, errorRedirected: true, noColor: false);

        Assert.False(terminal.Out.Profile.Capabilities.Ansi);
        Assert.Equal(ColorSystem.NoColors, terminal.Out.Profile.Capabilities.ColorSystem);
        Assert.Equal(240, terminal.Out.Profile.Width);
        Assert.Null(terminal.Progress);
    }

    [Fact]
    public void No_color_turns_colours_off_on_a_terminal()
    {
        var terminal = new Terminal(new StringWriter(), new StringWriter(), outputRedirected: false, errorRedirected: false, noColor: true);

        Assert.Equal(ColorSystem.NoColors, terminal.Out.Profile.Capabilities.ColorSystem);
        Assert.Equal(ColorSystem.NoColors, terminal.Progress!.Profile.Capabilities.ColorSystem);
    }

    [Fact]
    public void A_line_is_written_whole_however_long()
    {
        var output = new StringWriter();
        var terminal = new Terminal(output, new StringWriter(), outputRedirected: true, errorRedirected: true, noColor: false);
        var line = string.Join(' ', Enumerable.Repeat("gap", 200));

        terminal.Heading("Heading");
        terminal.Line(line);

        Assert.Equal($"Heading\n{line}\n", output.ToString().ReplaceLineEndings("\n"));
    }
}
