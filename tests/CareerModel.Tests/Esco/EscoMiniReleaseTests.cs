using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Esco;
using CareerModel.People;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Esco;

/// <summary>A hand-written release: the mapping rules on three occupations, both file layouts, other languages, and the notes.</summary>
public sealed class EscoMiniReleaseTests : IDisposable
{
    private readonly MiniEscoRelease _release = new();

    public void Dispose() => _release.Dispose();

    [Fact]
    public void It_reads_quoted_fields_with_line_breaks_and_doubled_quotes()
    {
        var result = EscoCatalog.Load(_release.Folder);

        var agent = result.Occupations[MiniEscoRelease.Agent];
        Assert.Equal(["call centre operator", "inbound call centre agent"], agent.AlternativeLabels);
        Assert.Equal("Handle calls, \"politely\".", result.Catalog.GetRole(MiniEscoRelease.Agent).Description);
        Assert.Equal("5244.1", agent.Code);
        Assert.Null(agent.BroaderOccupationId);
    }

    [Fact]
    public void Essential_skills_are_required_and_optional_ones_preferred()
    {
        var agent = EscoCatalog.Load(_release.Folder).Catalog.GetRole(MiniEscoRelease.Agent);

        Assert.Equal(
            [("s-crm", true, 2.0), ("s-listen", true, 2.0), ("s-products", false, 1.0)],
            agent.Requirements.Select(r => (r.SkillId, r.IsRequired, r.Importance)).OrderBy(r => r.SkillId, StringComparer.Ordinal));
    }

    [Fact]
    public void The_importances_are_options()
    {
        var options = new EscoImportOptions { EssentialImportance = 3, OptionalImportance = 0.5 };

        var agent = EscoCatalog.Load(_release.Folder, options).Catalog.GetRole(MiniEscoRelease.Agent);

        Assert.Equal([0.5, 3, 3], agent.Requirements.Select(r => r.Importance).Order());
    }

    [Fact]
    public void A_person_holding_the_essential_skills_fits_the_required_ones_fully_and_a_missing_one_is_the_gap()
    {
        var catalog = EscoCatalog.Load(_release.Folder).Catalog;
        var assessor = CareerAssessor.Create(catalog, new FakeClock(Instant.FromUtc(2026, 12, 3, 0, 0)));
        var holder = new Profile(MiniEscoRelease.Agent).WithSkills([new SkillLevel("s-listen", 1), new SkillLevel("s-crm", 1)]);
        var half = new Profile(MiniEscoRelease.Agent).WithSkills([new SkillLevel("s-listen", 1)]);

        var full = assessor.AnalyzeGaps(holder, MiniEscoRelease.Supervisor);
        var partial = assessor.AnalyzeGaps(half, MiniEscoRelease.Agent);

        // The supervisor requires three skills of equal importance; the holder has two.
        Assert.Equal(2.0 / 3, full.Fit, 10);
        Assert.Equal("s-lead", Assert.Single(full.Gaps).SkillId);
        Assert.Equal(1, full.Gaps[0].Shortfall);
        Assert.Equal(0.5, partial.Fit, 10);
        var readiness = assessor.AssessReadiness(holder, MiniEscoRelease.Supervisor);
        Assert.False(readiness.IsReady);
        // The one missing skill is one level step of learning: a gap means a skill to learn, and the time is its category's.
        var plan = Assert.Single(readiness.Actions);
        Assert.Equal("s-lead", plan.TargetId);
        Assert.Equal(LearningTimes.Default.PerLevelStep(CareerModel.Skills.SkillCategory.Technical), plan.Time);
    }

    [Fact]
    public void Tracks_ranks_and_families_come_from_the_isco_group()
    {
        var catalog = EscoCatalog.Load(_release.Folder).Catalog;

        Assert.Equal(("isco-52", CareerTrack.IndividualContributor, 2), Describe(catalog.GetRole(MiniEscoRelease.Agent)));
        Assert.Equal(("isco-33", CareerTrack.IndividualContributor, 3), Describe(catalog.GetRole(MiniEscoRelease.Supervisor)));
        Assert.Equal(("isco-14", CareerTrack.Management, 3), Describe(catalog.GetRole(MiniEscoRelease.Manager)));
    }

    [Fact]
    public void The_agent_s_move_to_supervisor_is_a_promotion_and_the_supervisor_s_to_manager_a_track_switch()
    {
        var transitions = EscoCatalog.Load(_release.Folder).InferredTransitions;

        var up = transitions.Single(t => t.Transition.FromRoleId == MiniEscoRelease.Agent && t.Transition.ToRoleId == MiniEscoRelease.Supervisor);
        var across = transitions.Single(t => t.Transition.FromRoleId == MiniEscoRelease.Supervisor && t.Transition.ToRoleId == MiniEscoRelease.Manager);
        Assert.Equal(TransitionKind.Promotion, up.Transition.Kind);
        Assert.Equal(Period.FromYears(2), up.Transition.TypicalTime);
        Assert.Equal(2, up.SharedSkills);
        Assert.Equal(TransitionKind.TrackSwitch, across.Transition.Kind);
        Assert.Equal(Period.FromYears(1), across.Transition.TypicalTime);
        Assert.InRange(up.Transition.Strength, 0, 1);
    }

