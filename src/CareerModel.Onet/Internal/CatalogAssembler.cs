using System.Globalization;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Onet.Internal;

/// <summary>Turns what <see cref="OnetReader"/> read into roles, skills, regions, pay bands and transitions.</summary>
internal sealed class CatalogAssembler(OnetData data, Dictionary<string, OewsRow>? wages, string? wageVintage, OnetImportOptions options)
{
    /// <summary>The region every imported pay band belongs to.</summary>
    public const string UsRegionId = "US";

    private readonly List<ImportNote> notes = [];

    public static ProficiencyScale LevelScale { get; } = new ProficiencyScale(
        "O*NET Level (LV 0-7)",
        ["Not needed", "Minimal", "Basic", "Developing", "Intermediate", "Advanced", "Highly advanced", "Expert"]);

    public OnetImportResult Assemble(List<ImportNote> readNotes)
    {
        notes.AddRange(readNotes);
        var included = new List<Occupation>(data.Occupations.Length);
        var ranks = new List<int>(data.Occupations.Length);
        foreach (var occupation in data.Occupations)
        {
            var zone = occupation.JobZone ?? options.DefaultJobZone;
            if (zone is null)
            {
                notes.Add(new ImportNote(ImportNoteKind.OccupationSkipped, occupation.Code, $"'{occupation.Title}' has no Job Zone, so it has no rank; set DefaultJobZone to include it."));
                continue;
            }
            included.Add(occupation);
            ranks.Add(zone.Value);
        }
        var skills = Skills().ToList();
        var wageTable = new Dictionary<string, OccupationWages>(StringComparer.Ordinal);
        var joins = wages is null ? null : new WageJoin(wages, data.Occupations);
        var roles = new Role[included.Count];
        for (var i = 0; i < included.Count; i++)
        {
            var occupation = included[i];
            IReadOnlyDictionary<string, SalaryBand>? bands = null;
            if (joins?.Find(occupation, notes) is { } row)
            {
                var table = new OccupationWages(occupation.Code, row.Code, row.Title, row.Employment, row.Annual, row.Hourly);
                wageTable.Add(occupation.Code, table);
                if (Band(occupation, row) is { } band)
                    bands = new Dictionary<string, SalaryBand>(StringComparer.Ordinal) { [UsRegionId] = band };
            }
            roles[i] = new Role(occupation.Code, occupation.Title, occupation.Code[..2] + "-0000", Track(occupation), ranks[i])
                .WithTypicalExperience(Experience(occupation))
                .WithRequirements(Requirements(occupation))
                .WithPayBands(bands)
                .WithEducation(Education(occupation))
                .WithDescription(occupation.Description)
                .WithAlternativeTitles(occupation.AlternateTitles);
        }
        var inferred = options.Transitions.Enabled ? Transitions(included, roles, ranks.ToArray()) : [];
        var catalog = CareerCatalog.CreateBuilder()
            .UseProficiencyScale(LevelScale)
            .AddSkills(skills)
            .AddRegions(
            [
                new Region("world", "World", RegionKind.World, Currency.USD),
                new Region("north-america", "North America", RegionKind.RegionGroup, Currency.USD, "world"),
                new Region(UsRegionId, "United States", RegionKind.Country, Currency.USD, "north-america"),
            ])
            .AddRoles(roles)
            .AddTransitions(inferred.Select(t => t.Transition))
            .Build();
        var ordered = inferred
            .OrderBy(t => t.Transition.FromRoleId, StringComparer.Ordinal)
            .ThenBy(t => t.Transition.ToRoleId, StringComparer.Ordinal)
            .ToArray();
        return new OnetImportResult(
            catalog,
            wageTable.ToDictionary(StringComparer.Ordinal).AsReadOnly(),
            Array.AsReadOnly(ordered),
            notes.AsReadOnly());
    }

    /// <summary>
    /// Management for SOC major group 11 (managers) and for first-line supervisors, whose work is
    /// leading people; every other occupation is an individual contributor.
    /// </summary>
    internal static CareerTrack Track(Occupation occupation) =>
        occupation.Code.StartsWith("11-", StringComparison.Ordinal) || occupation.IsFirstLineSupervisor
            ? CareerTrack.Management
            : CareerTrack.IndividualContributor;

