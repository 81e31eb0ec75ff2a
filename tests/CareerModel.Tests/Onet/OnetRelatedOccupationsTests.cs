using CareerModel.Evaluation;
using CareerModel.Onet;

namespace CareerModel.Tests.Onet;

/// <summary>O*NET's Related Occupations as relevance judgements: tiers as grades, the index as the cut-off, and errors that name file, line and column.</summary>
public sealed class OnetRelatedOccupationsTests : IDisposable
{
    private const string Header = "O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tRelatedness Tier\tIndex";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "onet-related-" + Guid.NewGuid().ToString("N"));

    public OnetRelatedOccupationsTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    /// <summary>The development half of O*NET 29.0's Related Occupations, as the repository's data folder holds it.</summary>
    public static string DevelopmentHalf => Path.Combine(OnetDataFolders.Data, "onet-related-dev", "Related Occupations (development half).tsv");

    private string Write(params string[] rows)
    {
        var path = Path.Combine(folder, "Related Occupations.txt");
        File.WriteAllText(path, string.Join('\n', [Header, .. rows]) + "\n");
        return path;
    }

    private static string Row(string from, string to, string tier, int index) => $"{from}\tA\t{to}\tB\t{tier}\t{index}";

    [Fact]
    public void Primary_short_relations_are_grade_two_and_primary_long_grade_one()
    {
        var path = Write(Row("43-4051.00", "43-4171.00", "Primary-Short", 1), Row("43-4051.00", "43-1011.00", "Primary-Long", 6));

        Assert.Equal([new RelevanceJudgement("43-4051.00", "43-4171.00", 2), new RelevanceJudgement("43-4051.00", "43-1011.00", 1)], OnetRelatedOccupations.Load(path));
    }

    [Fact]
    public void Only_the_primary_list_counts_by_default_and_the_cut_off_is_the_index()
    {
        var path = Write(
            Row("43-4051.00", "43-4171.00", "Primary-Short", 5),
            Row("43-4051.00", "43-1011.00", "Primary-Long", 10),
            Row("43-4051.00", "43-9041.00", "Supplemental", 11));

        Assert.Equal(["43-4171.00", "43-1011.00"], OnetRelatedOccupations.Load(path).Select(j => j.RelatedId));
        Assert.Equal(["43-4171.00"], OnetRelatedOccupations.Load(path, 5).Select(j => j.RelatedId));
        Assert.Equal(3, OnetRelatedOccupations.Load(path, 20).Count);
        Assert.Equal(1, OnetRelatedOccupations.Load(path, 20)[2].Grade);
        Assert.Empty(OnetRelatedOccupations.Load(path, 1));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_path_is_refused(string path)
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => OnetRelatedOccupations.Load(path)).ParamName);
    }

    [Fact]
    public void The_development_half_has_ten_primary_relations_for_each_of_its_476_sources()
    {
        var judgements = OnetRelatedOccupations.Load(DevelopmentHalf);

        Assert.Equal(4_760, judgements.Count);
        Assert.Equal(476, judgements.Select(j => j.SourceId).Distinct().Count());
        Assert.Equal(2_380, judgements.Count(j => j.Grade == OnetRelatedOccupations.PrimaryShortGrade));
        Assert.Equal(2_380, OnetRelatedOccupations.Load(DevelopmentHalf, 5).Count);
        Assert.Contains(new RelevanceJudgement("11-1011.03", "13-1199.05", 2), judgements);   // Chief Sustainability Officers → Sustainability Specialists
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var path = Path.Combine(folder, "Related Occupations.txt");

        var ex = Assert.Throws<FileNotFoundException>(() => OnetRelatedOccupations.Load(path));

        Assert.Equal($"The Related Occupations file 'Related Occupations.txt' is missing from the folder '{folder}'.", ex.Message);
    }

    [Fact]
    public void A_header_without_a_column_the_reader_needs_names_the_column()
    {
        var path = Path.Combine(folder, "Related Occupations.txt");
        File.WriteAllText(path, "O*NET-SOC Code\tTitle\tRelated O*NET-SOC Code\tRelated Title\tIndex\n");

        var ex = Assert.Throws<OnetFormatException>(() => OnetRelatedOccupations.Load(path));

        Assert.StartsWith("Related Occupations.txt line 1: The header has no column 'Relatedness Tier'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("43-4051\tA\t43-4171.00\tB\tPrimary-Short\t1", "line 2, column 1 ('O*NET-SOC Code'): '43-4051' is not an O*NET-SOC code such as 43-4051.00.")]
    [InlineData("43-4051.00\tA\t43-4051.00\tB\tPrimary-Short\t1", "line 2, column 3 ('Related O*NET-SOC Code'): Occupation '43-4051.00' is listed as related to itself.")]
    [InlineData("43-4051.00\tA\t43-4171.00\tB\tPrimary\t1", "line 2, column 5 ('Relatedness Tier'): Tier 'Primary' is not one of: Primary-Short, Primary-Long, Supplemental.")]
    [InlineData("43-4051.00\tA\t43-4171.00\tB\tPrimary-Short\tfirst", "line 2, column 6 ('Index'): 'first' is not a whole number.")]
    [InlineData("43-4051.00\tA\t43-4171.00\tB\tPrimary-Short\t0", "line 2, column 6 ('Index'): Index 0 must be at least 1.")]
    [InlineData("43-4051.00\tA\t43-4171.00\tB\tPrimary-Short", "line 2, column 6 ('Index'): The row has 5 tab-separated fields but the header has 6.")]
    public void A_malformed_row_is_refused_with_its_line_and_column(string row, string message)
    {
        var path = Write(row);

        var ex = Assert.Throws<OnetFormatException>(() => OnetRelatedOccupations.Load(path));

        Assert.Equal("Related Occupations.txt " + message, ex.Message);
    }

    [Fact]
    public void A_pair_listed_twice_is_refused_at_the_repeat()
    {
        var path = Write(Row("43-4051.00", "43-4171.00", "Primary-Short", 1), Row("43-4051.00", "43-4171.00", "Primary-Long", 7));

        var ex = Assert.Throws<OnetFormatException>(() => OnetRelatedOccupations.Load(path));

        Assert.Equal("Related Occupations.txt line 3, column 3 ('Related O*NET-SOC Code'): The pair 43-4051.00 → 43-4171.00 is listed more than once.", ex.Message);
    }

    [Fact]
    public void A_cut_off_below_one_is_refused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("maxIndex", () => OnetRelatedOccupations.Load(Write(), 0));

        Assert.StartsWith("maxIndex 0 must be at least 1 (the first related occupation).", ex.Message, StringComparison.Ordinal);
    }
}
