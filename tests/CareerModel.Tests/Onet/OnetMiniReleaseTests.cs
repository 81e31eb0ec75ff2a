using System.Globalization;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.Skills;

namespace CareerModel.Tests.Onet;

/// <summary>A tiny release in the text edition's layout: the rules for flags, n/a, optional files and notes.</summary>
public sealed class OnetMiniReleaseTests : IDisposable
{
    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    [Fact]
    public void The_text_edition_loads_with_n_a_for_missing_values()
    {
        var result = OnetCatalog.Load(release.Folder);
        var catalog = result.Catalog;

        Assert.Equal(["43-1011.00", "43-4051.00", "43-4171.00"], catalog.Roles.Select(r => r.Id));
        Assert.Equal(["2.A.1.b", "2.B.3.e", "2.C.1.e"], catalog.Skills.Select(s => s.Id));
        Assert.Equal(SkillCategory.Technical, catalog.GetSkill("2.B.3.e").Category);
        Assert.Null(catalog.GetSkill("2.A.1.b").Description);   // no Content Model Reference here
        var supervisor = catalog.GetRole("43-1011.00");
        Assert.Equal(CareerTrack.Management, supervisor.Track);
        // Programming: IM 2, LV 1.5, no standard error or bounds (n/a): kept, but only preferred.
        Assert.Contains(SkillRequirement.Preferred("2.B.3.e", 1.5, 2), supervisor.Requirements);
        Assert.Null(supervisor.Education);
        Assert.Null(supervisor.TypicalExperience);
    }

    [Fact]
    public void Not_relevant_and_suppressed_ratings_are_dropped_and_noted()
    {
        var result = OnetCatalog.Load(release.Folder);

        // Representatives' Programming is Not Relevant; supervisors' Active Listening level is Recommend Suppress.
        Assert.Equal(["2.A.1.b", "2.C.1.e"], result.Catalog.GetRole("43-4051.00").Requirements.Select(r => r.SkillId));
        Assert.Equal(["2.B.3.e", "2.C.1.e"], result.Catalog.GetRole("43-1011.00").Requirements.Select(r => r.SkillId));
        Assert.Equal(SkillRequirement.Required("2.A.1.b", 4, 4).WithUncertainty(standardError: 0.1, lowerBound: 3.8, upperBound: 4.2), result.Catalog.GetRole("43-4051.00").Requirements[0]);
        Assert.Contains(new ImportNote(ImportNoteKind.RatingDropped, "43-4051.00", "Skills.txt: 1 ratings not made requirements (1 Not Relevant)."), result.Notes);
        Assert.Contains(new ImportNote(ImportNoteKind.RatingDropped, "43-1011.00", "Skills.txt: 1 ratings not made requirements (1 Recommend Suppress)."), result.Notes);
    }

    [Fact]
    public void Ratings_below_the_minimum_importance_or_without_both_scales_are_dropped_and_counted_in_one_note()
    {
        // Receptionists' Programming loses its LV row: an IM rating alone makes no requirement.
        var skills = File.ReadAllLines(release.PathOf("Skills.txt"));
        File.WriteAllLines(release.PathOf("Skills.txt"), skills.Where(line => !line.StartsWith("43-4171.00\t2.B.3.e\tProgramming\tLV", StringComparison.Ordinal)));

        var result = OnetCatalog.Load(release.Folder, new OnetImportOptions { MinimumImportance = 2.5 });

        Assert.Equal(
            [
                "43-1011.00 Skills.txt: 2 ratings not made requirements (1 Recommend Suppress, 1 below importance 2.5).",
                "43-4051.00 Skills.txt: 1 ratings not made requirements (1 Not Relevant).",
                "43-4171.00 Skills.txt: 1 ratings not made requirements (1 without both an IM and an LV rating).",
            ],
            result.Notes.Where(n => n.Kind == ImportNoteKind.RatingDropped).Select(n => $"{n.OccupationCode} {n.Message}").Order(StringComparer.Ordinal));
        Assert.Equal(["2.C.1.e"], result.Catalog.GetRole("43-1011.00").Requirements.Select(r => r.SkillId));
        Assert.Equal(["2.A.1.b", "2.C.1.e"], result.Catalog.GetRole("43-4171.00").Requirements.Select(r => r.SkillId));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void The_lowest_and_highest_job_zones_are_accepted_as_the_default(int zone)
    {
        var result = OnetCatalog.Load(release.Folder, new OnetImportOptions { DefaultJobZone = zone });

        Assert.Contains(result.Catalog.Roles, r => r.Id == "43-9199.00");
    }

    [Fact]
    public void Keeping_flagged_ratings_is_an_option()
    {
        var result = OnetCatalog.Load(release.Folder, new OnetImportOptions { DropNotRelevantRatings = false, DropSuppressedRatings = false });

        Assert.Contains(SkillRequirement.Preferred("2.B.3.e", 0.12, 1).WithUncertainty(standardError: 0.1, lowerBound: 0, upperBound: 0.3), result.Catalog.GetRole("43-4051.00").Requirements);
        Assert.Equal(3, result.Catalog.GetRole("43-1011.00").Requirements.Count);
    }

    [Fact]
    public void Unknown_occupations_and_absent_optional_files_are_noted()
    {
        var result = OnetCatalog.Load(release.Folder);

        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, "99-9999.00", "Knowledge.txt line 8: occupation '99-9999.00' is not in Occupation Data; its rows are ignored."), result.Notes);
        Assert.Contains(new ImportNote(ImportNoteKind.OccupationSkipped, "43-9199.00", "'Office and Administrative Support Workers, All Other' has no Job Zone, so it has no rank; set DefaultJobZone to include it."), result.Notes);
        Assert.Contains(result.Notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.StartsWith("'Abilities'", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.StartsWith("'Education, Training, and Experience'", StringComparison.Ordinal));
        Assert.Equal("OccupationSkipped 43-9199.00: 'Office and Administrative Support Workers, All Other' has no Job Zone, so it has no rank; set DefaultJobZone to include it.",
            result.Notes.Single(n => n.Kind == ImportNoteKind.OccupationSkipped).ToString());
    }

