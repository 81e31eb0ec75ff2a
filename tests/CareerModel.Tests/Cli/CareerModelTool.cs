using System.Diagnostics;
using CareerModel.Tests.Serialization;

namespace CareerModel.Tests.Cli;

/// <summary>
/// Runs the built <c>careermodel</c> tool as a real process, stdout and stderr piped, as a script
/// would: the tool's own build output (the configuration the tests were built in) on the SDK's host.
/// </summary>
public static class CareerModelTool
{
    /// <summary>The day every run works as of, so outputs never change with the calendar.</summary>
    public const string Day = "2026-12-03";

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Gets the example profile of docs/examples.</summary>
    public static string Profile => RepoFiles.ExampleProfile;

    /// <summary>Gets the tool's entry assembly.</summary>
    public static string Assembly { get; } = FindAssembly();

    /// <summary>Runs the tool with the arguments and waits for it.</summary>
    public static ToolRun Run(params string[] args) => Run(args, environment: null);

    /// <summary>Runs the tool with the arguments and extra environment variables, and waits for it.</summary>
    public static ToolRun Run(string[] args, IReadOnlyDictionary<string, string?>? environment)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoFiles.PathOf(""),
        };
        start.ArgumentList.Add(Assembly);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
            start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"careermodel {string.Join(' ', args)} did not finish in {Timeout}.");
        }
        return new ToolRun(process.ExitCode, stdout.Result, stderr.Result);
    }

    private static string FindAssembly()
    {
        // bin/<configuration>/net10.0/ of the tests → the same configuration of the tool.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent!.Name;
        var path = RepoFiles.PathOf(Path.Combine("src", "CareerModel.Cli", "bin", configuration, framework.Name, "CareerModel.Cli.dll"));
        return File.Exists(path) ? path : throw new FileNotFoundException($"The careermodel tool is not built at {path}.", path);
    }
}

/// <summary>What a run of the tool gave: its exit code and what it wrote.</summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Gets the lines written to stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";
}
