namespace CareerModel.Esco.Internal;

/// <summary>
/// Reads the files of a release, each once, by header name. A malformed file throws
/// <see cref="EscoFormatException"/>; the release's own gaps (a relation to an occupation the
/// file lacks, an empty type, a group missing from the groups file) become notes.
/// </summary>
internal static class EscoReader
{
    private const string Occupation = "Occupation";

    public static EscoData Read(string folder, string language)
    {
        var files = new EscoFiles(folder, language);
        var notes = new List<EscoImportNote>();

        var occupations = ReadOccupations(files.Occupations);
        var skills = ReadSkills(files.Skills, notes);
        var iscoGroups = ReadIscoGroups(files.IscoGroups);
        var links = ReadLinks(files.OccupationSkillRelations, occupations, skills, notes);
        var broader = ReadOccupationHierarchy(files.OccupationHierarchy, occupations, notes);
        var groups = ReadSkillHierarchy(files.SkillHierarchy, files.SkillGroups, skills, notes);

        return new EscoData
        {
            Occupations = occupations,
            Skills = skills,
            IscoGroups = iscoGroups,
            Links = links,
            BroaderOccupations = broader,
            SkillGroups = groups,
            Notes = notes,
        };
    }

    private static List<OccupationRecord> ReadOccupations(string path)
    {
        using var table = CsvTable.Open(path, "conceptUri", "preferredLabel", "iscoGroup");
        int uri = table.IndexOf("conceptUri"), label = table.IndexOf("preferredLabel"), isco = table.IndexOf("iscoGroup");
        int alt = table.IndexOf("altLabels"), code = table.IndexOf("code"), description = table.IndexOf("description");
        var result = new List<OccupationRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (table.Read())
        {
            var conceptUri = table.Required(uri);
            var id = IdOf(table, uri, conceptUri);
            if (!seen.Add(id))
                throw table.Error(uri + 1, $"the occupation '{conceptUri}' is listed twice");
            var group = table.Required(isco);
            if (group.Length != 4 || !group.All(char.IsAsciiDigit))
                throw table.Error(isco + 1, $"the ISCO group '{group}' is not a four-digit ISCO-08 unit group code");
            result.Add(new OccupationRecord(id, conceptUri, table.Required(label), Labels(table.Field(alt)), group, table.Field(code), NullIfEmpty(table.Field(description))));
        }
        return result;
    }

    private static List<SkillRecord> ReadSkills(string path, List<EscoImportNote> notes)
    {
        using var table = CsvTable.Open(path, "conceptUri", "preferredLabel", "skillType");
        int uri = table.IndexOf("conceptUri"), label = table.IndexOf("preferredLabel"), type = table.IndexOf("skillType");
        int alt = table.IndexOf("altLabels"), reuse = table.IndexOf("reuseLevel"), description = table.IndexOf("description");
        var result = new List<SkillRecord>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var untyped = new List<string>();
        while (table.Read())
        {
            var conceptUri = table.Required(uri);
            var id = IdOf(table, uri, conceptUri);
            if (!seen.Add(id))
                throw table.Error(uri + 1, $"the skill '{conceptUri}' is listed twice");
            var skillType = TypeOf(table, type);
            if (skillType == EscoSkillType.Unknown)
                untyped.Add(id);
            result.Add(new SkillRecord(id, conceptUri, table.Required(label), Labels(table.Field(alt)), skillType, NullIfEmpty(table.Field(reuse)), NullIfEmpty(table.Field(description))));
        }
        if (untyped.Count > 0)
            notes.Add(new EscoImportNote(EscoImportNoteKind.FieldEmpty, table.FileName,
                $"{untyped.Count} skills have no skillType and are read as skills/competences: {Sample(untyped)}."));
        return result;
    }

    private static Dictionary<string, string> ReadIscoGroups(string path)
    {
        using var table = CsvTable.Open(path, "code", "preferredLabel");
        int code = table.IndexOf("code"), label = table.IndexOf("preferredLabel");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        while (table.Read())
        {
            var key = table.Required(code);
            if (!result.TryAdd(key, table.Required(label)))
                throw table.Error(code + 1, $"the ISCO group '{key}' is listed twice");
        }
        return result;
    }

    private static List<SkillLink>[] ReadLinks(string path, List<OccupationRecord> occupations, List<SkillRecord> skills, List<EscoImportNote> notes)
    {
        using var table = CsvTable.Open(path, "occupationUri", "relationType", "skillUri");
        int occupation = table.IndexOf("occupationUri"), relation = table.IndexOf("relationType"), skill = table.IndexOf("skillUri");
        var occupationIndex = IndexById(occupations.Select(o => o.Id));
        var skillIndex = IndexById(skills.Select(s => s.Id));
        var links = occupations.Select(_ => new List<SkillLink>()).ToArray();
        var missing = new Dictionary<string, int>(StringComparer.Ordinal);
        while (table.Read())
        {
            var occupationUri = table.Required(occupation);
            var skillUri = table.Required(skill);
            var essential = table.Required(relation) switch
            {
                "essential" => true,
                "optional" => false,
                var other => throw table.Error(relation + 1, $"the relation type '{other}' is not 'essential' or 'optional'"),
            };
            if (!occupationIndex.TryGetValue(IdOf(table, occupation, occupationUri), out var o))
            {
                missing[occupationUri] = missing.GetValueOrDefault(occupationUri) + 1;
                continue;
            }
            if (!skillIndex.TryGetValue(IdOf(table, skill, skillUri), out var s))
            {
                missing[skillUri] = missing.GetValueOrDefault(skillUri) + 1;
                continue;
            }
            // A pair given twice keeps its strongest relation: essential over optional.
            var existing = links[o].FindIndex(link => link.Skill == s);
            if (existing < 0)
                links[o].Add(new SkillLink(s, essential));
            else if (essential)
                links[o][existing] = new SkillLink(s, true);
        }
        foreach (var (uri, count) in missing.OrderBy(m => m.Key, StringComparer.Ordinal))
            notes.Add(new EscoImportNote(EscoImportNoteKind.RelationSkipped, table.FileName,
                $"{count} relations name '{uri}', which the release's occupations and skills files do not hold; they were skipped."));
        return links;
    }

