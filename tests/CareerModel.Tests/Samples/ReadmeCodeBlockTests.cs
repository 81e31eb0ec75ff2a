using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Samples;

/// <summary>
/// Every ```csharp block of README.md is a whole program that compiles as shown and prints what the
/// README says, on the day its outputs assume (see <see cref="ReadmeCodeBlock"/> for the conventions
/// and the two substitutions made to run a block).
/// </summary>
public class ReadmeCodeBlockTests
{
    private static readonly Lazy<IReadOnlyList<ReadmeCodeBlock>> readme = new(() =>
        ReadmeCodeBlock.Parse(File.ReadAllText(Path.Combine(OnetDataFolders.Repository, "README.md"))));

    /// <summary>The line of each block's opening fence in README.md.</summary>
    public static TheoryData<int> BlockLines => [.. readme.Value.Select(block => block.OpeningLine)];

    private static ReadmeCodeBlock BlockAt(int line) => readme.Value.Single(block => block.OpeningLine == line);

    [Theory]
    [MemberData(nameof(BlockLines))]
    public void The_readme_code_block_at_this_line_compiles_on_its_own(int line)
    {
        var diagnostics = BlockAt(line).CompileAsShown();

        if (diagnostics.Count > 0)
            Assert.Fail(string.Join('\n', diagnostics));
    }

    [Theory]
    [MemberData(nameof(BlockLines))]
    public void The_readme_code_block_at_this_line_prints_what_the_readme_says(int line)
    {
        var problems = BlockAt(line).RunAndCompare(OnetDataFolders.Repository);

        if (problems.Count > 0)
            Assert.Fail(string.Join('\n', problems));
    }

    [Fact]
    public void The_readme_has_its_fourteen_code_blocks()
    {
        Assert.Equal(14, readme.Value.Count);
    }

    [Fact]
    public void A_block_missing_a_using_is_reported_at_its_readme_line()
    {
        var block = Single("""
            # Title

            ```csharp
            var catalog = BuiltInCatalogs.CustomerService;
            ```
            """);

        var diagnostic = Assert.Single(block.CompileAsShown());

        Assert.StartsWith("README.md(4,15): error CS0103: The name 'BuiltInCatalogs' does not exist", diagnostic, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_expected_comment_is_reported_with_what_was_printed()
    {
        var block = Single("""
            ```csharp
            using CareerModel.Catalogs;

            Console.WriteLine(BuiltInCatalogs.CustomerService.GetRole("cs-team-lead").Title);   // Team Lead
            ```
            """);

        var problem = Assert.Single(block.RunAndCompare(OnetDataFolders.Repository));

        Assert.Equal("README.md(4): Console.WriteLine printed\nCustomer Service Team Lead\nbut the README says\nTeam Lead", problem);
    }

    [Fact]
    public void An_expectation_ending_with_an_ellipsis_promises_only_the_start_and_loops_print_one_comment_line_a_line()
    {
        var block = Single("""
            ```csharp
            foreach (var word in new[] { "one", "two", "three" })
                Console.WriteLine(word);
            // one
            // two …
            ```
            """);

        Assert.Empty(block.RunAndCompare(OnetDataFolders.Repository));
    }

    [Fact]
    public void A_block_followed_by_this_prints_is_compared_with_the_text_block_under_the_fixed_clock()
    {
        var block = Single("""
            ```csharp
            using NodaTime;

            Console.WriteLine(SystemClock.Instance.GetCurrentInstant());   // the time now
            ```

            On 2026-11-25 this prints:

            ```text
            2026-11-25T12:00:00Z
            ```
            """);

        Assert.Equal("2026-11-25T12:00:00Z", block.PrintedText);
        Assert.Empty(block.RunAndCompare(OnetDataFolders.Repository));
    }

    private static ReadmeCodeBlock Single(string markdown) => Assert.Single(ReadmeCodeBlock.Parse(markdown));
}
