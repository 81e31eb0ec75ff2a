using CareerModel.Onet;
using CareerModel.Search;

namespace CareerModel.Tests.Onet;

/// <summary>
/// The optional Alternate Titles and Sample of Reported Titles files (the repository's O*NET 29.0
/// extract has neither): the roles' alternative titles, each once, the notes, and every malformed
/// row refused with its file, line and column.
/// </summary>
public sealed class OnetTitleFilesTests : IDisposable
{
    private const string AlternateHeader = "O*NET-SOC Code\tTitle\tAlternate Title\tShort Title\tSource(s)";
    private const string ReportedHeader = "O*NET-SOC Code\tTitle\tReported Job Title\tShown in My Next Move";
    private const string Representatives = "43-4051.00\tCustomer Service Representatives";

    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    private void WriteBoth()
    {
        release.Write("Alternate Titles.txt",
            AlternateHeader,
            $"{Representatives}\tCall Center Representative\tn/a\t01,09",
            $"{Representatives}\tCustomer Service Rep\tCSR\t02",
            $"{Representatives}\tcustomer service representatives\tn/a\t04",
            $"{Representatives}\tCALL CENTER REPRESENTATIVE\tn/a\t04",
            "43-4171.00\tReceptionists and Information Clerks\tFront Desk Receptionist\t\t10",
            "99-9999.00\tNobody\tGhost Writer\tn/a\t08");
        release.Write("Sample of Reported Titles.txt",
            ReportedHeader,
            $"{Representatives}\tCustomer Care Representative\tY",
            $"{Representatives}\tcall center representative\tN",
            "43-4171.00\tReceptionists and Information Clerks\tReceptionist\tY");
    }

    [Fact]
    public void Without_the_title_files_roles_have_no_alternative_titles_and_both_absences_are_noted()
    {
        var result = OnetCatalog.Load(release.Folder);

        Assert.All(result.Catalog.Roles, role => Assert.Empty(role.AlternativeTitles));
        Assert.Contains(new ImportNote(ImportNoteKind.FileAbsent, null, "'Alternate Titles' is not in the folder: roles have no alternative titles from it."), result.Notes);
        Assert.Contains(new ImportNote(ImportNoteKind.FileAbsent, null, "'Sample of Reported Titles' is not in the folder: roles have no alternative titles from it."), result.Notes);
    }

    [Fact]
    public void Alternate_titles_their_short_forms_and_reported_titles_become_alternative_titles_each_once()
    {
        WriteBoth();

        var result = OnetCatalog.Load(release.Folder);

        Assert.Equal(["Call Center Representative", "Customer Service Rep", "CSR", "Customer Care Representative"], result.Catalog.GetRole("43-4051.00").AlternativeTitles);
        Assert.Equal(["Front Desk Receptionist", "Receptionist"], result.Catalog.GetRole("43-4171.00").AlternativeTitles);
        Assert.Empty(result.Catalog.GetRole("43-1011.00").AlternativeTitles);
    }

    [Fact]
    public void Repeated_titles_and_rows_of_unknown_occupations_are_noted()
    {
        WriteBoth();

        var notes = OnetCatalog.Load(release.Folder).Notes;

        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, null,
            "Alternate Titles.txt: 2 titles repeat a title their occupation has already (ignoring case), the first 'customer service representatives' for 43-4051.00 on line 4; each title is kept once."), notes);
        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, null,
            "Sample of Reported Titles.txt: 1 titles repeat a title their occupation has already (ignoring case), the first 'call center representative' for 43-4051.00 on line 3; each title is kept once."), notes);
        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, "99-9999.00", "Alternate Titles.txt line 7: occupation '99-9999.00' is not in Occupation Data; its rows are ignored."), notes);
        Assert.DoesNotContain(notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.Contains("titles", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_file_without_repeats_adds_no_note_of_repeats()
    {
        release.Write("Alternate Titles.txt", AlternateHeader, $"{Representatives}\tCall Center Representative\tn/a\t01,09");

        var notes = OnetCatalog.Load(release.Folder).Notes;

        Assert.DoesNotContain(notes, n => n.Message.Contains("repeat a title", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_search_finds_an_occupation_by_a_reported_title()
    {
        WriteBoth();
        var search = RoleTitleSearch.Create(OnetCatalog.Load(release.Folder).Catalog);

        var first = search.Find("customer care representatives")[0];

        Assert.Equal("43-4051.00", first.Role.Id);
        Assert.Equal("Customer Care Representative", first.Title);
        Assert.Equal(TitleMatchKind.Exact, first.Kind);
    }

    [Fact]
    public void One_title_file_alone_is_read_and_the_other_noted_absent()
    {
        release.Write("Sample of Reported Titles.tsv", ReportedHeader, $"{Representatives}\tCustomer Care Representative\tY");

        var result = OnetCatalog.Load(release.Folder);

        Assert.Equal(["Customer Care Representative"], result.Catalog.GetRole("43-4051.00").AlternativeTitles);
        Assert.Contains(result.Notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.StartsWith("'Alternate Titles'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.StartsWith("'Sample of Reported Titles'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Alternate Titles.txt", AlternateHeader, "43-4051.00\tCustomer Service Representatives\t  \tn/a\t01", "Alternate Titles.txt line 2, column 3 ('Alternate Title'): The value is empty; it is required.")]
    [InlineData("Alternate Titles.txt", AlternateHeader, "43-4051\tCustomer Service Representatives\tCSR\tn/a\t01", "Alternate Titles.txt line 2, column 1 ('O*NET-SOC Code'): '43-4051' is not an O*NET-SOC code such as 43-4051.00.")]
    [InlineData("Alternate Titles.txt", AlternateHeader, "43-4051.00\tCustomer Service Representatives\tCSR", "Alternate Titles.txt line 2, column 4 ('Short Title'): The row has 3 tab-separated fields but the header has 5.")]
    [InlineData("Sample of Reported Titles.txt", ReportedHeader, "43-4051.00\tCustomer Service Representatives\tCSR\tMaybe", "Sample of Reported Titles.txt line 2, column 4 ('Shown in My Next Move'): 'Maybe' is not a flag; expected Y, N, empty or n/a.")]
    [InlineData("Sample of Reported Titles.txt", "O*NET-SOC Code\tTitle\tJob Title", "43-4051.00\tCustomer Service Representatives\tCSR", "Sample of Reported Titles.txt line 1: The header has no column 'Reported Job Title', which the importer needs; the header found is: O*NET-SOC Code | Title | Job Title.")]
    public void A_malformed_title_row_is_refused_with_its_file_line_and_column(string file, string header, string row, string message)
    {
        release.Write(file, header, row);

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal(message, ex.Message);
        Assert.Equal(file, ex.FileName);
    }
}
