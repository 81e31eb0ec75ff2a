namespace CareerModel.Onet.Internal;

/// <summary>Reads an O*NET release folder: each file streamed once, columns found by header name.</summary>
internal static class OnetReader
{
    public static OnetData Read(string folder, List<ImportNote> notes)
    {
        var occupations = ReadOccupations(OnetFiles.Required(folder, OnetFiles.OccupationData));
        var byCode = new Dictionary<string, Occupation>(occupations.Length, StringComparer.Ordinal);
        foreach (var occupation in occupations)
            byCode[occupation.Code] = occupation;
        ReadJobZones(OnetFiles.Required(folder, OnetFiles.JobZones), byCode, notes);
        var skills = ReadRatings(OnetFiles.Required(folder, OnetFiles.Skills), byCode, notes, []);
        var knowledge = ReadRatings(OnetFiles.Required(folder, OnetFiles.Knowledge), byCode, notes, [skills]);
        var abilitiesPath = OnetFiles.Optional(folder, OnetFiles.Abilities);
        var abilities = abilitiesPath is null ? null : ReadRatings(abilitiesPath, byCode, notes, [skills, knowledge]);
        if (abilitiesPath is null)
            notes.Add(new ImportNote(ImportNoteKind.FileAbsent, null, $"'{OnetFiles.Abilities}' is not in the folder: roles have no ability requirements and transitions use no ability similarity."));
        var educationPath = OnetFiles.Optional(folder, OnetFiles.Education);
        var education = new float[]?[occupations.Length];
        if (educationPath is null)
            notes.Add(new ImportNote(ImportNoteKind.FileAbsent, null, $"'{OnetFiles.Education}' is not in the folder: roles have no education or typical experience, and transitions use no education similarity."));
        else
            ReadEducation(educationPath, byCode, education, notes);
        var contentModel = OnetFiles.Optional(folder, OnetFiles.ContentModel);
        var descriptions = contentModel is null ? new Dictionary<string, string>(StringComparer.Ordinal) : ReadContentModel(contentModel);
        var crosswalk = OnetFiles.Optional(folder, OnetFiles.Crosswalk);
        if (crosswalk is not null)
            ReadCrosswalk(crosswalk, byCode, notes);
        ReadTitleFiles(folder, byCode, notes);
        return new OnetData
        {
            Occupations = occupations,
            ByCode = byCode,
            Skills = skills,
            Knowledge = knowledge,
            Abilities = abilities,
            Education = education,
            ElementDescriptions = descriptions,
        };
    }

