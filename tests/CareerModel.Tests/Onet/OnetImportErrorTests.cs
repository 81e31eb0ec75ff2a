using CareerModel.Onet;

namespace CareerModel.Tests.Onet;

/// <summary>Missing files, changed headers and malformed rows: each error names the file, the line and the column.</summary>
public sealed class OnetImportErrorTests : IDisposable
{
    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    [Fact]
    public void A_missing_folder_is_named()
    {
        var folder = Path.Combine(release.Folder, "nowhere");

        var ex = Assert.Throws<DirectoryNotFoundException>(() => OnetCatalog.Load(folder));

        Assert.Contains(folder, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Occupation Data")]
    [InlineData("Job Zones")]
    [InlineData("Skills")]
    [InlineData("Knowledge")]
    public void A_missing_required_file_is_named_with_its_folder(string name)
    {
        File.Delete(release.PathOf(name + ".txt"));

        var ex = Assert.Throws<FileNotFoundException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal($"The O*NET file '{name}.txt' (or '{name}.tsv') is missing from the folder '{release.Folder}'; the import needs it.", ex.Message);
        Assert.Equal(Path.Combine(release.Folder, name + ".txt"), ex.FileName);
    }

    [Fact]
    public void A_missing_OEWS_file_is_named()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => OnetCatalog.Load(release.Folder, release.PathOf("national_M2024_dl.tsv")));

        Assert.Contains("'national_M2024_dl.tsv'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_header_names_the_missing_column_and_the_header_found()
    {
        release.ReplaceLine("Skills.txt", 1, MiniRelease.RatingHeader.Replace("Data Value", "Value", StringComparison.Ordinal));

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Skills.txt", ex.FileName);
        Assert.Equal(1, ex.LineNumber);
        Assert.Equal(0, ex.ColumnNumber);
        Assert.StartsWith("Skills.txt line 1: The header has no column 'Data Value', which the importer needs; the header found is: O*NET-SOC Code | Element ID | Element Name | Scale ID | Value | N", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_missing_field_names_the_line_and_the_first_missing_column()
    {
        release.ReplaceLine("Knowledge.txt", 3, "43-4051.00\t2.C.1.e\tCustomer and Personal Service\tLV\t5.67");

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Knowledge.txt line 3, column 6 ('N'): The row has 5 tab-separated fields but the header has 13.", ex.Message);
        Assert.Equal(3, ex.LineNumber);
        Assert.Equal(6, ex.ColumnNumber);
        Assert.Equal("N", ex.ColumnName);
    }

    [Fact]
    public void A_row_with_an_extra_field_is_rejected()
    {
        release.ReplaceLine("Job Zones.txt", 2, "43-4051.00\t2\t08/2023\tAnalyst\textra");

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Job Zones.txt line 2, column 5: The row has 5 tab-separated fields but the header has 4.", ex.Message);
        Assert.Null(ex.ColumnName);
    }

    [Fact]
    public void A_number_that_does_not_parse_names_its_cell()
    {
        release.ReplaceLine("Skills.txt", 3, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", "LV", "4,00", "0.10", "3.80", "4.20", "N", "N"));

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Skills.txt line 3, column 5 ('Data Value'): '4,00' is not a number.", ex.Message);
        Assert.Equal("'4,00' is not a number.", ex.Problem);
    }

    [Fact]
    public void An_unknown_scale_id_is_rejected()
    {
        release.ReplaceLine("Skills.txt", 2, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", "XX", "4.00", "0.00", "4.00", "4.00", "N", "n/a"));

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Skills.txt line 2, column 4 ('Scale ID'): Scale 'XX' is not one the importer knows here; expected IM (importance) or LV (level).", ex.Message);
    }

    [Theory]
    [InlineData("LV", "7.5", "LV value 7.5 is outside the scale (0 to 7).")]
    [InlineData("IM", "0.5", "IM value 0.5 is outside the scale (1 to 5).")]
    public void A_value_off_its_scale_is_rejected(string scale, string value, string problem)
    {
        release.ReplaceLine("Skills.txt", scale == "IM" ? 2 : 3, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", scale, value, "0.00", "n/a", "n/a", "N", "n/a"));

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal(problem, ex.Problem);
        Assert.Equal(5, ex.ColumnNumber);
    }

    [Fact]
    public void A_bad_flag_a_bad_code_and_a_bad_Job_Zone_are_rejected()
    {
        release.ReplaceLine("Skills.txt", 3, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", "LV", "4.00", "0.10", "3.80", "4.20", "maybe", "N"));
        Assert.Equal("'maybe' is not a flag; expected Y, N, empty or n/a.", Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder)).Problem);

        release.ReplaceLine("Job Zones.txt", 2, "43-4051.00\t6\t08/2023\tAnalyst");
        Assert.Equal("Job Zones.txt line 2, column 2 ('Job Zone'): Job Zone 6 must be from 1 to 5.", Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder)).Message);

        release.ReplaceLine("Occupation Data.txt", 3, "43-1011\tSupervisors\tSupervise.");
        Assert.Equal("Occupation Data.txt line 3, column 1 ('O*NET-SOC Code'): '43-1011' is not an O*NET-SOC code such as 43-4051.00.", Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder)).Message);
    }

    [Fact]
    public void A_malformed_OEWS_wage_names_its_cell()
    {
        var oews = release.PathOf("national_M2024_dl.tsv");
        File.WriteAllText(oews, string.Join('\n',
            "AREA_TYPE\tNAICS\tOCC_CODE\tOCC_TITLE\tO_GROUP\tTOT_EMP\tH_MEAN\tA_MEAN\tH_PCT10\tH_PCT25\tH_MEDIAN\tH_PCT75\tH_PCT90\tA_PCT10\tA_PCT25\tA_MEDIAN\tA_PCT75\tA_PCT90",
            "1\t000000\t43-4051\tCustomer Service Representatives\tdetailed\t2725930\t21.82\t45380\t14.75\t17.29\t20.59\t24.11\t30.16\t30690\t35970\t42830\t50140\tabc") + "\n");

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder, oews));

        Assert.Equal("national_M2024_dl.tsv line 2, column 18 ('A_PCT90'): 'abc' is not a wage: expected a number, # (top-coded) or * (not available).", ex.Message);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        File.WriteAllText(release.PathOf("Job Zones.txt"), "");

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Job Zones.txt line 1: The file is empty; line 1 must be the tab-separated header.", ex.Message);
    }

    [Fact]
    public void A_binary_file_is_named_as_binary_not_read_as_a_header()
    {
        File.WriteAllText(release.PathOf("Job Zones.txt"), "O*NET-SOC Code\0\0\tJob Zone\n");

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal("Job Zones.txt line 1: This is a binary file, not tab-separated text (line 1 holds NUL characters).", ex.Message);
    }

    [Fact]
    public void Blank_lines_between_rows_are_skipped_and_the_line_numbers_still_count_them()
    {
        File.WriteAllText(release.PathOf("Job Zones.txt"), "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\n\n43-4051.00\t2\t08/2023\tAnalyst\n   \n43-1011.00\t7\t08/2023\tAnalyst\n");

        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));

        Assert.Equal(("Job Zones.txt", 5, 2), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
    }

    [Fact]
    public void Several_unnamed_columns_in_a_header_are_accepted()
    {
        File.WriteAllText(release.PathOf("Job Zones.txt"), "O*NET-SOC Code\tJob Zone\tDate\tDomain Source\t\t\n43-4051.00\t2\t08/2023\tAnalyst\t\t\n");

        var catalog = OnetCatalog.Load(release.Folder).Catalog;

        Assert.Contains(catalog.Roles, r => r.Id == "43-4051.00");
    }
}