    [Fact]
    public void Abilities_become_ability_requirements_when_the_file_is_present()
    {
        release.Write("Abilities.txt",
            MiniRelease.RatingHeader,
            MiniRelease.Rating("43-4051.00", "1.A.1.a.1", "Oral Comprehension", "IM", "4.00", "0.10", "3.80", "4.20", "N", "n/a"),
            MiniRelease.Rating("43-4051.00", "1.A.1.a.1", "Oral Comprehension", "LV", "4.12", "0.10", "3.90", "4.30", "N", "N"));

        var result = OnetCatalog.Load(release.Folder);

        Assert.Equal(SkillCategory.Ability, result.Catalog.GetSkill("1.A.1.a.1").Category);
        Assert.Contains(SkillRequirement.Required("1.A.1.a.1", 4.12, 4).WithUncertainty(standardError: 0.1, lowerBound: 3.9, upperBound: 4.3), result.Catalog.GetRole("43-4051.00").Requirements);
        Assert.DoesNotContain(result.Notes, n => n.Kind == ImportNoteKind.FileAbsent && n.Message.Contains("Abilities", StringComparison.Ordinal));
    }

    [Fact]
    public void A_descriptor_file_with_more_elements_than_the_first_allocation_keeps_every_rating_of_every_occupation()
    {
        // 70 elements outgrow the reader's first 64 slots per occupation, and the two occupations
        // are rated differently (levels, and one rating flagged not relevant in the first slots)
        // so a rating copied to the wrong occupation when the slots grow shows.
        string[] codes = ["43-4051.00", "43-4171.00"];
        var rows = new List<string> { MiniRelease.RatingHeader };
        for (var e = 1; e <= 70; e++)
        {
            for (var c = 0; c < codes.Length; c++)
            {
                var notRelevant = c == 0 && e == 2 ? "Y" : "N";
                rows.Add(MiniRelease.Rating(codes[c], $"1.A.{e}", $"Ability {e}", "IM", "3.00", "0.10", "2.80", "3.20", "N", "n/a"));
                rows.Add(MiniRelease.Rating(codes[c], $"1.A.{e}", $"Ability {e}", "LV", Level(c, e).ToString(CultureInfo.InvariantCulture), "0.00", "n/a", "n/a", "N", notRelevant));
            }
        }
        release.Write("Abilities.txt", [.. rows]);

        var catalog = OnetCatalog.Load(release.Folder).Catalog;

        Assert.Equal(70, catalog.Skills.Count(s => s.Category == SkillCategory.Ability));
        for (var c = 0; c < codes.Length; c++)
        {
            var expected = Enumerable.Range(1, 70)
                .Where(e => !(c == 0 && e == 2))
                .Select(e => SkillRequirement.Required($"1.A.{e}", Level(c, e), 3).WithUncertainty(standardError: 0))
                .ToList();
            var abilities = catalog.GetRole(codes[c]).Requirements.Where(r => r.SkillId.StartsWith("1.A.", StringComparison.Ordinal)).OrderBy(r => int.Parse(r.SkillId[4..], CultureInfo.InvariantCulture));
            Assert.Equal(expected, abilities);
        }

        static int Level(int occupation, int element) => 1 + ((element + (3 * occupation)) % 6);
    }