    /// <summary>
    /// Skills as Technical (Technical and Systems Skills, Mathematics, Science) or Soft (the other
    /// basic skills, social, complex problem solving and resource management skills); Knowledge and
    /// Abilities as their own categories.
    /// </summary>
    internal static SkillCategory SkillCategoryOf(string elementId) =>
        elementId.StartsWith("2.B.3", StringComparison.Ordinal) || elementId.StartsWith("2.B.4", StringComparison.Ordinal)
        || elementId is "2.A.1.e" or "2.A.1.f"
            ? SkillCategory.Technical
            : SkillCategory.Soft;

    private IEnumerable<Skill> Skills()
    {
        foreach (var (id, name) in data.Skills.Elements)
            yield return new Skill(id, name, SkillCategoryOf(id), data.ElementDescriptions.GetValueOrDefault(id));
        foreach (var (id, name) in data.Knowledge.Elements)
            yield return new Skill(id, name, SkillCategory.Knowledge, data.ElementDescriptions.GetValueOrDefault(id));
        if (data.Abilities is { } abilities)
        {
            foreach (var (id, name) in abilities.Elements)
                yield return new Skill(id, name, SkillCategory.Ability, data.ElementDescriptions.GetValueOrDefault(id));
        }
    }

    private List<SkillRequirement> Requirements(Occupation occupation)
    {
        if (!data.Skills.HasData[occupation.Index] && !data.Knowledge.HasData[occupation.Index] && data.Abilities?.HasData[occupation.Index] != true)
        {
            // Said once per occupation: a role without requirements fits everyone, which a user should know is missing data, not an easy move.
            var files = data.Abilities is null ? $"{OnetFiles.Skills} or {OnetFiles.Knowledge}" : $"{OnetFiles.Skills}, {OnetFiles.Knowledge} or {OnetFiles.Abilities}";
            notes.Add(new ImportNote(ImportNoteKind.RequirementsMissing, occupation.Code, $"'{occupation.Title}' has no ratings in {files}, so its role has no requirements; transitions compare it through its SOC group's mean profile, at reduced weight."));
        }
        var requirements = new List<SkillRequirement>(128);
        AddRequirements(occupation, data.Skills, requirements);
        AddRequirements(occupation, data.Knowledge, requirements);
        if (data.Abilities is { } abilities)
            AddRequirements(occupation, abilities, requirements);
        return requirements;
    }

    private void AddRequirements(Occupation occupation, RatingMatrix matrix, List<SkillRequirement> requirements)
    {
        if (!matrix.HasData[occupation.Index])
            return;
        int suppressed = 0, notRelevant = 0, unimportant = 0, unpaired = 0;
        for (var e = 0; e < matrix.Elements.Count; e++)
        {
            var cell = (occupation.Index * matrix.Stride) + e;
            var flags = matrix.Flags[cell];
            const byte both = RatingMatrix.HasImportance | RatingMatrix.HasLevel;
            if ((flags & both) != both)
            {
                if ((flags & both) != 0)
                    unpaired++;
                continue;
            }
            var importance = matrix.Importance[cell];
            var level = matrix.Level[cell];
            if (options.DropSuppressedRatings && (flags & (RatingMatrix.LevelSuppressed | RatingMatrix.ImportanceSuppressed)) != 0)
            {
                suppressed++;
                continue;
            }
            if (options.DropNotRelevantRatings && (flags & RatingMatrix.LevelNotRelevant) != 0)
            {
                notRelevant++;
                continue;
            }
            if (importance < options.MinimumImportance)
            {
                unimportant++;
                continue;
            }
            var error = matrix.LevelError[cell];
            var lower = matrix.LevelLower[cell];
            var upper = matrix.LevelUpper[cell];
            var requirement = importance >= options.RequiredImportance
                ? SkillRequirement.Required(matrix.Elements[e].Id, level, importance)
                : SkillRequirement.Preferred(matrix.Elements[e].Id, level, importance);
            requirements.Add(requirement.WithUncertainty(
                standardError: double.IsNaN(error) ? null : error,
                lowerBound: double.IsNaN(lower) || lower > level ? null : lower,
                upperBound: double.IsNaN(upper) || upper < level ? null : upper));
        }
        if (suppressed + notRelevant + unimportant + unpaired == 0)
            return;
        var parts = new List<string>(4);
        if (notRelevant > 0)
            parts.Add($"{notRelevant} Not Relevant");
        if (suppressed > 0)
            parts.Add($"{suppressed} Recommend Suppress");
        if (unimportant > 0)
            parts.Add($"{unimportant} below importance {options.MinimumImportance.ToString(CultureInfo.InvariantCulture)}");
        if (unpaired > 0)
            parts.Add($"{unpaired} without both an IM and an LV rating");
        notes.Add(new ImportNote(ImportNoteKind.RatingDropped, occupation.Code, $"{matrix.FileName}: {suppressed + notRelevant + unimportant + unpaired} ratings not made requirements ({string.Join(", ", parts)})."));
    }