    [Fact]
    public void Without_inference_the_catalog_has_no_transitions()
    {
        var result = EscoCatalog.Load(_release.Folder, new EscoImportOptions { Transitions = { Enabled = false } });

        Assert.Empty(result.Catalog.Transitions);
        Assert.Empty(result.InferredTransitions);
    }

    [Fact]
    public void The_v1_2_layout_with_language_suffixed_relation_files_loads_the_same()
    {
        using var v12 = new MiniEscoRelease(relationsWithLanguage: true);

        var result = EscoCatalog.Load(v12.Folder);

        Assert.Equal(3, result.Catalog.GetRole(MiniEscoRelease.Agent).Requirements.Count);
    }

    [Fact]
    public void Another_language_s_files_load_when_the_options_name_it()
    {
        using var german = new MiniEscoRelease(language: "de");

        var result = EscoCatalog.Load(german.Folder, new EscoImportOptions { Language = "de" });
        var error = Assert.Throws<EscoFormatException>(() => EscoCatalog.Load(german.Folder));

        Assert.Equal(3, result.Catalog.Roles.Count);
        Assert.Equal("occupations_en.csv", error.FileName);
    }

    [Fact]
    public void A_skill_without_a_type_is_read_as_a_skill_and_noted()
    {
        var result = EscoCatalog.Load(_release.Folder);

        Assert.Equal(EscoSkillType.Unknown, result.Skills["s-budget"].Type);
        var note = Assert.Single(result.Notes, n => n.Kind == EscoImportNoteKind.FieldEmpty);
        Assert.Equal("skills_en.csv: 1 skills have no skillType and are read as skills/competences: s-budget.", note.ToString());
    }

    [Fact]
    public void Relations_to_an_occupation_or_skill_the_files_lack_are_skipped_and_noted()
    {
        _release.Append(_release.RelationsFile,
            "http://data.europa.eu/esco/occupation/gone,essential,knowledge,http://data.europa.eu/esco/skill/s-crm",
            $"http://data.europa.eu/esco/occupation/{MiniEscoRelease.Agent},optional,knowledge,http://data.europa.eu/esco/skill/nowhere");

        var result = EscoCatalog.Load(_release.Folder);

        Assert.Equal(3, result.Catalog.GetRole(MiniEscoRelease.Agent).Requirements.Count);
        Assert.Equal(
            ["1 relations name 'http://data.europa.eu/esco/occupation/gone', which the release's occupations and skills files do not hold; they were skipped.",
             "1 relations name 'http://data.europa.eu/esco/skill/nowhere', which the release's occupations and skills files do not hold; they were skipped."],
            result.Notes.Where(n => n.Kind == EscoImportNoteKind.RelationSkipped).Select(n => n.Message));
    }

    [Fact]
    public void Absent_optional_files_are_noted_and_the_rest_loads()
    {
        File.Delete(_release.PathOf("broaderRelationsOccPillar.csv"));

        var result = EscoCatalog.Load(_release.Folder);

        Assert.Contains(result.Notes, n => n.Kind == EscoImportNoteKind.FileAbsent && n.FileName == "broaderRelationsOccPillar.csv");
        Assert.Contains(result.Notes, n => n.Kind == EscoImportNoteKind.FileAbsent && n.FileName == "broaderRelationsSkillPillar.csv");
        Assert.Equal(3, result.Catalog.Roles.Count);
    }

    [Fact]
    public void The_occupation_hierarchy_makes_a_narrower_occupation_a_specialisation()
    {
        _release.Append("broaderRelationsOccPillar.csv",
            $"Occupation,http://data.europa.eu/esco/occupation/{MiniEscoRelease.Supervisor},Occupation,http://data.europa.eu/esco/occupation/{MiniEscoRelease.Manager}");

        var result = EscoCatalog.Load(_release.Folder);

        Assert.Equal(MiniEscoRelease.Manager, result.Occupations[MiniEscoRelease.Supervisor].BroaderOccupationId);
        var down = result.InferredTransitions.Single(t => t.Transition.FromRoleId == MiniEscoRelease.Manager && t.Transition.ToRoleId == MiniEscoRelease.Supervisor);
        Assert.True(down.HierarchyLink);
        Assert.Equal(TransitionKind.Specialisation, down.Transition.Kind);
    }

    private static (string, CareerTrack, int) Describe(Role role) => (role.Family, role.Track, role.Rank);
}
