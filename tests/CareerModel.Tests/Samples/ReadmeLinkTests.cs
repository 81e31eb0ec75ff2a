using System.Text.RegularExpressions;
using CareerModel.Tests.Serialization;

namespace CareerModel.Tests.Samples;

/// <summary>
/// The README is also the packages' page on nuget.org, where a relative link leads nowhere: every
/// link is absolute or an anchor, and each link into the repository names a file that exists.
/// </summary>
public partial class ReadmeLinkTests
{
    private const string RepositoryFiles = "https://github.com/careermodel/careermodel/blob/main/";

    // Images are shown from the raw file.
    private const string RawFiles = "https://raw.githubusercontent.com/careermodel/careermodel/main/";

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();

    private static string[] Links() =>
        [.. Link().Matches(File.ReadAllText(RepoFiles.PathOf("README.md"))).Select(m => m.Groups[1].Value)];

    [Fact]
    public void Every_link_in_the_readme_is_absolute_or_an_anchor()
    {
        Assert.All(Links(), link => Assert.Matches(@"^(https?://|#)", link));
    }

    [Fact]
    public void Every_link_into_the_repository_names_a_file_that_exists()
    {
        var files = Links()
            .Select(l => l.StartsWith(RepositoryFiles, StringComparison.Ordinal) ? l[RepositoryFiles.Length..] : l.StartsWith(RawFiles, StringComparison.Ordinal) ? l[RawFiles.Length..] : null)
            .OfType<string>()
            .Select(l => l.Split('#')[0])
            .ToArray();

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.True(File.Exists(RepoFiles.PathOf(file)) || Directory.Exists(RepoFiles.PathOf(file)), $"README links to {file}, which is not in the repository."));
    }
}
