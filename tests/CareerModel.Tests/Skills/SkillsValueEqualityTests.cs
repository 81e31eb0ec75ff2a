using CareerModel.Skills;
using CareerModel.Tests.Equality;

namespace CareerModel.Tests.Skills;

/// <summary>
/// The equality kit of the skill values (Equals, ==, !=, GetHashCode): each equals a value built
/// apart from it, and differs from one differing in any single part its Equals compares.
/// </summary>
public class SkillsValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Bachelor),
            new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Bachelor),
            ("Minimum", new EducationRequirement(EducationLevel.Associate, EducationLevel.Bachelor)),
            ("Preferred", new EducationRequirement(EducationLevel.HighSchool, EducationLevel.Master)),
            ("Preferred (none)", new EducationRequirement(EducationLevel.HighSchool))),

        EqualityCase.Of(
            new ProficiencyScale("Support", ["None", "Learning", "Working", "Leading"]),
            // Level names are trimmed.
            new ProficiencyScale("Support", ["None", " Learning", "Working ", "Leading"]),
            ("Name", new ProficiencyScale("Service", ["None", "Learning", "Working", "Leading"])),
            ("LevelNames (one name)", new ProficiencyScale("Support", ["None", "Learning", "Practising", "Leading"])),
            ("LevelNames (one more)", new ProficiencyScale("Support", ["None", "Learning", "Working", "Leading", "Coaching"])),
            ("LevelNames (one fewer)", new ProficiencyScale("Support", ["None", "Learning", "Working"]))),

        EqualityCase.Of(
            new Skill("crm", "CRM software", SkillCategory.Technical, "Logs and tracks customer cases."),
            new Skill("crm", "CRM software", SkillCategory.Technical, " Logs and tracks customer cases. "),
            ("Id", new Skill("crm-admin", "CRM software", SkillCategory.Technical, "Logs and tracks customer cases.")),
            ("Name", new Skill("crm", "CRM systems", SkillCategory.Technical, "Logs and tracks customer cases.")),
            ("Category", new Skill("crm", "CRM software", SkillCategory.Knowledge, "Logs and tracks customer cases.")),
            ("Description", new Skill("crm", "CRM software", SkillCategory.Technical))),

        EqualityCase.Of(
            Requirement(),
            Requirement(),
            ("SkillId", Requirement(skillId: "empathy")),
            ("MinimumLevel", Requirement(minimumLevel: 3.25)),
            ("Importance", Requirement(importance: 2)),
            ("IsRequired", Requirement(isRequired: false)),
            ("StandardError", Requirement(standardError: 0.2)),
            ("StandardError (none)", Requirement(standardError: null)),
            ("LowerBound", Requirement(lowerBound: 2.75)),
            ("UpperBound", Requirement(upperBound: 3.75))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    /// <summary>A customer-service requirement for CRM software, with O*NET's uncertainty.</summary>
    private static SkillRequirement Requirement(
        string skillId = "crm", double minimumLevel = 3, double importance = 1.5, bool isRequired = true,
        double? standardError = 0.25, double lowerBound = 2.5, double upperBound = 3.5) =>
        (isRequired ? SkillRequirement.Required(skillId, minimumLevel, importance) : SkillRequirement.Preferred(skillId, minimumLevel, importance))
            .WithUncertainty(standardError, lowerBound, upperBound);
}