    /// <summary>
    /// The required level of education (RL): the minimum is the median respondent's category, the
    /// preferred level the most common category when it is higher.
    /// </summary>
    private EducationRequirement? Education(Occupation occupation)
    {
        if (data.Education[occupation.Index] is not { } shares)
            return null;
        var rl = shares.AsSpan(OnetData.EducationOffset(0), OnetData.EducationScales[0].Categories);
        if (Median(rl) is not { } median)
            return null;
        var mode = 0;
        for (var c = 1; c < rl.Length; c++)
        {
            if (rl[c] > rl[mode])
                mode = c;
        }
        var minimum = EducationLevelOf(median + 1);
        var preferred = EducationLevelOf(mode + 1);
        return new EducationRequirement(minimum, preferred > minimum ? preferred : null);
    }

    /// <summary>O*NET's twelve RL categories on the model's eight levels; certificates after a degree count as that degree.</summary>
    internal static EducationLevel EducationLevelOf(int category) => category switch
    {
        1 => EducationLevel.None,
        2 => EducationLevel.HighSchool,
        3 => EducationLevel.PostSecondaryCertificate,
        4 => EducationLevel.SomeCollege,
        5 => EducationLevel.Associate,
        6 or 7 => EducationLevel.Bachelor,
        8 or 9 => EducationLevel.Master,
        _ => EducationLevel.Doctorate,
    };

    /// <summary>Related work experience (RW): the median respondent's category as a range of years and months.</summary>
    private ExperienceRange? Experience(Occupation occupation)
    {
        if (data.Education[occupation.Index] is not { } shares)
            return null;
        var rw = shares.AsSpan(OnetData.EducationOffset(1), OnetData.EducationScales[1].Categories);
        return Median(rw) is { } median ? ExperienceOf(median + 1) : null;
    }

    internal static ExperienceRange ExperienceOf(int category) => category switch
    {
        1 => new ExperienceRange(Period.Zero, Period.Zero),
        2 => new ExperienceRange(Period.Zero, Period.FromMonths(1)),
        3 => new ExperienceRange(Period.FromMonths(1), Period.FromMonths(3)),
        4 => new ExperienceRange(Period.FromMonths(3), Period.FromMonths(6)),
        5 => new ExperienceRange(Period.FromMonths(6), Period.FromYears(1)),
        6 => ExperienceRange.Years(1, 2),
        7 => ExperienceRange.Years(2, 4),
        8 => ExperienceRange.Years(4, 6),
        9 => ExperienceRange.Years(6, 8),
        10 => ExperienceRange.Years(8, 10),
        _ => ExperienceRange.Years(10),
    };

    private static int? Median(ReadOnlySpan<float> shares)
    {
        var total = 0f;
        foreach (var share in shares)
            total += share;
        if (total <= 0)
            return null;
        var running = 0f;
        for (var c = 0; c < shares.Length; c++)
        {
            running += shares[c];
            if (running >= total / 2)
                return c;
        }
        return shares.Length - 1;
    }

    /// <summary>
    /// A US band from exact annual figures only: minimum the lowest exact percentile, midpoint the
    /// median, maximum the highest exact percentile (p90 when published, else p75 …), with the exact
    /// percentiles and mean. A top-coded or suppressed median gives no band.
    /// </summary>
    private SalaryBand? Band(Occupation occupation, OewsRow row)
    {
        var annual = row.Annual;
        if (annual.Median.Status != WageFigureStatus.Exact)
        {
            var why = annual.Median.Status == WageFigureStatus.TopCoded ? "top-coded (#)" : "not published (*)";
            notes.Add(new ImportNote(ImportNoteKind.PayBandOmitted, occupation.Code, $"OEWS {row.Code}: the annual median is {why}, so no US pay band is made; the wage table keeps the figures."));
            return null;
        }
        Money? p10 = Exact(annual.P10), p25 = Exact(annual.P25), p50 = Exact(annual.Median), p75 = Exact(annual.P75), p90 = Exact(annual.P90);
        var known = new[] { p10, p25, p50, p75, p90 }.Where(m => m.HasValue).Select(m => m!.Value).ToArray();
        var percentiles = new PayPercentiles(p10, p25, p50, p75, p90);
        var band = new SalaryBand(known[0], p50!.Value, known[^1], percentiles, Exact(annual.Mean));
        if (annual.P90.Status == WageFigureStatus.TopCoded || annual.P75.Status == WageFigureStatus.TopCoded)
            notes.Add(new ImportNote(ImportNoteKind.PayBandOmitted, occupation.Code, $"OEWS {row.Code}: upper percentiles are top-coded (#), so the US band's maximum is the highest exact percentile, {known[^1]}; the wage table keeps the top-coded figures."));
        return band.WithProvenance(new Provenance("BLS OEWS", vintage: wageVintage));
    }