    private static Occupation[] ReadOccupations(string path)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC Code"), title = tsv.Column("Title"), description = tsv.Column("Description");
        var list = new List<Occupation>(1024);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (tsv.Read())
        {
            var id = Code(tsv, code);
            if (!seen.Add(id))
                throw tsv.Error(code, $"Occupation '{id}' is listed more than once.");
            list.Add(new Occupation(list.Count, id, tsv.GetRequiredString(title), tsv.GetString(description)));
        }
        return [.. list];
    }

    private static string Format(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An element id, which becomes a skill id: 1 to 100 ASCII letters, digits, '-', '_' or '.', as the model's ids.</summary>
    private static ReadOnlySpan<char> ElementId(TsvReader tsv, int column)
    {
        var id = tsv[column];
        if (id.IsEmpty)
            throw tsv.Error(column, "The element id is empty.");
        if (id.Length > 100)
            throw tsv.Error(column, $"The element id is {id.Length} characters long; an id has at most 100.");
        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.'))
                throw tsv.Error(column, $"Element id '{id}' contains '{c}'; an id may hold only ASCII letters, digits, '-', '_' and '.'.");
        }
        return id;
    }

    private static string Code(TsvReader tsv, int column)
    {
        var value = tsv[column];
        if (!Occupation.IsValidCode(value))
            throw tsv.Error(column, $"'{value}' is not an O*NET-SOC code such as 43-4051.00.");
        return value.ToString();
    }

    private static Occupation? Find(TsvReader tsv, int column, Dictionary<string, Occupation> byCode, HashSet<string> unknown, List<ImportNote> notes)
    {
        var value = tsv[column];
        if (byCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(value, out var occupation))
            return occupation;
        var code = Code(tsv, column);
        if (unknown.Add(code))
            notes.Add(new ImportNote(ImportNoteKind.RowIgnored, code, $"{tsv.FileName} line {tsv.LineNumber}: occupation '{code}' is not in {OnetFiles.OccupationData}; its rows are ignored."));
        return null;
    }

    private static void ReadJobZones(string path, Dictionary<string, Occupation> byCode, List<ImportNote> notes)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC Code"), zone = tsv.Column("Job Zone");
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var lines = new Dictionary<int, int>();
        while (tsv.Read())
        {
            var occupation = Find(tsv, code, byCode, unknown, notes);
            var value = tsv.GetInt(zone);
            if (value is < 1 or > 5)
                throw tsv.Error(zone, $"Job Zone {value} must be from 1 to 5.");
            if (occupation is null)
                continue;
            if (lines.TryGetValue(occupation.Index, out var earlier))
            {
                // Last-wins would hide a conflict: the same row twice is noted, two zones refused.
                if (occupation.JobZone != value)
                    throw tsv.Error(zone, $"Occupation '{occupation.Code}' has Job Zone {value} here but {occupation.JobZone} on line {earlier}; an occupation has one Job Zone.");
                notes.Add(new ImportNote(ImportNoteKind.RowIgnored, occupation.Code, $"{tsv.FileName} line {tsv.LineNumber}: the same Job Zone as line {earlier}; the repeat is ignored."));
                continue;
            }
            lines[occupation.Index] = tsv.LineNumber;
            occupation.JobZone = value;
        }
    }

    /// <summary>
    /// Reads a ratings file (Skills, Knowledge, Abilities). Each element id becomes a skill id, so
    /// it must follow the model's id rule, keep one name, and belong to one file only
    /// (<paramref name="otherFiles"/> are the files read before); a level's standard error and
    /// confidence bounds must make sense; a repeated row is noted when identical and refused when
    /// it disagrees, naming the earlier line.
    /// </summary>
    private static RatingMatrix ReadRatings(string path, Dictionary<string, Occupation> byCode, List<ImportNote> notes, RatingMatrix[] otherFiles)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC Code"), element = tsv.Column("Element ID"), name = tsv.Column("Element Name");
        int scale = tsv.Column("Scale ID"), value = tsv.Column("Data Value");
        int error = tsv.OptionalColumn("Standard Error"), lower = tsv.OptionalColumn("Lower CI Bound"), upper = tsv.OptionalColumn("Upper CI Bound");
        int suppress = tsv.OptionalColumn("Recommend Suppress"), notRelevant = tsv.OptionalColumn("Not Relevant");
        var matrix = new RatingMatrix(tsv.FileName, byCode.Count);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var elementLines = new Dictionary<int, int>();
        var cellLines = new Dictionary<(int Occupation, int Element, bool IsLevel), int>();
        while (tsv.Read())
        {
            var occupation = Find(tsv, code, byCode, unknown, notes);
            var scaleId = tsv[scale];
            var isLevel = scaleId.SequenceEqual("LV");
            if (!isLevel && !scaleId.SequenceEqual("IM"))
                throw tsv.Error(scale, $"Scale '{scaleId}' is not one the importer knows here; expected IM (importance) or LV (level).");
            var number = tsv.GetDouble(value);
            if (isLevel ? number is < 0 or > 7 : number is < 1 or > 5)
                throw tsv.Error(value, $"{scaleId} value {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} is outside the scale ({(isLevel ? "0 to 7" : "1 to 5")}).");
            var elementId = ElementId(tsv, element);
            var se = tsv.GetOptionalDouble(error);
            if (se is < 0)
                throw tsv.Error(error, $"Standard error {Format(se.Value)} must not be negative.");
            var lo = tsv.GetOptionalDouble(lower);
            var hi = tsv.GetOptionalDouble(upper);
            if (lo is { } l && hi is { } h && l > h)
                throw tsv.Error(lower, $"The lower CI bound {Format(l)} is above the upper bound {Format(h)}.");
            // A level's interval is the estimate's: it must hold the level (the model refuses one that does not).
            if (isLevel && lo is { } below && below > number)
                throw tsv.Error(lower, $"The lower CI bound {Format(below)} is above the level {Format(number)} it bounds.");
            if (isLevel && hi is { } above && above < number)
                throw tsv.Error(upper, $"The upper CI bound {Format(above)} is below the level {Format(number)} it bounds.");
            var suppressed = tsv.GetFlag(suppress);
            var irrelevant = tsv.GetFlag(notRelevant);
            foreach (var other in otherFiles)
            {
                if (other.ElementIndex.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(elementId))
                    throw tsv.Error(element, $"Element '{elementId}' is also in {other.FileName}; an element id names one skill, knowledge area or ability.");
            }
            var e = matrix.ElementFor(elementId, tsv[name]);
            if (!elementLines.TryAdd(e, tsv.LineNumber) && !tsv[name].IsEmpty && !tsv[name].SequenceEqual(matrix.Elements[e].Name))
                throw tsv.Error(name, $"Element '{elementId}' is named '{tsv[name]}' here but '{matrix.Elements[e].Name}' on line {elementLines[e]}; an element has one name.");
            if (occupation is null)
                continue;
            var cell = (occupation.Index * matrix.Stride) + e;
            if (!cellLines.TryAdd((occupation.Index, e, isLevel), tsv.LineNumber))
            {
                var earlier = cellLines[(occupation.Index, e, isLevel)];
                var same = isLevel
                    ? matrix.Level[cell].Equals(number) && matrix.LevelError[cell].Equals(se ?? double.NaN) && matrix.LevelLower[cell].Equals(lo ?? double.NaN) && matrix.LevelUpper[cell].Equals(hi ?? double.NaN)
                    : matrix.Importance[cell].Equals(number);
                if (!same)
                    throw tsv.Error(value, $"Occupation '{occupation.Code}' has a second {scaleId} row for element '{elementId}' that disagrees with line {earlier}; give each rating once.");
                notes.Add(new ImportNote(ImportNoteKind.RowIgnored, occupation.Code, $"{tsv.FileName} line {tsv.LineNumber}: the same {scaleId} rating of '{elementId}' as line {earlier}; the repeat is ignored."));
                continue;
            }
            matrix.HasData[occupation.Index] = true;
            if (isLevel)
            {
                matrix.Level[cell] = number;
                matrix.LevelError[cell] = se ?? double.NaN;
                matrix.LevelLower[cell] = lo ?? double.NaN;
                matrix.LevelUpper[cell] = hi ?? double.NaN;
                matrix.Flags[cell] |= (byte)(RatingMatrix.HasLevel | (irrelevant ? RatingMatrix.LevelNotRelevant : 0) | (suppressed ? RatingMatrix.LevelSuppressed : 0));
            }
            else
            {
                matrix.Importance[cell] = number;
                matrix.Flags[cell] |= (byte)(RatingMatrix.HasImportance | (suppressed ? RatingMatrix.ImportanceSuppressed : 0));
            }
        }
        return matrix;
    }

    private static void ReadEducation(string path, Dictionary<string, Occupation> byCode, float[]?[] education, List<ImportNote> notes)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC Code"), scale = tsv.Column("Scale ID"), category = tsv.Column("Category"), value = tsv.Column("Data Value");
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        while (tsv.Read())
        {
            var occupation = Find(tsv, code, byCode, unknown, notes);
            var scaleId = tsv[scale];
            var s = -1;
            for (var i = 0; i < OnetData.EducationScales.Length; i++)
            {
                if (scaleId.SequenceEqual(OnetData.EducationScales[i].Id))
                    s = i;
            }
            if (s < 0 && scaleId.SequenceEqual("IM"))
            {
                // The importance of a certification or an apprenticeship: checked, not used.
                _ = tsv.GetDouble(value);
                continue;
            }
            if (s < 0)
                throw tsv.Error(scale, $"Scale '{scaleId}' is not one the importer knows here; expected RL, RW, PT, OJ or IM.");
            var c = tsv.GetInt(category);
            var count = OnetData.EducationScales[s].Categories;
            if (c < 1 || c > count)
                throw tsv.Error(category, $"Category {c} is outside the {scaleId} scale's categories 1 to {count}.");
            var share = tsv.GetDouble(value);
            if (share is < 0 or > 100)
                throw tsv.Error(value, $"{scaleId} share {share.ToString(System.Globalization.CultureInfo.InvariantCulture)} must be a percentage from 0 to 100.");
            if (occupation is null)
                continue;
            var row = education[occupation.Index] ??= new float[OnetData.EducationWidth];
            row[OnetData.EducationOffset(s) + c - 1] = (float)share;
        }
    }

    private static Dictionary<string, string> ReadContentModel(string path)
    {
        using var tsv = TsvReader.Open(path);
        int element = tsv.Column("Element ID"), description = tsv.Column("Description");
        var descriptions = new Dictionary<string, string>(StringComparer.Ordinal);
        while (tsv.Read())
            descriptions[tsv.GetRequiredString(element)] = tsv.GetString(description);
        return descriptions;
    }

    /// <summary>
    /// Reads the optional title files, Alternate Titles (each title and, where given, its short
    /// form) and Sample of Reported Titles, into each occupation's <see cref="Occupation.AlternateTitles"/>.
    /// A title the occupation has already (its own, or one read before, ignoring case) is kept once;
    /// how many were is one note per file.
    /// </summary>
    private static void ReadTitleFiles(string folder, Dictionary<string, Occupation> byCode, List<ImportNote> notes)
    {
        var seen = new Dictionary<int, HashSet<string>>();
        foreach (var (name, column) in (ReadOnlySpan<(string, string)>)[(OnetFiles.AlternateTitles, "Alternate Title"), (OnetFiles.ReportedTitles, "Reported Job Title")])
        {
            var path = OnetFiles.Optional(folder, name);
            if (path is null)
            {
                notes.Add(new ImportNote(ImportNoteKind.FileAbsent, null, $"'{name}' is not in the folder: roles have no alternative titles from it."));
                continue;
            }
            ReadTitles(path, column, byCode, seen, notes);
        }
    }

    private static void ReadTitles(string path, string titleColumn, Dictionary<string, Occupation> byCode, Dictionary<int, HashSet<string>> seen, List<ImportNote> notes)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC Code"), title = tsv.Column(titleColumn);
        int shortTitle = tsv.OptionalColumn("Short Title"), shown = tsv.OptionalColumn("Shown in My Next Move");
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        var repeats = 0;
        string? firstRepeat = null;
        while (tsv.Read())
        {
            var occupation = Find(tsv, code, byCode, unknown, notes);
            var text = tsv.GetRequiredString(title);
            var brief = shortTitle < 0 || TsvReader.IsMissing(tsv[shortTitle]) ? null : tsv.GetString(shortTitle);
            _ = tsv.GetFlag(shown);   // checked, not used
            if (occupation is null)
                continue;
            if (!seen.TryGetValue(occupation.Index, out var titles))
                seen[occupation.Index] = titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { occupation.Title };
            foreach (var candidate in brief is null ? [text] : (ReadOnlySpan<string>)[text, brief])
            {
                if (titles.Add(candidate))
                {
                    occupation.AlternateTitles.Add(candidate);
                }
                else
                {
                    repeats++;
                    firstRepeat ??= FormattableString.Invariant($"'{candidate}' for {occupation.Code} on line {tsv.LineNumber}");
                }
            }
        }
        if (repeats > 0)
            notes.Add(new ImportNote(ImportNoteKind.RowIgnored, null, FormattableString.Invariant(
                $"{tsv.FileName}: {repeats} titles repeat a title their occupation has already (ignoring case), the first {firstRepeat}; each title is kept once.")));
    }

    private static void ReadCrosswalk(string path, Dictionary<string, Occupation> byCode, List<ImportNote> notes)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC 2019 Code"), soc = tsv.Column("2018 SOC Code");
        var unknown = new HashSet<string>(StringComparer.Ordinal);
        while (tsv.Read())
        {
            var occupation = Find(tsv, code, byCode, unknown, notes);
            var socCode = tsv[soc];
            if (socCode.Length != 7 || socCode[2] != '-')
                throw tsv.Error(soc, $"'{socCode}' is not a 2018 SOC code such as 43-4051.");
            if (occupation is not null)
                occupation.SocCode = socCode.ToString();
        }
    }
}
