using CareerModel.Tests.Serialization;

namespace CareerModel.Tests.Cli;

/// <summary>The README's "Tools and samples" commands run as written (a chart goes to a temporary folder instead of the clone).</summary>
public class ReadmeToolCommandsTests
{
    private const string Prefix = "dotnet run --project src/CareerModel.Cli -- ";

    public static TheoryData<string> Commands()
    {
        var lines = File.ReadAllLines(RepoFiles.PathOf("README.md"))
            .Where(line => line.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(line => line[Prefix.Length..])
            .ToList();
        Assert.True(lines.Count >= 6, $"The README shows {lines.Count} tool commands.");
        return [.. lines];
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_readme_command_of_the_tool_succeeds(string command)
    {
        var folder = Directory.CreateTempSubdirectory("careermodel-readme-");
        try
        {
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(arg => arg.EndsWith(".svg", StringComparison.Ordinal) || arg.EndsWith(".png", StringComparison.Ordinal) ? Path.Combine(folder.FullName, arg) : arg)
                .ToArray();

            var run = CareerModelTool.Run(args);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.NotEmpty(run.Stdout);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
