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
        var skills = ReadRatings(OnetFiles.Required(folder, OnetFiles.Skills), byCode, notes);
        var knowledge = ReadRatings(OnetFiles.Required(folder, OnetFiles.Knowledge), byCode, notes);
        var abilitiesPath = OnetFiles.Optional(folder, OnetFiles.Abilities);
        var abilities = abilitiesPath is null ? null : ReadRatings(abilitiesPath, byCode, notes);
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
        while (tsv.Read())
        {
            var occupation = Find(tsv, code, byCode, unknown, notes);
            var value = tsv.GetInt(zone);
            if (value is < 1 or > 5)
                throw tsv.Error(zone, $"Job Zone {value} must be from 1 to 5.");
            if (occupation is not null)
                occupation.JobZone = value;
        }
    }

    private static RatingMatrix ReadRatings(string path, Dictionary<string, Occupation> byCode, List<ImportNote> notes)
    {
        using var tsv = TsvReader.Open(path);
        int code = tsv.Column("O*NET-SOC Code"), element = tsv.Column("Element ID"), name = tsv.Column("Element Name");
        int scale = tsv.Column("Scale ID"), value = tsv.Column("Data Value");
        int error = tsv.OptionalColumn("Standard Error"), lower = tsv.OptionalColumn("Lower CI Bound"), upper = tsv.OptionalColumn("Upper CI Bound");
        int suppress = tsv.OptionalColumn("Recommend Suppress"), notRelevant = tsv.OptionalColumn("Not Relevant");
        var matrix = new RatingMatrix(tsv.FileName, byCode.Count);
        var unknown = new HashSet<string>(StringComparer.Ordinal);
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
            var elementId = tsv[element];
            if (elementId.IsEmpty)
                throw tsv.Error(element, "The element id is empty.");
            var se = tsv.GetOptionalDouble(error);
            var lo = tsv.GetOptionalDouble(lower);
            var hi = tsv.GetOptionalDouble(upper);
            var suppressed = tsv.GetFlag(suppress);
            var irrelevant = tsv.GetFlag(notRelevant);
            if (occupation is null)
                continue;
            var e = matrix.ElementFor(elementId, tsv[name]);
            var cell = (occupation.Index * matrix.Stride) + e;
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
