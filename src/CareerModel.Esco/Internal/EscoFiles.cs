namespace CareerModel.Esco.Internal;

/// <summary>
/// Where a release keeps each file. v1.1.x names the relation files without a language
/// (<c>occupationSkillRelations.csv</c>); v1.2 adds <c>_en</c> (with label columns). Either is found.
/// </summary>
internal sealed class EscoFiles(string folder, string language)
{
    public string Occupations => Required($"occupations_{language}.csv");

    public string Skills => Required($"skills_{language}.csv");

    public string IscoGroups => Required($"ISCOGroups_{language}.csv");

    public string OccupationSkillRelations => Required("occupationSkillRelations.csv", $"occupationSkillRelations_{language}.csv");

    public string? OccupationHierarchy => Optional("broaderRelationsOccPillar.csv", $"broaderRelationsOccPillar_{language}.csv");

    public string? SkillHierarchy => Optional("broaderRelationsSkillPillar.csv", $"broaderRelationsSkillPillar_{language}.csv");

    public string? SkillGroups => Optional($"skillGroups_{language}.csv");

    private string Required(params string[] names) =>
        Optional(names) ?? throw new EscoFormatException(names[0], 0, 0, 0, null,
            $"the file is missing from '{folder}' (looked for {string.Join(" and ", names)}); the ESCO CSV release has it");

    private string? Optional(params string[] names) =>
        names.Select(name => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
}
