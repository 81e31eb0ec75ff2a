using static CareerModel.Tests.Cli.CareerModelTool;

namespace CareerModel.Tests.Cli;

/// <summary>Each command's table output on the built-in catalog, as a pipe receives it: the golden text of Cli/Golden.</summary>
public class ToolOutputTests
{
    public static TheoryData<string, string[]> Commands() => new()
    {
        { "ladder", ["ladder", "--date", Day] },
        { "ladder-germany-in-usd", ["ladder", "--region", "DE", "--currency", "USD", "--date", Day] },
        { "bands", ["bands", "--role", "cs-specialist", "--date", Day] },
        { "bands-germany", ["bands", "--role", "cs-specialist", "--region", "DE", "--date", Day] },
        { "gap", ["gap", "--profile", Profile, "--role", "cs-specialist", "--date", Day] },
        { "ready", ["ready", "--profile", Profile, "--role", "cs-specialist", "--date", Day] },
        { "recommend", ["recommend", "--profile", Profile, "--top", "3", "--why", "1,2", "--date", Day] },
        { "recommend-to-team-lead", ["recommend", "--profile", Profile, "--target", "cs-team-lead", "--top", "2", "--steps", "4", "--date", Day] },
        { "project", ["project", "--profile", Profile, "--path", "cs-junior-specialist,cs-specialist,cs-senior-specialist", "--date", Day] },
        { "export-dot", ["export", "--format", "dot", "--family", "customer-service", "--date", Day] },
        { "validate", ["validate", "docs/examples/customer-service.catalog.json"] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_command_prints_what_it_printed_when_its_output_was_last_checked(string name, string[] args)
    {
        var run = Run(args);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal("", run.Stderr);
        GoldenFiles.AssertMatches(name, run.Stdout);
    }

    [Fact]
    public void Output_to_a_pipe_has_no_escape_codes_even_on_a_colour_terminal_type()
    {
        var run = Run(["recommend", "--profile", Profile, "--date", Day], new Dictionary<string, string?> { ["TERM"] = "xterm-256color", ["COLORTERM"] = "truecolor" });

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stdout);
        Assert.Contains("Customer Service Specialist", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_lists_every_command()
    {
        var run = Run("--help");

        Assert.Equal(0, run.ExitCode);
        foreach (var command in new[] { "ladder", "bands", "gap", "ready", "recommend", "project", "export", "validate" })
            Assert.Contains(command, run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ladder", "--currency")]
    [InlineData("bands", "--role")]
    [InlineData("recommend", "--why")]
    [InlineData("project", "--chart")]
    [InlineData("export", "--format")]
    public void Each_command_has_help_naming_its_options(string command, string option)
    {
        var run = Run(command, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(option, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("--json", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_diagram_is_what_the_tool_prints_for_the_command_above_it()
    {
        var readme = File.ReadAllText(Serialization.RepoFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        const string Command = "careermodel export --format mermaid";
        var commandLine = readme.Split('\n').Single(line => line.StartsWith(Command, StringComparison.Ordinal));
        var block = readme[(readme.IndexOf(commandLine, StringComparison.Ordinal) + commandLine.Length)..];
        var start = block.IndexOf("```mermaid\n", StringComparison.Ordinal) + "```mermaid\n".Length;
        var diagram = block[start..block.IndexOf("```", start, StringComparison.Ordinal)];

        var run = Run(commandLine["careermodel ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(diagram, run.Stdout);
    }
}
