using CareerModel.Careers;
using CareerModel.Skills;

namespace CareerModel.Esco.Internal;

/// <summary>
/// Turns the records into the model: occupations into roles (family, track and rank from the
/// ISCO-08 hierarchy), skill concepts into skills, essential and optional links into required and
/// preferred requirements on a two-level scale.
/// </summary>
internal static class CatalogAssembler
{
    /// <summary>ESCO's scale: a skill is held or not (docs/esco.md, "No proficiency levels").</summary>
    public static readonly ProficiencyScale Scale = new("ESCO: held or not", ["not held", "held"]);

    /// <summary>The one level every requirement asks for: held.</summary>
    public const double Held = 1;

    public static IReadOnlyList<Skill> Skills(EscoData data) =>
        [.. data.Skills.Select(s => new Skill(s.Id, s.Label, CategoryOf(s), s.Description))];

    public static IReadOnlyList<Role> Roles(EscoData data, EscoImportOptions options)
    {
        var roles = new Role[data.Occupations.Count];
        for (var i = 0; i < roles.Length; i++)
        {
            var occupation = data.Occupations[i];
            var requirements = data.Links[i].Select(link => link.Essential
                ? SkillRequirement.Required(data.Skills[link.Skill].Id, Held, options.EssentialImportance)
                : SkillRequirement.Preferred(data.Skills[link.Skill].Id, Held, options.OptionalImportance));
            roles[i] = new Role(occupation.Id, occupation.Label, FamilyOf(occupation.IscoGroup), TrackOf(occupation.IscoGroup), RankOf(occupation.IscoGroup))
                .WithDescription(occupation.Description)
                .WithAlternativeTitles(AlternativeTitles(occupation))
                .WithRequirements(requirements);
        }
        return roles;
    }

    /// <summary>
    /// The occupation's alternative labels as the role's alternative titles, each once: a label equal
    /// to the preferred label or to an earlier label ignoring case is left out (v1.1.1 repeats the
    /// preferred label among the alternatives of 2,716 occupations, and lists both "CNC miller" and
    /// "cnc miller" for some), as <see cref="Role.AlternativeTitles"/> asks.
    /// </summary>
    public static string[] AlternativeTitles(OccupationRecord occupation)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { occupation.Label.Trim() };
        return [.. occupation.AlternativeLabels.Where(seen.Add)];
    }

    /// <summary>The family is the ISCO-08 sub-major group, such as <c>isco-26</c> (legal, social and cultural professionals).</summary>
    public static string FamilyOf(string iscoGroup) => $"isco-{iscoGroup[..2]}";

    /// <summary>ISCO major group 1 (managers) is the management track; every other group is individual contribution.</summary>
    public static CareerTrack TrackOf(string iscoGroup) => iscoGroup[0] == '1' ? CareerTrack.Management : CareerTrack.IndividualContributor;

    /// <summary>
    /// The rank is ISCO-08's skill level of the group (1 to 4): 4 for professionals and most managers
    /// (sub-major groups 11–13), 3 for technicians and hospitality, retail and service managers (14),
    /// 2 for clerical, service, agricultural, craft and machine work (4–8), 1 for elementary
    /// occupations (9); the armed forces by rank: officers 4, non-commissioned officers 2, others 1.
    /// </summary>
    public static int RankOf(string iscoGroup) => iscoGroup[0] switch
    {
        '1' => iscoGroup[1] == '4' ? 3 : 4,
        '2' => 4,
        '3' => 3,
        '9' => 1,
        '0' => iscoGroup[1] switch { '1' => 4, '2' => 2, _ => 1 },
        _ => 2,
    };

    // Knowledge is knowledge; a transversal skill (communication, teamwork) is a soft skill; the rest is technical.
    private static SkillCategory CategoryOf(SkillRecord skill) => skill.Type switch
    {
        EscoSkillType.Knowledge => SkillCategory.Knowledge,
        _ when skill.ReuseLevel == "transversal" => SkillCategory.Soft,
        _ => SkillCategory.Technical,
    };
}