    private static Dictionary<string, string> ReadOccupationHierarchy(string? path, List<OccupationRecord> occupations, List<EscoImportNote> notes)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is null)
        {
            notes.Add(new EscoImportNote(EscoImportNoteKind.FileAbsent, "broaderRelationsOccPillar.csv", "The occupation hierarchy is absent: no occupation is linked to a broader one."));
            return result;
        }
        using var table = CsvTable.Open(path, "conceptType", "conceptUri", "broaderType", "broaderUri");
        int type = table.IndexOf("conceptType"), uri = table.IndexOf("conceptUri"), broaderType = table.IndexOf("broaderType"), broader = table.IndexOf("broaderUri");
        var known = occupations.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        while (table.Read())
        {
            // Occupation → ISCO group links repeat the occupations file's iscoGroup; only occupation → occupation adds to it.
            if (table.Field(type) != Occupation || table.Field(broaderType) != Occupation)
                continue;
            var conceptUri = table.Required(uri);
            var broaderUri = table.Required(broader);
            var (id, broaderId) = (IdOf(table, uri, conceptUri), IdOf(table, broader, broaderUri));
            if (!known.Contains(id) || !known.Contains(broaderId))
            {
                missing.Add(known.Contains(id) ? broaderUri : conceptUri);
                continue;
            }
            result.TryAdd(id, broaderId);
        }
        if (missing.Count > 0)
            notes.Add(new EscoImportNote(EscoImportNoteKind.RelationSkipped, table.FileName,
                $"{missing.Count} broader relations name occupations the occupations file does not hold and were skipped: {Sample(missing)}."));
        return result;
    }

    private static Dictionary<string, IReadOnlyList<string>> ReadSkillHierarchy(string? path, string? groupsPath, List<SkillRecord> skills, List<EscoImportNote> notes)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (path is null)
        {
            notes.Add(new EscoImportNote(EscoImportNoteKind.FileAbsent, "broaderRelationsSkillPillar.csv", "The skill hierarchy is absent: skills have no groups."));
            return result;
        }
        var groupIds = ReadGroupIds(groupsPath, notes);
        var skillIds = skills.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        using var table = CsvTable.Open(path, "conceptUri", "broaderUri");
        int uri = table.IndexOf("conceptUri"), broader = table.IndexOf("broaderUri");
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var missingGroups = new SortedSet<string>(StringComparer.Ordinal);
        while (table.Read())
        {
            var conceptUri = table.Required(uri);
            var id = IdOf(table, uri, conceptUri);
            var broaderUri = table.Required(broader);
            var broaderId = IdOf(table, broader, broaderUri);
            if (groupIds is not null)
            {
                if (!skillIds.Contains(id) && !groupIds.Contains(id))
                    missingGroups.Add(conceptUri);
                if (!skillIds.Contains(broaderId) && !groupIds.Contains(broaderId))
                    missingGroups.Add(broaderUri);
            }
            if (!skillIds.Contains(id))
                continue; // a group under a group: the hierarchy of groups, not of skills
            if (!lists.TryGetValue(id, out var list))
                lists[id] = list = [];
            list.Add(broaderId);
        }
        if (missingGroups.Count > 0)
            notes.Add(new EscoImportNote(EscoImportNoteKind.GroupMissing, table.FileName,
                $"{missingGroups.Count} skill groups are named in the hierarchy but are not in the skill groups file; the skills under them keep their ids: {Sample(missingGroups)}."));
        foreach (var (id, list) in lists)
            result[id] = list;
        return result;
    }

    private static HashSet<string>? ReadGroupIds(string? path, List<EscoImportNote> notes)
    {
        if (path is null)
        {
            notes.Add(new EscoImportNote(EscoImportNoteKind.FileAbsent, "skillGroups_en.csv", "The skill groups file is absent: group ids are not checked."));
            return null;
        }
        using var table = CsvTable.Open(path, "conceptUri");
        var uri = table.IndexOf("conceptUri");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (table.Read())
            ids.Add(IdOf(table, uri, table.Required(uri)));
        return ids;
    }

    private static EscoSkillType TypeOf(CsvTable table, int column) => table.Field(column) switch
    {
        "" => EscoSkillType.Unknown,
        "knowledge" => EscoSkillType.Knowledge,
        "skill/competence" => EscoSkillType.SkillOrCompetence,
        var other => throw table.Error(column + 1, $"the skill type '{other}' is not 'knowledge' or 'skill/competence'"),
    };

    // A concept's id is the last segment of its URI: a UUID for occupations and skills, a code for ISCO groups.
    private static string IdOf(CsvTable table, int column, string uri)
    {
        var id = uri[(uri.LastIndexOf('/') + 1)..];
        if (id.Length == 0 || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            throw table.Error(column + 1, $"the URI '{uri}' does not end in an id (letters, digits, '-', '_' or '.')");
        return id;
    }

    private static Dictionary<string, int> IndexById(IEnumerable<string> ids)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var id in ids)
            index.Add(id, index.Count);
        return index;
    }

    private static string[] Labels(string field) =>
        field.Length == 0 ? [] : [.. field.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string Sample(IReadOnlyCollection<string> items) =>
        string.Join(", ", items.Take(5)) + (items.Count > 5 ? FormattableString.Invariant($" and {items.Count - 5} more") : "");
}
