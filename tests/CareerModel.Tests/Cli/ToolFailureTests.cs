using static CareerModel.Tests.Cli.CareerModelTool;

namespace CareerModel.Tests.Cli;

/// <summary>
/// Every kind of bad input: one line on stderr that names what is wrong (and, for a file, where),
/// the exit code of its kind (docs/cli.md), nothing on stdout, never a stack trace.
/// </summary>
public class ToolFailureTests
{
    private static readonly string Missing = Path.Combine(Path.GetTempPath(), "careermodel-no-such-file.json");

    public static TheoryData<int, string, string[]> Failures() => new()
    {
        // 2: bad arguments
        { 2, "Unknown option 'bogus'", ["ladder", "--bogus"] },
        { 2, "Unknown command 'ladders'", ["ladders"] },
        { 2, "--top: 0 is outside 1 to 1000", ["recommend", "--profile", Profile, "--top", "0"] },
        { 2, "--date: '2026-13-01' is not a date", ["ladder", "--date", "2026-13-01"] },
        { 2, "--role ROLE is required", ["bands"] },
        { 2, "--catalog and --onet both name a catalog", ["ladder", "--catalog", "a.json", "--onet", "dir"] },
        { 2, "--why: '1' is not two different ranks", ["recommend", "--profile", Profile, "--why", "1"] },
        { 2, "--chart: 'pay.gif' must end in .svg or .png", ["project", "--profile", Profile, "--path", "cs-junior-specialist,cs-specialist", "--chart", "pay.gif"] },
        { 2, "a path starts at the profile's current role 'cs-junior-specialist', not 'cs-specialist'", ["project", "--profile", Profile, "--path", "cs-specialist,cs-senior-specialist"] },
        { 2, "--format: 'png' is not json, mermaid or dot", ["export", "--format", "png"] },
        // 3: unknown ids
        { 3, "--role: the catalog (built-in customer-service catalog) has no role 'cs-wizard'", ["bands", "--role", "cs-wizard"] },
        { 3, "--region: the catalog (built-in customer-service catalog) has no region 'XX'", ["ladder", "--region", "XX"] },
        { 3, "--currency: 'ABC' is not a currency this tool knows", ["ladder", "--currency", "ABC"] },
        { 3, "--family: the catalog (built-in customer-service catalog) has no family 'pirates'", ["ladder", "--family", "pirates"] },
        { 3, "--target: the catalog (built-in customer-service catalog) has no role 'cs-wizard'", ["recommend", "--profile", Profile, "--target", "cs-wizard"] },
        // 4: unreadable files
        { 4, $"{Missing}: no such profile file", ["gap", "--profile", Missing, "--role", "cs-specialist"] },
        { 4, $"{Missing}: no such catalog file", ["ladder", "--catalog", Missing] },
        { 4, "no-such-release: no such O*NET release folder", ["ladder", "--onet", "no-such-release"] },
        { 4, "docs: is a folder, not a catalog file", ["validate", "docs"] },
        // 6: questions the data cannot answer
        { 6, "--path: the catalog (built-in customer-service catalog) has no move from 'cs-junior-specialist' to 'cs-team-lead'", ["project", "--profile", Profile, "--path", "cs-junior-specialist,cs-team-lead"] },
        { 6, "--why: there is no path ranked 9; 3 were ranked (raise --top)", ["recommend", "--profile", Profile, "--top", "3", "--why", "1,9"] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void A_bad_input_gets_one_line_naming_it_and_the_exit_code_of_its_kind(int exitCode, string message, string[] args)
    {
        var run = Run(args.Contains("--date") ? args : [.. args, "--date", Day]);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("careermodel: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_catalog_gets_every_problem_at_its_line_and_column()
    {
        var file = WriteTemp("catalog.json", "{\n  \"schemaVersion\": 1,\n  \"roles\": [{ \"id\": 3 }],\n  \"colour\": 1\n}\n");

        var run = Run("ladder", "--catalog", file);

        Assert.Equal(5, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"careermodel: {file}: the catalog has 6 problems:", run.ErrorLines[0]);
        Assert.Equal(7, run.ErrorLines.Count);
        Assert.Contains($"  {file}:3:21: Property 'id' must be a string, not a number.", run.ErrorLines);
        Assert.Contains(run.ErrorLines, line => line.StartsWith($"  {file}:4:3: Unknown property 'colour'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_profile_naming_a_skill_the_catalog_lacks_is_invalid_at_its_line()
    {
        var file = WriteTemp("profile.json", "{\n  \"schemaVersion\": 1,\n  \"currentRoleId\": \"cs-specialist\",\n  \"skills\": [{ \"skillId\": \"juggling\", \"level\": 2 }]\n}\n");

        var run = Run("gap", "--profile", file, "--role", "cs-team-lead");

        Assert.Equal(5, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith($"careermodel: {file}:4:", line, StringComparison.Ordinal);
        Assert.Contains("juggling", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_o_net_release_is_invalid_at_its_file_line_and_column()
    {
        var release = Directory.CreateTempSubdirectory("careermodel-onet-");
        foreach (var file in Directory.GetFiles(Onet.OnetDataFolders.Onet))
            File.Copy(file, Path.Combine(release.FullName, Path.GetFileName(file)));
        var jobZones = Path.Combine(release.FullName, "Job Zones.tsv");
        var lines = File.ReadAllLines(jobZones);
        lines[1] = lines[1].Split('\t') is [var code, var title, _, .. var rest] ? string.Join('\t', [code, title, "9", .. rest]) : lines[1];
        File.WriteAllLines(jobZones, lines);

        try
        {
            var run = Run("ladder", "--onet", release.FullName);

            Assert.Equal(5, run.ExitCode);
            var line = Assert.Single(run.ErrorLines);
            Assert.StartsWith($"careermodel: {jobZones}:2:", line, StringComparison.Ordinal);
        }
        finally
        {
            release.Delete(recursive: true);
        }
    }

    private static string WriteTemp(string name, string text)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("careermodel-failure-").FullName, name);
        File.WriteAllText(file, text);
        return file;
    }
}