    private static Money? Exact(WageFigure figure) => figure.Status == WageFigureStatus.Exact ? figure.Value : null;

    private List<InferredTransition> Transitions(List<Occupation> occupations, Role[] roles, int[] ranks)
    {
        var model = SimilarityModel.Build(occupations, data);
        var topts = options.Transitions;
        var moves = TransitionInference.Infer(occupations, ranks, model, topts);
        var n = occupations.Count;
        var list = new List<InferredTransition>(moves.Count);
        foreach (var (from, to, score) in moves)
        {
            var source = roles[from];
            var target = roles[to];
            var step = ranks[to] - ranks[from];
            TransitionKind kind;
            if (step > 0)
                kind = TransitionKind.Promotion;
            else if (source.Track != target.Track)
                kind = TransitionKind.TrackSwitch;
            else if (!occupations[from].IsSpecialisation && occupations[to].IsSpecialisation && occupations[from].Detailed.SequenceEqual(occupations[to].Detailed))
                kind = TransitionKind.Specialisation;
            else
                kind = TransitionKind.Lateral;
            var time = step > 0 ? Multiply(topts.TimePerJobZoneStep, step) : topts.SameLevelMoveTime;
            list.Add(new InferredTransition(
                new Transition(source.Id, target.Id, kind, time, topts.StrengthOf(score)),
                score,
                Raw(model.Signals[0], from, to, n),
                Raw(model.Signals[1], from, to, n),
                Raw(model.Signals[2], from, to, n),
                Raw(model.Signals[3], from, to, n),
                Raw(model.Signals[4], from, to, n) ?? 0,
                TransitionInference.SocProximity(occupations[from], occupations[to]),
                step));
        }
        return list;
    }

    private static Period Multiply(Period period, int times)
    {
        var months = ((period.Years * 12L) + period.Months) * times;
        return Period.FromYears((int)(months / 12)) + Period.FromMonths((int)(months % 12));
    }

    private static double? Raw(SimilarityModel.Signal signal, int i, int j, int n) =>
        signal.Compares(i, j) ? Math.Round(signal.Values[(i * n) + j], 4) : null;

    /// <summary>Finds an occupation's OEWS row: the exact SOC code, else the broad group's row, else the one OEWS-specific combined code in its broad group.</summary>
    private sealed class WageJoin
    {
        private readonly Dictionary<string, OewsRow> rows;
        private readonly Dictionary<string, OewsRow> aggregates = new(StringComparer.Ordinal);

        public WageJoin(Dictionary<string, OewsRow> rows, Occupation[] occupations)
        {
            this.rows = rows;
            var claimed = occupations.Select(o => o.SocCode).ToHashSet(StringComparer.Ordinal);
            foreach (var group in rows.Keys.Where(c => !claimed.Contains(c) && c[6] != '0').GroupBy(c => c[..6], StringComparer.Ordinal))
            {
                if (group.Count() == 1)
                    aggregates[group.Key] = rows[group.First()];
            }
        }

        public OewsRow? Find(Occupation occupation, List<ImportNote> notes)
        {
            var soc = occupation.SocCode;
            if (rows.TryGetValue(soc, out var row))
                return row;
            if (rows.TryGetValue(soc[..6] + "0", out row))
            {
                notes.Add(new ImportNote(ImportNoteKind.WageJoin, occupation.Code, $"OEWS publishes no row for SOC {soc}; wages are those of its broad group {row.Code} ({row.Title})."));
                return row;
            }
            if (aggregates.TryGetValue(soc[..6], out row))
            {
                notes.Add(new ImportNote(ImportNoteKind.WageJoin, occupation.Code, $"OEWS publishes no row for SOC {soc}; wages are those of the OEWS combined occupation {row.Code} ({row.Title})."));
                return row;
            }
            notes.Add(new ImportNote(ImportNoteKind.WageJoin, occupation.Code, $"OEWS publishes no national wages for SOC {soc}, its broad group or a combination of it."));
            return null;
        }
    }
}
