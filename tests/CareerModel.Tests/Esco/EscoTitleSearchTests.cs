using CareerModel.Careers;
using CareerModel.Esco;
using CareerModel.Search;
using Xunit.Abstractions;

namespace CareerModel.Tests.Esco;

/// <summary>
/// ESCO's alternative labels as the roles' alternative titles, and title search over them: known
/// occupations found by what people call them, and the measured quality that docs/esco.md reports.
/// </summary>
[Collection(EscoReleaseGroup.Name)]
public class EscoTitleSearchTests(EscoReleaseFixture release, ITestOutputHelper output)
{
    private const string TechnicalDirector = "00030d09-2b3a-4efd-87cc-c4ea39d27c34";

    /// <summary>The seed of the sample of labels whose search quality docs/esco.md reports.</summary>
    private const int SampleSeed = 14;

    private const int SampleSize = 1_000;

    private EscoImportResult Result => release.Result;

    private readonly RoleTitleSearch search = RoleTitleSearch.Create(release.Result.Catalog);

    private RoleTitleSearch TitleSearch => search;

    [Fact]
    public void An_occupations_alternative_labels_are_its_roles_alternative_titles_each_once_and_never_its_title()
    {
        var role = Result.Catalog.GetRole(TechnicalDirector);
        var occupation = Result.Occupations[TechnicalDirector];

        Assert.Contains("head of technical department", role.AlternativeTitles);
        Assert.DoesNotContain("technical director", role.AlternativeTitles);
        Assert.Contains("technical director", occupation.AlternativeLabels);   // v1.1.1 repeats the preferred label among the alternatives
        Assert.Equal(occupation.AlternativeLabels.Where(l => !l.Equals(role.Title, StringComparison.OrdinalIgnoreCase)), role.AlternativeTitles);
    }

    [Fact]
    public void Labels_repeating_the_title_or_another_label_ignoring_case_are_dropped_and_no_other()
    {
        var labels = Result.Occupations.Values.Sum(o => o.AlternativeLabels.Count);
        var titles = Result.Catalog.Roles.Sum(r => r.AlternativeTitles.Count);
        var repeats = Result.Occupations.Values.Sum(o =>
            o.AlternativeLabels.Count - o.AlternativeLabels.Where(l => !l.Equals(o.PreferredLabel, StringComparison.OrdinalIgnoreCase)).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        Assert.Equal(labels - repeats, titles);
        Assert.Equal(2_716, Result.Occupations.Values.Count(o => o.AlternativeLabels.Contains(o.PreferredLabel, StringComparer.OrdinalIgnoreCase)));
        Assert.All(Result.Catalog.Roles, role => Assert.Equal(role.AlternativeTitles.Count, role.AlternativeTitles.Distinct(StringComparer.OrdinalIgnoreCase).Count()));
    }

    [Theory]
    [InlineData("call centre agents", "call centre agent", true)]
    [InlineData("Outbound Call Center Agent", "outbound call center agent", false)]
    [InlineData("director, technical", "technical director", true)]
    [InlineData("head of technical department", "head of technical department", false)]
    public void An_occupation_is_found_first_by_its_label_or_an_alternative_one(string query, string title, bool preferred)
    {
        var first = TitleSearch.Find(query)[0];

        Assert.Equal(title, first.Title);
        Assert.Equal(preferred, first.IsPreferredTitle);
        Assert.Equal(TitleMatchKind.Exact, first.Kind);
    }

    [Fact]
    public void Every_title_of_every_occupation_is_indexed()
    {
        Assert.Equal(Result.Catalog.Roles.Sum(r => 1 + r.AlternativeTitles.Count), TitleSearch.TitleCount);
    }

    /// <summary>
    /// The figures of docs/esco.md, "Finding an occupation by title": 1,000 alternative titles drawn
    /// with a fixed seed, each searched as it is written. A search counts as a hit when the role
    /// returned carries that title (as its own or an alternative one, ignoring case): 977 labels are
    /// shared by two or more occupations, and any of those is a right answer.
    /// </summary>
    [Fact]
    public void A_sample_of_alternative_titles_finds_the_right_occupation_first_at_least_90_percent_and_in_the_top_5_at_least_98_percent_of_the_time()
    {
        var all = Result.Catalog.Roles.SelectMany(role => role.AlternativeTitles.Select(title => (Role: role, Title: title))).ToArray();
        new Random(SampleSeed).Shuffle(all);
        var sample = all[..SampleSize];

        int first = 0, topFive = 0;
        var misses = new List<string>();
        foreach (var (role, title) in sample)
        {
            var matches = TitleSearch.Find(title, 5);
            var hit = matches.Select(m => Carries(m.Role, title)).ToList();
            if (hit.Count > 0 && hit[0])
                first++;
            else
                misses.Add($"'{title}' ({role.Title}): first {(matches.Count > 0 ? matches[0].ToString() : "nothing")}");
            if (hit.Contains(true))
                topFive++;
        }

        output.WriteLine($"first: {first} of {SampleSize} ({100.0 * first / SampleSize:0.0}%), top 5: {topFive} ({100.0 * topFive / SampleSize:0.0}%)");
        foreach (var miss in misses)
            output.WriteLine(miss);
        Assert.True(first >= 0.90 * SampleSize, $"first {first} of {SampleSize}");
        Assert.True(topFive >= 0.98 * SampleSize, $"top 5 {topFive} of {SampleSize}");
    }

    private static bool Carries(Role role, string title) =>
        role.Title.Equals(title, StringComparison.OrdinalIgnoreCase)
        || role.AlternativeTitles.Contains(title, StringComparer.OrdinalIgnoreCase);
}
