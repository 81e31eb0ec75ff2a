using CareerModel.Careers;
using CareerModel.Esco;
using CareerModel.Skills;

namespace CareerModel.Tests.Esco;

/// <summary>The real ESCO v1.1.1 release as a catalog: counts, known occupations and skills, the mapping rules, the notes.</summary>
[Collection(EscoReleaseGroup.Name)]
public class EscoCatalogTests(EscoReleaseFixture release)
{
    private const string TechnicalDirector = "00030d09-2b3a-4efd-87cc-c4ea39d27c34";
    private const string MissingOccupationUri = "http://data.europa.eu/esco/occupation/a9e54177-a185-404d-b6e6-15663d31137e";

    private EscoImportResult Result => release.Result;

    [Fact]
    public void Every_occupation_and_skill_of_the_release_is_in_the_catalog()
    {
        Assert.Equal(3_007, Result.Catalog.Roles.Count);
        Assert.Equal(13_896, Result.Catalog.Skills.Count);
        Assert.Equal(3_007, Result.Occupations.Count);
        Assert.Equal(619, Result.IscoGroups.Count);
    }

    [Fact]
    public void Every_relation_but_those_to_the_missing_occupation_becomes_a_requirement()
    {
        // 123,855 relations, of which 67 name an occupation the occupations file lacks.
        Assert.Equal(123_855 - 67, Result.Catalog.Roles.Sum(role => role.Requirements.Count));
        Assert.Equal(64_946, Result.Catalog.Roles.Sum(role => role.Requirements.Count(r => r.IsRequired)) + EssentialLinksOfTheMissingOccupation());
    }

    [Fact]
    public void The_technical_director_is_a_professional_under_isco_2654_with_its_labels()
    {
        var role = Result.Catalog.GetRole(TechnicalDirector);
        var occupation = Result.Occupations[TechnicalDirector];

        Assert.Equal("technical director", role.Title);
        Assert.Equal("isco-26", role.Family);
        Assert.Equal(CareerTrack.IndividualContributor, role.Track);
        Assert.Equal(4, role.Rank);
        Assert.Equal("2654", occupation.IscoGroup);
        Assert.Equal("http://data.europa.eu/esco/occupation/" + TechnicalDirector, occupation.Uri);
        Assert.Contains("head of technical department", occupation.AlternativeLabels);
        Assert.Equal("Film, stage and related directors and producers", Result.IscoGroups["2654"]);
    }

    [Fact]
    public void A_skill_keeps_its_label_type_reuse_level_and_groups()
    {
        var skill = Result.Skills["0005c151-5b5a-4a66-8aac-60e734beb1ab"];

        Assert.Equal("manage musical staff", skill.PreferredLabel);
        Assert.Equal(EscoSkillType.SkillOrCompetence, skill.Type);
        Assert.Equal("sector-specific", skill.ReuseLevel);
        Assert.NotEmpty(skill.GroupIds);
        Assert.Equal(SkillCategory.Technical, Result.Catalog.GetSkill(skill.Id).Category);
    }

    [Fact]
    public void Essential_skills_are_required_and_optional_ones_preferred_at_the_one_level_of_held()
    {
        Assert.Equal(1, Result.Catalog.ProficiencyScale.Maximum);
        Assert.All(Result.Catalog.Roles.SelectMany(role => role.Requirements), r =>
        {
            Assert.Equal(1, r.MinimumLevel);
            Assert.Equal(r.IsRequired ? 2 : 1, r.Importance);
        });
    }

    [Fact]
    public void Managers_are_the_management_track_and_ranks_follow_the_isco_skill_levels()
    {
        var byMajorGroup = Result.Occupations.Values.GroupBy(o => o.IscoGroup[0]).ToDictionary(g => g.Key, g => g.Select(o => Result.Catalog.GetRole(o.Id)).ToList());

        Assert.All(byMajorGroup['1'], role => Assert.Equal(CareerTrack.Management, role.Track));
        Assert.All(byMajorGroup['2'], role => Assert.Equal(4, role.Rank));
        Assert.All(byMajorGroup['3'], role => Assert.Equal(3, role.Rank));
        Assert.All(byMajorGroup['5'], role => Assert.Equal(2, role.Rank));
        Assert.All(byMajorGroup['9'], role => Assert.Equal(1, role.Rank));
        Assert.All(byMajorGroup.Where(g => g.Key != '1').SelectMany(g => g.Value), role => Assert.Equal(CareerTrack.IndividualContributor, role.Track));
    }

    [Fact]
    public void The_release_s_own_gaps_are_noted_never_silently_skipped()
    {
        var skipped = Assert.Single(Result.Notes, n => n.Kind == EscoImportNoteKind.RelationSkipped && n.FileName == "occupationSkillRelations.csv");
        Assert.Equal($"67 relations name '{MissingOccupationUri}', which the release's occupations and skills files do not hold; they were skipped.", skipped.Message);
        Assert.Contains(Result.Notes, n => n.Kind == EscoImportNoteKind.FieldEmpty && n.Message.StartsWith("6 skills have no skillType", StringComparison.Ordinal));
        Assert.Contains(Result.Notes, n => n.Kind == EscoImportNoteKind.GroupMissing && n.Message.StartsWith("7 skill groups", StringComparison.Ordinal));
        Assert.Contains(Result.Notes, n => n.Kind == EscoImportNoteKind.RelationSkipped && n.FileName == "broaderRelationsOccPillar.csv");
    }

    [Fact]
    public void The_occupation_hierarchy_links_narrower_occupations_to_broader_ones()
    {
        // 1,248 occupation → occupation records, one of which names the missing occupation.
        Assert.Equal(1_247, Result.Occupations.Values.Count(o => o.BroaderOccupationId is not null));
        Assert.All(Result.Occupations.Values.Where(o => o.BroaderOccupationId is not null), o => Assert.True(Result.Occupations.ContainsKey(o.BroaderOccupationId!)));
    }

    [Fact]
    public void The_assessor_measures_a_call_centre_agent_against_a_contact_centre_supervisor()
    {
        var agent = Result.Occupations.Values.Single(o => o.PreferredLabel == "call centre agent");
        var supervisor = Result.Occupations.Values.Single(o => o.PreferredLabel == "contact centre supervisor");
        var essentials = Result.Catalog.GetRole(agent.Id).Requirements.Where(r => r.IsRequired).Select(r => new CareerModel.People.SkillLevel(r.SkillId, 1));
        var person = new CareerModel.People.Profile(agent.Id).WithSkills(essentials);
        var assessor = CareerModel.Assessment.CareerAssessor.Create(Result.Catalog, new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 12, 3, 0, 0)));

        var gaps = assessor.AnalyzeGaps(person, supervisor.Id);

        var required = Result.Catalog.GetRole(supervisor.Id).Requirements.Where(r => r.IsRequired).ToList();
        var held = required.Count(r => essentials.Any(e => e.SkillId == r.SkillId));
        Assert.Equal((double)held / required.Count, gaps.Fit, 10);
        Assert.Equal(required.Count - held, gaps.Gaps.Count(g => g.IsRequired));
    }

    private static int EssentialLinksOfTheMissingOccupation() =>
        File.ReadLines(Path.Combine(EscoReleaseFixture.Folder, "occupationSkillRelations.csv"))
            .Count(line => line.StartsWith(MissingOccupationUri + ",essential,", StringComparison.Ordinal));
}
