using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Onet;

/// <summary>The real O*NET 29.0 release and OEWS May 2024 wages, checked against the files.</summary>
[Collection(OnetReleaseGroup.Name)]
public class OnetCatalogTests(OnetReleaseFixture fixture)
{
    private CareerCatalog Catalog => fixture.Result.Catalog;

    [Fact]
    public void Every_occupation_with_a_Job_Zone_becomes_a_role_and_the_rest_are_noted()
    {
        // 1,016 occupations; 923 have a Job Zone; the 93 without are the residual "All Other" ones.
        Assert.Equal(923, Catalog.Roles.Count);
        var skipped = fixture.Result.Notes.Where(n => n.Kind == ImportNoteKind.OccupationSkipped).ToList();
        Assert.Equal(1016 - 923, skipped.Count);
        Assert.Contains(skipped, n => n.OccupationCode == "11-9199.00" && n.Message.Contains("no Job Zone", StringComparison.Ordinal));
        Assert.All(skipped, n => Assert.False(Catalog.TryGetRole(n.OccupationCode!, out _)));
    }

    [Fact]
    public void Skills_and_knowledge_elements_become_skills_with_their_categories()
    {
        Assert.Equal(35 + 33, Catalog.Skills.Count);
        Assert.Equal(33, Catalog.Skills.Count(s => s.Category == SkillCategory.Knowledge));
        var listening = Catalog.GetSkill("2.A.1.b");
        Assert.Equal("Active Listening", listening.Name);
        Assert.Equal(SkillCategory.Soft, listening.Category);
        Assert.StartsWith("Giving full attention to what other people are saying", listening.Description, StringComparison.Ordinal);
        Assert.Equal(SkillCategory.Technical, Catalog.GetSkill("2.B.3.e").Category);   // Programming
        Assert.Equal(SkillCategory.Technical, Catalog.GetSkill("2.A.1.e").Category);   // Mathematics
        Assert.Equal(SkillCategory.Knowledge, Catalog.GetSkill("2.C.1.e").Category);   // Customer and Personal Service
        Assert.Equal(8, Catalog.ProficiencyScale.LevelNames.Count);
        Assert.Equal(7, Catalog.ProficiencyScale.Maximum);
    }

    [Fact]
    public void Requirements_count_every_rated_pair_less_the_suppressed_and_not_relevant_ones()
    {
        // Counted from the files: IM+LV pairs with neither Recommend Suppress = Y nor Not Relevant = Y.
        // Skills 27,345 and Knowledge 22,016.
        var requirements = Catalog.Roles.SelectMany(r => r.Requirements).ToList();
        Assert.Equal(27_345 + 22_016, requirements.Count);
        Assert.Equal(879, Catalog.Roles.Count(r => r.Requirements.Count > 0));
        Assert.All(requirements, r => Assert.InRange(r.MinimumLevel, 0, 7));
        Assert.All(requirements, r => Assert.InRange(r.Importance, 1, 5));
    }

    [Fact]
    public void Customer_service_representatives_match_the_files()
    {
        var role = Catalog.GetRole("43-4051.00");

        Assert.Equal("Customer Service Representatives", role.Title);
        Assert.Equal(2, role.Rank);
        Assert.Equal("43-0000", role.Family);
        Assert.Equal(CareerTrack.IndividualContributor, role.Track);
        Assert.StartsWith("Interact with customers to provide basic or scripted information", role.Description, StringComparison.Ordinal);
        // Skills.txt: Active Listening IM 4 (SE 0), LV 4, SE 0, bounds 4–4.
        Assert.Equal(SkillRequirement.Required("2.A.1.b", 4, 4).WithUncertainty(standardError: 0, lowerBound: 4, upperBound: 4), role.Requirements.Single(r => r.SkillId == "2.A.1.b"));
        // Knowledge.txt: Customer and Personal Service IM 4.7, LV 5.67, SE 0.4777, bounds 4.6884–6.6559.
        Assert.Equal(SkillRequirement.Required("2.C.1.e", 5.67, 4.7).WithUncertainty(standardError: 0.4777, lowerBound: 4.6884, upperBound: 6.6559), role.Requirements.Single(r => r.SkillId == "2.C.1.e"));
        // RL: 54.76% say a high-school diploma; RW: the median respondent says over 1 year up to 2.
        Assert.Equal(new EducationRequirement(EducationLevel.HighSchool), role.Education);
        Assert.Equal(ExperienceRange.Years(1, 2), role.TypicalExperience);
    }

