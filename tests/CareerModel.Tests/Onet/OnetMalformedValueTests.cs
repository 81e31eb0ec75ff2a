using CareerModel.Onet;

namespace CareerModel.Tests.Onet;

/// <summary>
/// Values the model would refuse, refused by the readers where they are written: each an
/// <see cref="OnetFormatException"/> naming the file, the line and the column, never a bare
/// exception from a model constructor.
/// </summary>
public sealed class OnetMalformedValueTests : IDisposable
{
    private const string OewsHeader = "area_type\tnaics\tocc_code\tocc_title\to_group\ttot_emp\th_mean\ta_mean\th_pct10\th_pct25\th_median\th_pct75\th_pct90\ta_pct10\ta_pct25\ta_median\ta_pct75\ta_pct90";

    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    private OnetFormatException Refusal(string? oews = null) =>
        Assert.Throws<OnetFormatException>(() => oews is null ? OnetCatalog.Load(release.Folder) : OnetCatalog.Load(release.Folder, oews));

    private string Oews(string wages)
    {
        var path = release.PathOf("national_M2024_dl.txt");
        File.WriteAllText(path, OewsHeader + "\n1\t000000\t43-4051\tCustomer Service Representatives\tdetailed\t100\t" + wages + "\n");
        return path;
    }