    [Fact]
    public void Education_and_experience_come_from_the_median_respondent()
    {
        var header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source";
        var rows = new List<string> { header };
        // RL: 30% high school, 30% associate, 40% bachelor's → median associate, most common bachelor's.
        double[] rl = [0, 30, 0, 0, 30, 40, 0, 0, 0, 0, 0, 0];
        double[] rw = [0, 0, 0, 0, 0, 0, 20, 60, 20, 0, 0];   // median: over 4 years up to 6
        for (var c = 0; c < rl.Length; c++)
            rows.Add($"43-4051.00\t2.D.1\tRequired Level of Education\tRL\t{c + 1}\t{rl[c]}\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");
        for (var c = 0; c < rw.Length; c++)
            rows.Add($"43-4051.00\t3.A.1\tRelated Work Experience\tRW\t{c + 1}\t{rw[c]}\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");
        rows.Add("43-4051.00\t2.D.4.a\tJob-Related Professional Certification\tIM\tn/a\t3.01\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");
        release.Write("Education, Training, and Experience.txt", [.. rows]);

        var role = OnetCatalog.Load(release.Folder).Catalog.GetRole("43-4051.00");

        Assert.Equal(new EducationRequirement(EducationLevel.Associate, EducationLevel.Bachelor), role.Education);
        Assert.Equal(ExperienceRange.Years(4, 6), role.TypicalExperience);
    }

    [Fact]
    public void Experience_without_education_shares_gives_a_range_but_no_education()
    {
        var header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source";
        release.Write("Education, Training, and Experience.txt", header,
            "43-4051.00\t2.D.1\tRequired Level of Education\tRL\t2\t0\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent",
            "43-4051.00\t3.A.1\tRelated Work Experience\tRW\t6\t100\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");

        var role = OnetCatalog.Load(release.Folder).Catalog.GetRole("43-4051.00");

        Assert.Null(role.Education);
        Assert.Equal(ExperienceRange.Years(1, 2), role.TypicalExperience);
    }