    [Fact]
    public void Low_importance_ratings_are_preferred_not_required()
    {
        var role = Catalog.GetRole("43-4051.00");

        Assert.All(role.Requirements, r => Assert.Equal(r.Importance >= 3, r.IsRequired));
        Assert.Contains(role.Requirements, r => !r.IsRequired);
    }

    [Fact]
    public void Managers_and_first_line_supervisors_are_on_the_management_track()
    {
        Assert.Equal(CareerTrack.Management, Catalog.GetRole("11-1021.00").Track);
        Assert.Equal(CareerTrack.Management, Catalog.GetRole("43-1011.00").Track);
        Assert.Equal(CareerTrack.IndividualContributor, Catalog.GetRole("29-1141.00").Track);
        Assert.Equal(5, Catalog.GetRole("11-1011.00").Rank);
    }

    [Fact]
    public void A_US_band_is_made_from_the_OEWS_figures()
    {
        var band = Catalog.GetRole("43-4051.00").PayBands["US"];

        // OEWS 43-4051: p10 30,690, p25 35,970, median 42,830, p75 50,140, p90 62,730, mean 45,380.
        Assert.Equal(Usd(30_690), band.Minimum);
        Assert.Equal(Usd(42_830), band.Midpoint);
        Assert.Equal(Usd(62_730), band.Maximum);
        Assert.Equal(new PayPercentiles(Usd(30_690), Usd(35_970), Usd(42_830), Usd(50_140), Usd(62_730)), band.Percentiles);
        Assert.Equal(Usd(45_380), band.Mean);
        Assert.Equal(new Provenance("BLS OEWS", vintage: "May 2024"), band.Provenance);
        Assert.Equal(3, Catalog.Regions.Count);
        Assert.Equal(["US", "north-america", "world"], Catalog.GetRegionPath("US").Select(r => r.Id));
    }

    [Fact]
    public void Top_coded_figures_stay_top_coded_and_the_band_uses_exact_ones_only()
    {
        var wages = fixture.Result.Wages["11-1011.00"];
        var band = Catalog.GetRole("11-1011.00").PayBands["US"];

        // OEWS 11-1011: p75 and p90 are "#": at least $239,200 a year.
        Assert.Equal(WageFigure.TopCoded(Usd(239_200)), wages.Annual.P75);
        Assert.Equal(WageFigure.TopCoded(Usd(239_200)), wages.Annual.P90);
        Assert.Equal(WageFigure.TopCoded(new Money(115.00m, Currency.USD)), wages.Hourly.P90);
        Assert.Equal(WageFigure.Exact(Usd(206_420)), wages.AnnualMedian);
        Assert.Throws<TopCodedValueException>(() => wages.Annual.P90.GetExact());
        Assert.Equal(Usd(73_710), band.Minimum);
        Assert.Equal(Usd(206_420), band.Midpoint);
        Assert.Equal(Usd(206_420), band.Maximum);
        Assert.Null(band.Percentiles!.P75);
        Assert.Null(band.Percentiles.P90);
        Assert.Equal(Usd(262_930), band.Mean);
        Assert.Contains(fixture.Result.Notes, n => n.Kind == ImportNoteKind.PayBandOmitted && n.OccupationCode == "11-1011.00");
    }

    [Fact]
    public void Suppressed_wages_give_no_band_and_stay_suppressed()
    {
        var actors = fixture.Result.Wages["27-2011.00"];

        Assert.Equal(WageFigure.Suppressed, actors.Annual.Median);
        Assert.Equal(WageFigureStatus.Exact, actors.Hourly.Median.Status);
        Assert.Empty(Catalog.GetRole("27-2011.00").PayBands);
        Assert.Contains(fixture.Result.Notes, n => n.Kind == ImportNoteKind.PayBandOmitted && n.OccupationCode == "27-2011.00" && n.Message.Contains("not published", StringComparison.Ordinal));
    }