    [Fact]
    public void An_element_id_in_both_skills_and_knowledge_is_refused_at_the_second_file_naming_the_first()
    {
        release.ReplaceLine("Knowledge.txt", 2, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", "IM", "4.70", "0.16", "4.37", "5.00", "N", "n/a"));

        var ex = Refusal();

        Assert.Equal(("Knowledge.txt", 2, 2), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Element '2.A.1.b' is also in Skills.txt; an element id names one skill, knowledge area or ability.", ex.Problem);
    }

    [Fact]
    public void An_element_id_the_model_would_not_take_as_an_id_is_refused_at_the_reader()
    {
        release.ReplaceLine("Skills.txt", 2, MiniRelease.Rating("43-4051.00", "2.A 1.b", "Active Listening", "IM", "4.00", "0.00", "4.00", "4.00", "N", "n/a"));

        var ex = Refusal();

        Assert.Equal(("Skills.txt", 2, 2, "Element ID"), (ex.FileName, ex.LineNumber, ex.ColumnNumber, ex.ColumnName));
        Assert.Contains("contains ' '", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_names_for_one_element_are_refused_naming_the_earlier_line()
    {
        release.ReplaceLine("Skills.txt", 3, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Listening Actively", "LV", "4.00", "0.10", "3.80", "4.20", "N", "N"));

        var ex = Refusal();

        Assert.Equal(("Skills.txt", 3, 3), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Element '2.A.1.b' is named 'Listening Actively' here but 'Active Listening' on line 2; an element has one name.", ex.Problem);
    }

    [Theory]
    [InlineData("-0.10", "3.80", "4.20", 7, "Standard error -0.1 must not be negative.")]
    [InlineData("0.10", "4.30", "4.20", 8, "The lower CI bound 4.3 is above the upper bound 4.2.")]
    [InlineData("0.10", "4.10", "4.20", 8, "The lower CI bound 4.1 is above the level 4 it bounds.")]
    [InlineData("0.10", "3.80", "3.90", 9, "The upper CI bound 3.9 is below the level 4 it bounds.")]
    [InlineData("NaN", "3.80", "4.20", 7, "'NaN' is not a number.")]
    [InlineData("0.10", "-Infinity", "4.20", 8, "'-Infinity' is not a number.")]
    public void A_bad_standard_error_or_interval_is_refused_at_its_column(string error, string lower, string upper, int column, string problem)
    {
        release.ReplaceLine("Skills.txt", 3, MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", "LV", "4.00", error, lower, upper, "N", "N"));

        var ex = Refusal();

        Assert.Equal(("Skills.txt", 3, column), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal(problem, ex.Problem);
    }

    [Fact]
    public void An_identical_second_importance_or_level_rating_is_compared_with_the_rating_of_its_own_scale()
    {
        // 43-1011.00 rates Active Listening IM 4.50 and LV 4.75: a repeat compared with the other
        // scale's value would be refused as a disagreement.
        File.AppendAllText(release.PathOf("Skills.txt"),
            MiniRelease.Rating("43-1011.00", "2.A.1.b", "Active Listening", "IM", "4.50", "0.20", "4.10", "4.90", "N", "n/a") + "\n" +
            MiniRelease.Rating("43-1011.00", "2.A.1.b", "Active Listening", "LV", "4.75", "0.30", "4.10", "5.40", "Y", "N") + "\n");

        var notes = OnetCatalog.Load(release.Folder).Notes;

        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, "43-1011.00", "Skills.txt line 14: the same IM rating of '2.A.1.b' as line 6; the repeat is ignored."), notes);
        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, "43-1011.00", "Skills.txt line 15: the same LV rating of '2.A.1.b' as line 7; the repeat is ignored."), notes);
    }

    [Fact]
    public void A_conflicting_second_rating_is_refused_naming_the_earlier_line_and_an_identical_one_is_noted()
    {
        var repeat = MiniRelease.Rating("43-4051.00", "2.A.1.b", "Active Listening", "LV", "4.00", "0.10", "3.80", "4.20", "N", "N");
        File.AppendAllText(release.PathOf("Skills.txt"), repeat + "\n");

        var result = OnetCatalog.Load(release.Folder);

        Assert.Contains(result.Notes, n => n.Kind == ImportNoteKind.RowIgnored && n.Message == "Skills.txt line 14: the same LV rating of '2.A.1.b' as line 3; the repeat is ignored.");

        File.AppendAllText(release.PathOf("Skills.txt"), repeat.Replace("\t4.00\t8\t", "\t4.10\t8\t", StringComparison.Ordinal) + "\n");

        var ex = Refusal();
        Assert.Equal(("Skills.txt", 15, 5), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Occupation '43-4051.00' has a second LV row for element '2.A.1.b' that disagrees with line 3; give each rating once.", ex.Problem);
    }

    [Fact]
    public void A_second_job_zone_for_an_occupation_is_refused_when_it_differs_and_noted_when_it_repeats()
    {
        File.AppendAllText(release.PathOf("Job Zones.txt"), "43-4051.00\t2\t08/2023\tAnalyst\n");
        Assert.Contains(OnetCatalog.Load(release.Folder).Notes, n => n.Kind == ImportNoteKind.RowIgnored && n.Message.StartsWith("Job Zones.txt line 5: the same Job Zone as line 2", StringComparison.Ordinal));

        File.AppendAllText(release.PathOf("Job Zones.txt"), "43-4051.00\t4\t08/2023\tAnalyst\n");

        var ex = Refusal();
        Assert.Equal(("Job Zones.txt", 6, 2), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Occupation '43-4051.00' has Job Zone 4 here but 2 on line 2; an occupation has one Job Zone.", ex.Problem);
    }

    [Theory]
    [InlineData("18\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37440\t41600\t45760", 0, null)]
    [InlineData("18\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37,440\t41600\t45760", 16, "'37,440' is not a wage: a wage is a plain number such as 52300 or 25.14, without commas (a decimal comma would be read 100 times too large).")]
    [InlineData("18,50\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37440\t41600\t45760", 7, "'18,50' is not a wage: a wage is a plain number such as 52300 or 25.14, without commas (a decimal comma would be read 100 times too large).")]
    [InlineData("18.505\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37440\t41600\t45760", 7, "'18.505' has more than two decimals; a wage is given to the cent.")]
    [InlineData("18\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37440\t31200\t45760", 17, "a_pct75 31200 is below a_median 37440; percentiles must not decrease.")]
    [InlineData("18\t37440\t15\t16\t14\t20\t22\t31200\t33280\t37440\t41600\t45760", 11, "h_median 14 is below h_pct25 16; percentiles must not decrease.")]
    [InlineData("18\t37440\t15\t16\t18\t#\t#\t31200\t33280\t37440\t41600\t45760", 0, null)]
    public void OEWS_wages_with_a_comma_past_the_cent_or_with_decreasing_percentiles_are_refused_at_their_column(string wages, int column, string? problem)
    {
        var oews = Oews(wages);

        if (problem is null)
        {
            Assert.True(OnetCatalog.Load(release.Folder, oews).Wages.ContainsKey("43-4051.00"));
            return;
        }
        var ex = Refusal(oews);
        Assert.Equal(("national_M2024_dl.txt", 2, column), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal(problem, ex.Problem);
    }

    private const string Wages = "18\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37440\t41600\t45760";

    [Fact]
    public void A_second_national_row_for_an_occupation_is_refused_but_state_and_industry_rows_are_skipped()
    {
        var path = release.PathOf("national_M2024_dl.txt");
        string Row(string area, string naics, string wages) => $"{area}\t{naics}\t43-4051\tCustomer Service Representatives\tdetailed\t100\t{wages}";
        var other = "99" + Wages[2..];
        File.WriteAllLines(path, [OewsHeader, Row("2", "000000", other), Row("1", "524100", other), Row("1", "000000", Wages)]);

        Assert.Equal(18m, OnetCatalog.Load(release.Folder, path).Wages["43-4051.00"].Hourly.Mean.Value!.Value.Amount);

        File.AppendAllLines(path, [Row("1", "000000", Wages)]);
        var ex = Refusal(path);

        Assert.Equal((5, 3), (ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Occupation '43-4051' has more than one national cross-industry detailed row.", ex.Problem);
    }

    [Fact]
    public void An_employment_count_that_is_not_a_whole_number_is_refused_with_the_rule()
    {
        var path = release.PathOf("national_M2024_dl.txt");
        File.WriteAllText(path, OewsHeader + "\n1\t000000\t43-4051\tCustomer Service Representatives\tdetailed\t12.5\t" + Wages + "\n");

        var ex = Refusal(path);

        Assert.Equal((2, 6), (ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("'12.5' is not an employment count (a whole number, or ** when not published).", ex.Problem);
    }

    [Fact]
    public void A_wage_past_any_the_BLS_publishes_is_refused_with_the_limit()
    {
        var ex = Refusal(Oews("18\t1000000001\t15\t16\t18\t20\t22\t31200\t33280\t37440\t41600\t45760"));

        Assert.Equal((2, 8), (ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("'1000000001' is above 1000000000, more than any wage the BLS publishes (it top-codes them with #).", ex.Problem);
    }

    [Fact]
    public void An_occupation_listed_twice_is_refused_at_its_second_line()
    {
        File.AppendAllText(release.PathOf("Occupation Data.txt"), "43-4051.00\tCustomer Service Representatives\tAgain.\n");

        var ex = Refusal();

        Assert.Equal(("Occupation Data.txt", 6, 1), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Occupation '43-4051.00' is listed more than once.", ex.Problem);
    }

    [Theory]
    [InlineData("43-40x1")]
    [InlineData("4a-4051")]
    public void An_OEWS_occupation_code_with_a_letter_is_refused(string code)
    {
        var path = release.PathOf("national_M2024_dl.txt");
        File.WriteAllText(path, OewsHeader + $"\n1\t000000\t{code}\tX\tdetailed\t100\t18\t37440\t15\t16\t18\t20\t22\t31200\t33280\t37440\t41600\t45760\n");

        var ex = Refusal(path);

        Assert.Equal((2, 3), (ex.LineNumber, ex.ColumnNumber));
        Assert.Equal($"'{code}' is not a SOC code such as 43-4051.", ex.Problem);
    }

    [Fact]
    public void A_workbook_passed_as_the_OEWS_file_is_named_as_a_workbook_not_read_as_a_header()
    {
        var path = release.PathOf("national_M2024_dl.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00, 0xFF, 0xFE, 0x0A]);

        var ex = Refusal(path);

        Assert.Equal(("national_M2024_dl.xlsx", 1), (ex.FileName, ex.LineNumber));
        Assert.StartsWith("This looks like an Excel workbook (.xlsx), not tab-separated text", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_element_id_is_refused_in_words()
    {
        release.ReplaceLine("Skills.txt", 2, MiniRelease.Rating("43-4051.00", "", "Active Listening", "IM", "4.00", "0.00", "4.00", "4.00", "N", "n/a"));

        var ex = Refusal();

        Assert.Equal(("Skills.txt", 2, 2, "Element ID"), (ex.FileName, ex.LineNumber, ex.ColumnNumber, ex.ColumnName));
        Assert.Equal("The element id is empty.", ex.Problem);
    }

    [Fact]
    public void An_element_id_longer_than_an_id_may_be_is_refused_with_its_length()
    {
        var id = "2.A." + new string('1', 97);
        release.ReplaceLine("Skills.txt", 2, MiniRelease.Rating("43-4051.00", id, "Active Listening", "IM", "4.00", "0.00", "4.00", "4.00", "N", "n/a"));

        var ex = Refusal();

        Assert.Equal(("Skills.txt", 2, 2, "Element ID"), (ex.FileName, ex.LineNumber, ex.ColumnNumber, ex.ColumnName));
        Assert.Equal("The element id is 101 characters long; an id has at most 100.", ex.Problem);
    }

    [Fact]
    public void A_job_zone_of_an_occupation_not_in_the_release_is_checked_then_ignored()
    {
        File.AppendAllText(release.PathOf("Job Zones.txt"), "99-9999.00\t4\t08/2023\tAnalyst\n");
        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, "99-9999.00", "Job Zones.txt line 5: occupation '99-9999.00' is not in Occupation Data; its rows are ignored."), OnetCatalog.Load(release.Folder).Notes);

        File.AppendAllText(release.PathOf("Job Zones.txt"), "99-9998.00\t6\t08/2023\tAnalyst\n");
        var ex = Refusal();
        Assert.Equal(("Job Zones.txt", 6, 2), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("Job Zone 6 must be from 1 to 5.", ex.Problem);
    }

    [Theory]
    [InlineData("43-40510")]
    [InlineData("43.4051")]
    [InlineData("43-405")]
    public void A_crosswalk_SOC_code_of_the_wrong_form_is_refused_at_its_column(string soc)
    {
        release.Write("2019_to_SOC_Crosswalk.txt", "O*NET-SOC 2019 Code\tO*NET-SOC 2019 Title\t2018 SOC Code\t2018 SOC Title", $"43-4051.00\tCustomer Service Representatives\t{soc}\tCustomer Service Representatives");

        var ex = Refusal();

        Assert.Equal(("2019_to_SOC_Crosswalk.txt", 2, 3, "2018 SOC Code"), (ex.FileName, ex.LineNumber, ex.ColumnNumber, ex.ColumnName));
        Assert.Equal($"'{soc}' is not a 2018 SOC code such as 43-4051.", ex.Problem);
    }

    [Fact]
    public void A_header_naming_a_column_twice_is_refused_naming_both_columns()
    {
        release.ReplaceLine("Job Zones.txt", 1, "O*NET-SOC Code\tJob Zone\tJob Zone\tDomain Source");

        var ex = Refusal();

        Assert.Equal(("Job Zones.txt", 1, 3), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("The header names column 'Job Zone' twice (columns 2 and 3); each column needs its own name.", ex.Problem);
    }
}
