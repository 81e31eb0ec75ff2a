using CareerModel.Careers;
using CareerModel.Assessment;
using CareerModel.Internal;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// Turns a profile and options into a <see cref="RecommendationRequest"/>: checks the profile
/// against the catalog, snapshots the options, and works out what the search scores on.
/// </summary>
internal sealed class RequestBuilder(CompiledCatalog compiled, BatchScorer scorer, RegionalPayTable payTable, IClock clock, DateTimeZone zone)
{
    // Shared by every request without preferences; the scorer only reads it.
    private readonly double[] noPreferenceMatch = new double[compiled.Roles.Length];

    /// <exception cref="ArgumentException">The profile names no current role, or an option is out of range.</exception>
    /// <exception cref="UnknownRoleException">The current role is not in the catalog.</exception>
    /// <exception cref="SkillLevelOutOfScaleException">A skill level lies off the catalog's scale.</exception>
    public RecommendationRequest Build(Profile profile, RecommendationOptions? options, int? target)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var snapshot = RequestOptions.Snapshot(options ?? new RecommendationOptions(), nameof(options));
        if (profile.CurrentRoleId is not { } currentId)
            throw new ArgumentException("The profile names no current role; recommendations start from the role a person holds.", nameof(profile));
        if (!compiled.RoleIndex.TryGetValue(currentId, out var current))
            throw new UnknownRoleException([currentId]);
        var warnings = CheckSkills(profile);
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        // Every path ends within the horizon, so its dates stay in the calendar when the horizon's end does.
        CalendarMath.Plus(today, snapshot.Horizon, $"The horizon's end ({nameof(RecommendationOptions.Horizon)} {snapshot.Horizon})");
        var skills = scorer.CreateSkillVector(profile);
        return new RecommendationRequest
        {
            Options = snapshot,
            Current = current,
            Target = target,
            Today = today,
            ExperienceMonths = profile.WorkHistory.ExperienceOn(today).Total.FullTimeEquivalentYears * 12,
            Skills = skills,
            Fits = new RoleFits(compiled, scorer, skills, snapshot.UnknownSkillFit, snapshot.RankByPessimisticFit),
            Pay = PayOf(profile.RegionId, current, today, snapshot, warnings),
            Similarity = RoleSimilarity.Compute(compiled.Profiles, skills),
            Preference = Preferences(profile),
            Allowed = Allowed(snapshot, current),
            Warnings = warnings,
        };
    }

    private List<RecommendationWarning> CheckSkills(Profile profile)
    {
        var warnings = new List<RecommendationWarning>();
        var outOfScale = new List<SkillLevel>();
        foreach (var skill in profile.Skills)
        {
            if (!compiled.SkillIndex.ContainsKey(skill.SkillId))
                warnings.Add(new(RecommendationWarningKind.UnknownSkill, [skill.SkillId], $"Skill '{skill.SkillId}' is not in the catalog and was ignored."));
            else if (!compiled.Catalog.ProficiencyScale.Contains(skill.Level))
                outOfScale.Add(skill);
        }
        foreach (var certification in profile.Certifications.Where(c => !compiled.SkillIndex.ContainsKey(c)))
            warnings.Add(new(RecommendationWarningKind.UnknownCertification, [certification], $"Certification '{certification}' is not in the catalog and was ignored."));
        if (outOfScale.Count > 0)
            throw new SkillLevelOutOfScaleException(outOfScale, compiled.Catalog.ProficiencyScale);
        return warnings;
    }

    private RolePay PayOf(string? regionId, int current, LocalDate today, RequestOptions options, List<RecommendationWarning> warnings)
    {
        var roles = compiled.Roles.Length;
        if (regionId is null)
        {
            warnings.Add(new(RecommendationWarningKind.NoRegion, [], "The profile names no region, so pay is not projected."));
            return new RolePay(null, roles, current, options.UnknownPayGain);
        }
        if (!compiled.Catalog.TryGetRegion(regionId, out var region))
        {
            warnings.Add(new(RecommendationWarningKind.UnknownRegion, [regionId], $"Region '{regionId}' is not in the catalog, so pay is not projected."));
            return new RolePay(null, roles, current, options.UnknownPayGain);
        }
        // Checked before the search: a minimum in another currency could never be compared.
        if (options.MinimumPay is { } minimum && !minimum.Currency.Equals(region.Currency))
            throw new ArgumentException($"MinimumPay {minimum} is in {minimum.Currency.Code}, but region '{region.Id}' pays in {region.Currency.Code}; give the minimum in the region's currency.", nameof(options));
        return new RolePay(payTable.For(region, today), roles, current, options.UnknownPayGain);
    }

    private bool[] Allowed(RequestOptions options, int current)
    {
        var allowed = new bool[compiled.Roles.Length];
        for (var r = 0; r < allowed.Length; r++)
        {
            var role = compiled.Roles[r];
            allowed[r] = r != current && !options.ExcludedRoles.Contains(role.Id) && (options.StayInTrack is not { } track || role.Track == track);
        }
        return allowed;
    }

    private double[] Preferences(Profile profile)
    {
        var wanted = profile.Preferences;
        var criteria = (wanted.Tracks.Count > 0 ? 1 : 0) + (wanted.Families.Count > 0 ? 1 : 0) + (wanted.MinimumRemoteWork is null ? 0 : 1);
        if (criteria == 0)
            return noPreferenceMatch;
        var match = new double[compiled.Roles.Length];
        for (var r = 0; r < match.Length; r++)
        {
            var role = compiled.Roles[r];
            var met = (wanted.Tracks.Contains(role.Track) ? 1 : 0)
                + (wanted.Families.Contains(role.Family, StringComparer.Ordinal) ? 1 : 0)
                + (wanted.MinimumRemoteWork is { } remote && role.RemoteWork >= remote ? 1 : 0);
            match[r] = (double)met / criteria;
        }
        return match;
    }
}