    [Fact]
    public void Wages_join_through_broad_and_combined_OEWS_codes_when_the_detailed_one_is_missing()
    {
        // 13-1021 Buyers: OEWS publishes only the broad 13-1020; 21-1011 Substance Abuse Counselors: the combined 21-1018.
        Assert.Equal("13-1020", fixture.Result.Wages["13-1021.00"].SocCode);
        Assert.Equal("21-1018", fixture.Result.Wages["21-1011.00"].SocCode);
        Assert.Equal("43-4051", fixture.Result.Wages["43-4051.00"].SocCode);
        Assert.Equal(2_725_930, fixture.Result.Wages["43-4051.00"].Employment);
        Assert.False(fixture.Result.Wages.ContainsKey("45-3031.00"));   // Fishing and Hunting Workers: not in OEWS
        Assert.Contains(fixture.Result.Notes, n => n.Kind == ImportNoteKind.WageJoin && n.OccupationCode == "45-3031.00");
        Assert.Equal(922, fixture.Result.Wages.Count);
        Assert.Equal(897, Catalog.Roles.Count(r => r.PayBands.Count > 0));
    }

    [Fact]
    public void Dropped_ratings_are_noted_per_occupation_and_file()
    {
        var note = fixture.Result.Notes.Single(n => n.Kind == ImportNoteKind.RatingDropped && n.OccupationCode == "11-1011.00" && n.Message.StartsWith("Skills", StringComparison.Ordinal));

        Assert.Contains("Not Relevant", note.Message, StringComparison.Ordinal);
        Assert.Contains(fixture.Result.Notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.Contains("Abilities", StringComparison.Ordinal));
    }

    [Fact]
    public void The_repository_release_has_no_title_files_so_roles_have_no_alternative_titles_and_the_notes_say_why()
    {
        Assert.All(Catalog.Roles, role => Assert.Empty(role.AlternativeTitles));
        Assert.Equal(2, fixture.Result.Notes.Count(n => n.Kind == ImportNoteKind.FileAbsent && n.Message.EndsWith("roles have no alternative titles from it.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_occupation_without_ratings_is_named_in_a_note_and_has_no_requirements()
    {
        var notes = fixture.Result.Notes.Where(n => n.Kind == ImportNoteKind.RequirementsMissing).ToList();
        var unrated = fixture.Result.Catalog.Roles.Where(r => r.Requirements.Count == 0).Select(r => r.Id).ToList();

        Assert.Equal(44, notes.Count);
        Assert.Equal(unrated, notes.Select(n => n.OccupationCode));
        Assert.Equal(
            "RequirementsMissing 15-1252.00: 'Software Developers' has no ratings in Skills or Knowledge, so its role has no requirements; transitions compare it through its SOC group's mean profile, at reduced weight.",
            notes.Single(n => n.OccupationCode == "15-1252.00").ToString());
    }

    [Fact]
    public void The_result_summarises_itself()
    {
        Assert.StartsWith("CareerCatalog: 923 roles, 68 skills, 3 regions, ", fixture.Result.ToString(), StringComparison.Ordinal);
        Assert.Contains("; 922 occupations with wages; ", fixture.Result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_without_wages_gives_the_same_roles_without_bands()
    {
        var options = new OnetImportOptions { Transitions = { Enabled = false } };
        var result = OnetCatalog.Load(OnetDataFolders.Onet, options);

        Assert.Empty(result.Wages);
        Assert.Empty(result.Catalog.Transitions);
        Assert.Equal(923, result.Catalog.Roles.Count);
        Assert.All(result.Catalog.Roles, r => Assert.Empty(r.PayBands));
        Assert.Equal(Catalog.GetRole("29-1141.00").Requirements, result.Catalog.GetRole("29-1141.00").Requirements);
    }

    [Fact]
    public void Options_change_what_is_kept()
    {
        var options = new OnetImportOptions
        {
            DropNotRelevantRatings = false,
            DropSuppressedRatings = false,
            MinimumImportance = 3,
            DefaultJobZone = 3,
            Transitions = { Enabled = false },
        };
        var result = OnetCatalog.Load(OnetDataFolders.Onet, options);

        Assert.Equal(1016, result.Catalog.Roles.Count);
        Assert.Equal(3, result.Catalog.GetRole("11-9199.00").Rank);
        Assert.All(result.Catalog.Roles.SelectMany(r => r.Requirements), r => Assert.True(r.Importance >= 3 && r.IsRequired));
    }

    private static Money Usd(decimal amount) => new(amount, Currency.USD);
}