    [Fact]
    public void Education_rows_of_an_occupation_not_in_the_release_are_checked_then_ignored()
    {
        var header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source";
        release.Write("Education, Training, and Experience.txt", header,
            "99-9999.00\t2.D.1\tRequired Level of Education\tRL\t2\t100\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");

        var result = OnetCatalog.Load(release.Folder);

        Assert.Null(result.Catalog.GetRole("43-4051.00").Education);
        Assert.Contains(new ImportNote(ImportNoteKind.RowIgnored, "99-9999.00", "Education, Training, and Experience.txt line 2: occupation '99-9999.00' is not in Occupation Data; its rows are ignored."), result.Notes);

        release.Write("Education, Training, and Experience.txt", header,
            "99-9999.00\t2.D.1\tRequired Level of Education\tRL\t2\t100.5\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");
        var ex = Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder));
        Assert.Equal(("Education, Training, and Experience.txt", 2, 6), (ex.FileName, ex.LineNumber, ex.ColumnNumber));
        Assert.Equal("RL share 100.5 must be a percentage from 0 to 100.", ex.Problem);
    }

    [Fact]
    public void An_unknown_education_scale_or_category_is_rejected()
    {
        var header = "O*NET-SOC Code\tElement ID\tElement Name\tScale ID\tCategory\tData Value\tN\tStandard Error\tLower CI Bound\tUpper CI Bound\tRecommend Suppress\tDate\tDomain Source";
        release.Write("Education, Training, and Experience.txt", header, "43-4051.00\t2.D.1\tRequired Level of Education\tRL\t13\t10\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");
        Assert.Equal("Category 13 is outside the RL scale's categories 1 to 12.", Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder)).Problem);

        release.Write("Education, Training, and Experience.txt", header, "43-4051.00\t2.D.1\tRequired Level of Education\tZZ\t1\t10\t20\tn/a\tn/a\tn/a\tN\t08/2023\tIncumbent");
        Assert.Equal("Scale 'ZZ' is not one the importer knows here; expected RL, RW, PT, OJ or IM.", Assert.Throws<OnetFormatException>(() => OnetCatalog.Load(release.Folder)).Problem);
    }

    [Fact]
    public void OEWS_marks_become_top_coded_and_suppressed_figures_and_columns_match_whatever_their_case()
    {
        var oews = release.PathOf("national_M2023_dl.txt");
        File.WriteAllText(oews, string.Join('\n',
            "area_type\tnaics\tocc_code\tocc_title\to_group\ttot_emp\th_mean\ta_mean\th_pct10\th_pct25\th_median\th_pct75\th_pct90\ta_pct10\ta_pct25\ta_median\ta_pct75\ta_pct90",
            "1\t000000\t43-1011\tFirst-Line Supervisors of Office and Administrative Support Workers\tdetailed\t1,500,000\t#\t*\t20\t25\t30\t#\t#\t41600\t52000\t62400\t#\t#",
            "1\t000000\t43-4051\tCustomer Service Representatives\tdetailed\t**\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*\t*",
            "2\t000000\t43-4171\tReceptionists and Information Clerks\tdetailed\t100\t15\t31200\t10\t12\t15\t18\t20\t20800\t24960\t31200\t37440\t41600",
            "1\t000000\t43-0000\tOffice and Administrative Support Occupations\tmajor\t100\t15\t31200\t10\t12\t15\t18\t20\t20800\t24960\t31200\t37440\t41600") + "\n");

        var result = OnetCatalog.Load(release.Folder, oews, new OnetImportOptions { TopCodedAnnualWage = 100_000m });

        var supervisors = result.Wages["43-1011.00"];
        Assert.Equal(1_500_000, supervisors.Employment);
        Assert.Equal(WageFigure.TopCoded(new Money(100_000m, Currency.USD)), supervisors.Annual.P75);
        Assert.Equal(WageFigure.TopCoded(new Money(115m, Currency.USD)), supervisors.Hourly.Mean);
        Assert.Equal(WageFigure.Suppressed, supervisors.Annual.Mean);
        var band = result.Catalog.GetRole("43-1011.00").PayBands["US"];
        Assert.Equal("USD 41,600.00 – 62,400.00 (midpoint 62,400.00)", band.ToString());
        Assert.Equal(new Provenance("BLS OEWS", vintage: "May 2023"), band.Provenance);
        Assert.True(result.Wages["43-4051.00"].Annual.IsEmpty);
        Assert.Null(result.Wages["43-4051.00"].Employment);
        Assert.Empty(result.Catalog.GetRole("43-4051.00").PayBands);
        Assert.False(result.Wages.ContainsKey("43-4171.00"));   // a state row (AREA_TYPE 2) is not national
    }

    [Fact]
    public void Options_are_checked_when_loading_and_name_the_option()
    {
        Assert.Equal("DefaultJobZone 6 must be from 1 to 5, or null to skip occupations without a Job Zone. (Parameter 'DefaultJobZone')\nActual value was 6.",
            Assert.Throws<ArgumentOutOfRangeException>("DefaultJobZone", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { DefaultJobZone = 6 })).Message.ReplaceLineEndings("\n"));
        Assert.StartsWith("MinimumImportance 0.5 must be a number from 1 to 5",
            Assert.Throws<ArgumentOutOfRangeException>("MinimumImportance", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { MinimumImportance = 0.5 })).Message, StringComparison.Ordinal);
        Assert.StartsWith("NeighboursPerOccupation 0 must be at least 1.",
            Assert.Throws<ArgumentOutOfRangeException>("NeighboursPerOccupation", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { NeighboursPerOccupation = 0 } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("SkillWeight -1 must be a finite number, zero or more.",
            Assert.Throws<ArgumentOutOfRangeException>("SkillWeight", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { SkillWeight = -1 } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("BorrowedProfileWeight 1.5 must be a finite number from 0 to 1.",
            Assert.Throws<ArgumentOutOfRangeException>("BorrowedProfileWeight", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { BorrowedProfileWeight = 1.5 } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("PeerSupervisorWeight -0.5 must be a finite number, zero or more.",
            Assert.Throws<ArgumentOutOfRangeException>("PeerSupervisorWeight", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { PeerSupervisorWeight = -0.5 } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("MaxJobZoneStepUp 5 must be from 0 to 4",
            Assert.Throws<ArgumentOutOfRangeException>("MaxJobZoneStepUp", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { MaxJobZoneStepUp = 5 } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("StrengthMidpoint NaN must be a finite number.",
            Assert.Throws<ArgumentOutOfRangeException>("StrengthMidpoint", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { StrengthMidpoint = double.NaN } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("StrengthSpread 0 must be a finite number greater than zero.",
            Assert.Throws<ArgumentOutOfRangeException>("StrengthSpread", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { StrengthSpread = 0 } })).Message, StringComparison.Ordinal);
        Assert.StartsWith("TimePerJobZoneStep P10D must be zero or more whole years and months.",
            Assert.Throws<ArgumentException>("TimePerJobZoneStep", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { TimePerJobZoneStep = NodaTime.Period.FromDays(10) } })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wage_caps_the_transition_options_and_their_times_are_checked_when_loading_and_name_the_option()
    {
        Assert.Equal("TopCodedHourlyWage 0 must be greater than zero. (Parameter 'TopCodedHourlyWage')\nActual value was 0.",
            Assert.Throws<ArgumentOutOfRangeException>("TopCodedHourlyWage", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { TopCodedHourlyWage = 0 })).Message.ReplaceLineEndings("\n"));
        Assert.Equal("Transitions must not be null. (Parameter 'Transitions')",
            Assert.Throws<ArgumentNullException>("Transitions", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = null! })).Message);
        Assert.Equal("MinimumScore must be a number (it may be negative infinity to keep every neighbour). (Parameter 'MinimumScore')\nActual value was NaN.",
            Assert.Throws<ArgumentOutOfRangeException>("MinimumScore", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { MinimumScore = double.NaN } })).Message.ReplaceLineEndings("\n"));
        Assert.Equal("At least one of the skill, knowledge, ability, education and description weights must be greater than zero. (Parameter 'SkillWeight')",
            Assert.Throws<ArgumentException>("SkillWeight", () => OnetCatalog.Load(release.Folder, new OnetImportOptions
            {
                Transitions = { SkillWeight = 0, KnowledgeWeight = 0, AbilityWeight = 0, EducationWeight = 0, DescriptionWeight = 0 },
            })).Message);
        Assert.Equal("SameLevelMoveTime must not be null. (Parameter 'SameLevelMoveTime')",
            Assert.Throws<ArgumentNullException>("SameLevelMoveTime", () => OnetCatalog.Load(release.Folder, new OnetImportOptions { Transitions = { SameLevelMoveTime = null! } })).Message);
    }

    [Fact]
    public void Only_the_description_weight_is_enough_for_transitions()
    {
        var options = new OnetImportOptions { Transitions = { SkillWeight = 0, KnowledgeWeight = 0, AbilityWeight = 0, EducationWeight = 0, DescriptionWeight = 0.1 } };

        Assert.NotNull(OnetCatalog.Load(release.Folder, options).Catalog);
    }

    [Fact]
    public void Options_document_their_defaults()
    {
        var options = new OnetImportOptions();

        Assert.True(options.DropSuppressedRatings);
        Assert.True(options.DropNotRelevantRatings);
        Assert.Equal(1, options.MinimumImportance);
        Assert.Equal(3, options.RequiredImportance);
        Assert.Null(options.DefaultJobZone);
        Assert.Equal(239_200m, options.TopCodedAnnualWage);
        Assert.Equal(115m, options.TopCodedHourlyWage);
        Assert.Null(options.WageVintage);
        var t = options.Transitions;
        Assert.True(t.Enabled);
        Assert.Equal(10, t.NeighboursPerOccupation);
        Assert.Equal(1.0, t.MinimumScore);
        Assert.Equal((0.5, 1.5, 1.0, 0.0, 1.5, 0.5), (t.SkillWeight, t.KnowledgeWeight, t.AbilityWeight, t.EducationWeight, t.DescriptionWeight, t.SocWeight));
        Assert.Equal((0.25, 0.5, 0.5), (t.SupervisorWeight, t.PeerSupervisorWeight, t.BorrowedProfileWeight));
        Assert.Equal((0.0, 0.1, 1, 1), (t.JobZoneStepPenalty, t.DownwardStepPenalty, t.MaxJobZoneStepUp, t.MaxJobZoneStepDown));
        Assert.Equal((2.0, 0.5), (t.StrengthMidpoint, t.StrengthSpread));
        Assert.Equal(NodaTime.Period.FromYears(2), t.TimePerJobZoneStep);
        Assert.Equal(NodaTime.Period.FromYears(1), t.SameLevelMoveTime);
    }

    [Fact]
    public void Small_releases_get_transitions_too()
    {
        var options = new OnetImportOptions { Transitions = { MinimumScore = double.NegativeInfinity } };

        var catalog = OnetCatalog.Load(release.Folder, options).Catalog;

        var move = catalog.GetTransitionsFrom("43-4051.00").Single(t => t.ToRoleId == "43-1011.00");
        Assert.Equal(TransitionKind.Promotion, move.Kind);
        Assert.Equal(TransitionKind.TrackSwitch, catalog.GetTransitionsFrom("43-1011.00").Single(t => t.ToRoleId == "43-4051.00").Kind);
    }
}
