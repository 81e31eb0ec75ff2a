using CareerModel.Esco;

namespace CareerModel.Tests.Esco;

/// <summary>Every way a release can be unreadable: one exception naming file, record, line and column, and nothing partial.</summary>
public sealed class EscoImportErrorTests : IDisposable
{
    private const string Occ = "http://data.europa.eu/esco/occupation/";

    private readonly MiniEscoRelease _release = new();

    public void Dispose() => _release.Dispose();

    private EscoFormatException Refused() => Assert.Throws<EscoFormatException>(() => EscoCatalog.Load(_release.Folder));

    [Fact]
    public void A_missing_required_file_is_named_with_the_names_looked_for()
    {
        File.Delete(_release.PathOf("occupationSkillRelations.csv"));

        var e = Refused();

        Assert.Equal("occupationSkillRelations.csv", e.FileName);
        Assert.Equal(0, e.RecordNumber);
        Assert.Contains("looked for occupationSkillRelations.csv and occupationSkillRelations_en.csv", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_header_without_a_needed_column_names_the_column_and_the_ones_it_has()
    {
        _release.Write("ISCOGroups_en.csv", "conceptType,conceptUri,preferredLabel", "ISCOGroup,x,Office supervisors");

        var e = Refused();

        Assert.Equal("ISCOGroups_en.csv record 1 (line 1): the header has no column 'code'; it has conceptType, conceptUri, preferredLabel", e.Message);
    }

    [Fact]
    public void A_stray_quote_in_an_unquoted_field_is_refused_at_its_record_and_line()
    {
        // Record 3 starts on line 4: record 2's quoted alternative labels span two lines.
        var lines = File.ReadAllText(_release.PathOf("occupations_en.csv")).Split("\r\n");
        lines[2] = lines[2].Replace("contact centre supervisor", "contact \"centre\" supervisor", StringComparison.Ordinal);
        File.WriteAllText(_release.PathOf("occupations_en.csv"), string.Join("\r\n", lines));

        var e = Refused();

        Assert.Equal("occupations_en.csv", e.FileName);
        Assert.Equal(3, e.RecordNumber);
        Assert.Equal(4, e.LineNumber);
        Assert.StartsWith("occupations_en.csv record 3 (line 4)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unterminated_quoted_field_is_refused()
    {
        _release.Append("skills_en.csv", "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s-x,knowledge,,\"never closed,,");

        var e = Refused();

        Assert.Equal("skills_en.csv", e.FileName);
        Assert.Equal(7, e.RecordNumber);
    }

    [Fact]
    public void An_unknown_relation_type_names_its_column()
    {
        _release.Append("occupationSkillRelations.csv", $"{Occ}{MiniEscoRelease.Agent},required,knowledge,http://data.europa.eu/esco/skill/s-crm");

        var e = Refused();

        Assert.Equal(11, e.RecordNumber);
        Assert.Equal(2, e.ColumnNumber);
        Assert.Equal("relationType", e.ColumnName);
        Assert.Equal("the relation type 'required' is not 'essential' or 'optional'", e.Problem);
    }

    [Fact]
    public void An_isco_group_that_is_not_four_digits_is_refused()
    {
        _release.Append("occupations_en.csv", $"Occupation,{Occ}abc,52,agent,,,52.1");

        var e = Refused();

        Assert.Equal("iscoGroup", e.ColumnName);
        Assert.Equal("the ISCO group '52' is not a four-digit ISCO-08 unit group code", e.Problem);
    }

    [Fact]
    public void An_occupation_listed_twice_is_refused_at_the_repeat()
    {
        _release.Append("occupations_en.csv", $"Occupation,{Occ}{MiniEscoRelease.Agent},5244,call centre agent again,,,5244.1");

        var e = Refused();

        Assert.Equal(5, e.RecordNumber);
        Assert.Contains("is listed twice", e.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_required_field_and_a_uri_without_an_id_are_refused()
    {
        _release.Append("skills_en.csv", "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/,knowledge,,no id,,");

        var e = Refused();

        Assert.Equal("conceptUri", e.ColumnName);
        Assert.Equal("the URI 'http://data.europa.eu/esco/skill/' does not end in an id (letters, digits, '-', '_' or '.')", e.Problem);
    }

    [Fact]
    public void A_folder_that_does_not_exist_is_a_directory_not_found()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => EscoCatalog.Load(Path.Combine(_release.Folder, "nowhere")));

        Assert.Contains("nowhere", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EssentialImportance", "EscoImportOptions.EssentialImportance 0 must be a finite number above 0.")]
    [InlineData("Language", "EscoImportOptions.Language 'EN' must be a two- or three-letter lower-case language code, such as 'en'.")]
    [InlineData("Neighbours", "EscoTransitionOptions.NeighboursPerOccupation 0 must be from 1 to 1000.")]
    [InlineData("MinimumScore", "EscoTransitionOptions.MinimumScore NaN must be a finite number above 0.")]
    public void Options_out_of_range_are_refused_naming_the_option_and_the_value(string option, string message)
    {
        var options = new EscoImportOptions();
        switch (option)
        {
            case "EssentialImportance": options.EssentialImportance = 0; break;
            case "Language": options.Language = "EN"; break;
            case "Neighbours": options.Transitions.NeighboursPerOccupation = 0; break;
            default: options.Transitions.MinimumScore = double.NaN; break;
        }

        var e = Assert.Throws<ArgumentException>(() => EscoCatalog.Load(_release.Folder, options));

        Assert.StartsWith(message, e.Message, StringComparison.Ordinal);
    }
}
