namespace CareerModel.Tests.Esco;

/// <summary>
/// A tiny ESCO release written to a temporary folder, in the release's own format (CRLF records,
/// quoted fields with bare LF line breaks), that a test changes one file of to reach one path.
/// </summary>
public sealed class MiniEscoRelease : IDisposable
{
    public const string Agent = "0ededdc2-050a-4ec3-8e70-6295105fcd19";
    public const string Supervisor = "11111111-2222-4333-8444-555555555555";
    public const string Manager = "66666666-7777-4888-9999-000000000000";

    private const string Occ = "http://data.europa.eu/esco/occupation/";
    private const string Skill = "http://data.europa.eu/esco/skill/";

    public MiniEscoRelease(string language = "en", bool relationsWithLanguage = false)
    {
        Folder = Directory.CreateTempSubdirectory("careermodel-esco-").FullName;
        Language = language;
        RelationsFile = relationsWithLanguage ? $"occupationSkillRelations_{language}.csv" : "occupationSkillRelations.csv";
        Write($"occupations_{language}.csv",
            "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,description,code",
            $"Occupation,{Occ}{Agent},5244,call centre agent,\"call centre operator\ninbound call centre agent\",\"Handle calls, \"\"politely\"\".\",5244.1",
            $"Occupation,{Occ}{Supervisor},3341,contact centre supervisor,,Supervise agents.,3341.1",
            $"Occupation,{Occ}{Manager},1439,contact centre manager,call centre manager,Run the centre.,1439.1");
        Write($"skills_{language}.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,description",
            $"KnowledgeSkillCompetence,{Skill}s-listen,skill/competence,transversal,listen actively,,",
            $"KnowledgeSkillCompetence,{Skill}s-crm,skill/competence,cross-sector,use CRM software,,",
            $"KnowledgeSkillCompetence,{Skill}s-products,knowledge,sector-specific,product knowledge,,",
            $"KnowledgeSkillCompetence,{Skill}s-lead,skill/competence,cross-sector,lead a team,,",
            $"KnowledgeSkillCompetence,{Skill}s-budget,,,manage budgets,,");
        Write($"ISCOGroups_{language}.csv",
            "conceptType,conceptUri,code,preferredLabel",
            "ISCOGroup,http://data.europa.eu/esco/isco/C5244,5244,Contact centre salespersons",
            "ISCOGroup,http://data.europa.eu/esco/isco/C3341,3341,Office supervisors",
            "ISCOGroup,http://data.europa.eu/esco/isco/C1439,1439,Services managers not elsewhere classified");
        Write(RelationsFile,
            "occupationUri,relationType,skillType,skillUri",
            $"{Occ}{Agent},essential,skill/competence,{Skill}s-listen",
            $"{Occ}{Agent},essential,skill/competence,{Skill}s-crm",
            $"{Occ}{Agent},optional,knowledge,{Skill}s-products",
            $"{Occ}{Supervisor},essential,skill/competence,{Skill}s-listen",
            $"{Occ}{Supervisor},essential,skill/competence,{Skill}s-crm",
            $"{Occ}{Supervisor},essential,skill/competence,{Skill}s-lead",
            $"{Occ}{Manager},essential,skill/competence,{Skill}s-lead",
            $"{Occ}{Manager},essential,,{Skill}s-budget",
            $"{Occ}{Manager},optional,skill/competence,{Skill}s-crm");
        Write("broaderRelationsOccPillar.csv",
            "conceptType,conceptUri,broaderType,broaderUri",
            $"Occupation,{Occ}{Agent},ISCOGroup,http://data.europa.eu/esco/isco/C5244");
    }

    public string Folder { get; }

    public string Language { get; }

    public string RelationsFile { get; }

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Writes a file as ESCO does: UTF-8 without a BOM, each record ending in CRLF.</summary>
    public void Write(string file, params string[] records) =>
        File.WriteAllText(PathOf(file), string.Concat(records.Select(r => r + "\r\n")));

    /// <summary>Adds records to the end of a file.</summary>
    public void Append(string file, params string[] records) =>
        File.AppendAllText(PathOf(file), string.Concat(records.Select(r => r + "\r\n")));

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
