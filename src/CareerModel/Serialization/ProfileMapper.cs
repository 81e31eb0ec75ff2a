using CareerModel.Careers;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Serialization;

/// <summary>
/// Makes a <see cref="Profile"/> from a read <see cref="ProfileDocument"/>, through the model's own
/// constructors, and logs every rule they refuse at the path of the value at fault. With a catalog,
/// also checks what <c>CareerAssessor.Validate</c> checks (and the regions): that every id names
/// something the catalog holds, that certifications are certification skills and skills are not,
/// and that levels lie on the catalog's proficiency scale. Never returns a partial profile: any
/// problem, logged here or by the reader, means <see langword="null"/>.
/// </summary>
/// <remarks>
/// Every element is made even when another has failed, so that one pass finds every problem; a
/// value that has a problem already is replaced by a neutral stand-in so that the element's other
/// rules are still checked (see <see cref="DocumentMapper"/>). Repeated skills are reported here,
/// at the repeat, rather than by the profile's constructor, which could only name the whole list.
/// </remarks>
internal sealed class ProfileMapper(ProblemLog problems, CareerCatalog? catalog) : DocumentMapper(problems)
{
    /// <summary>Stands in for a start date that has a problem already.</summary>
    private static readonly LocalDate StandInDate = new(2000, 1, 1);

    /// <summary>Makes the profile, or returns <see langword="null"/> when the document has any problem.</summary>
    public Profile? Map(ProfileDocument document)
    {
        if (!CheckSchemaVersion(document, document.SchemaVersion, ProfileJson.SchemaVersion))
            return null;
        var currentRoleId = CheckedId(document, "currentRoleId", document.CurrentRoleId);
        if (currentRoleId is not null && catalog is not null && !catalog.TryGetRole(currentRoleId, out _))
            Report(CareerJsonProblemKind.UnknownReference, document, "currentRoleId", -1, $"Current role '{currentRoleId}' is not in the catalog.");
        var regionId = CheckedId(document, "regionId", document.RegionId);
        if (regionId is not null && catalog is not null && !catalog.TryGetRegion(regionId, out _))
            Report(CareerJsonProblemKind.UnknownReference, document, "regionId", -1, $"Region '{regionId}' is not in the catalog.");
        var skills = MapSkills(document.Skills);
        var certifications = MapCertifications(document);
        var education = document.Education is null ? EducationLevel.None : ParseEnum<EducationLevel>(document, "education", document.Education);
        var employments = MapAll(document.WorkHistory, MapEmployment);
        var preferences = document.Preferences is { } preferencesDto ? MapPreferences(preferencesDto) : Preferences.None;
        if (Problems.Count > 0 || document.HasFaults || education is null || preferences is null)
            return null;
        return Make(document, () => new Profile(currentRoleId, regionId).WithSkills(skills).WithCertifications(certifications).WithEducation(education.Value).WithWorkHistory(new WorkHistory(employments)).WithPreferences(preferences));
    }

    private List<SkillLevel> MapSkills(List<SkillLevelDto?>? items)
    {
        var skills = new List<SkillLevel>();
        var first = new Dictionary<string, SkillLevelDto>(StringComparer.Ordinal);
        foreach (var dto in Present(items))
        {
            var skillId = CheckedId(dto, "skillId", dto.SkillId);
            var lastUsed = ParseDate(dto, "lastUsed", dto.LastUsed);
            var level = Make(dto, () => new SkillLevel(skillId ?? StandInId, dto.Level ?? 0, lastUsed));
            if (skillId is not null && !first.TryAdd(skillId, dto))
            {
                Report(CareerJsonProblemKind.DuplicateId, dto, "skillId", -1,
                    $"Skill '{skillId}' is listed more than once (first at {JsonPlace.PathOf(first[skillId])}); a profile has at most one level per skill.");
            }
            else if (skillId is not null && level is not null)
            {
                CheckSkill(dto, level);
            }
            if (Finish(dto, level, true, null, null) is { } made)
                skills.Add(made);
        }
        return skills;
    }

    /// <summary>A skill given a level must be a catalog skill that is not a certification, at a level on the catalog's scale.</summary>
    private void CheckSkill(SkillLevelDto dto, SkillLevel level)
    {
        if (catalog is null)
            return;
        if (!catalog.TryGetSkill(level.SkillId, out var skill))
        {
            Report(CareerJsonProblemKind.UnknownReference, dto, "skillId", -1, $"Skill '{level.SkillId}' is not in the catalog.");
        }
        else if (skill.Category == SkillCategory.Certification)
        {
            Report(CareerJsonProblemKind.InvalidValue, dto, "skillId", -1,
                $"Skill '{level.SkillId}' is a certification; list it among the certifications held instead of giving it a level.");
        }
        else if (!catalog.ProficiencyScale.Contains(level.Level))
        {
            var scale = catalog.ProficiencyScale;
            Report(CareerJsonProblemKind.InvalidValue, dto, "level", -1,
                $"Skill '{level.SkillId}' level {Format(level.Level)} must lie on the catalog's {scale.Name} scale, from {Format(scale.Minimum)} to {Format(scale.Maximum)}.");
        }
    }

    private List<string> MapCertifications(ProfileDocument document)
    {
        var held = new List<string>();
        var items = document.Certifications ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (CheckedId(document, "certifications", items[i], i) is not { } id)
                continue;
            held.Add(id);
            if (catalog is null)
                continue;
            if (!catalog.TryGetSkill(id, out var skill))
            {
                Report(CareerJsonProblemKind.UnknownReference, document, "certifications", i, $"Certification '{id}' is not in the catalog.");
            }
            else if (skill.Category != SkillCategory.Certification)
            {
                Report(CareerJsonProblemKind.InvalidValue, document, "certifications", i,
                    $"Certification '{id}' names a skill of category '{JsonEnum<SkillCategory>.Name(skill.Category)}', not a certification; give it a level among the skills instead.");
            }
        }
        return held;
    }

    private Employment? MapEmployment(EmploymentDto dto)
    {
        var roleId = CheckedId(dto, "roleId", dto.RoleId);
        var start = ParseDate(dto, "start", dto.Start);
        var end = ParseDate(dto, "end", dto.End);
        var family = CheckedId(dto, "family", dto.Family);
        var track = ParseEnum<CareerTrack>(dto, "track", dto.Track);
        // The end is checked against the start: without a start, only the other rules are checked.
        var employment = Make(dto, () => new Employment(roleId ?? StandInId, start ?? StandInDate, start is null ? null : end, dto.FullTimeEquivalent ?? 1m, family, track));
        if (roleId is not null && catalog is not null && (dto.Family is null || dto.Track is null) && !catalog.TryGetRole(roleId, out _))
        {
            Report(CareerJsonProblemKind.UnknownReference, dto, "roleId", -1,
                $"Role '{roleId}' is not in the catalog; a period in a role outside it must give the role's family and track.");
        }
        return Finish(dto, employment, true, null, null);
    }

    private Preferences? MapPreferences(PreferencesDto dto)
    {
        var tracks = new List<CareerTrack>();
        var names = dto.Tracks ?? [];
        for (var i = 0; i < names.Count; i++)
        {
            if (ParseEnum<CareerTrack>(dto, "tracks", names[i], i) is { } track)
                tracks.Add(track);
        }
        var families = Ids(dto, "families", dto.Families);
        var remoteWork = ParseEnum<RemoteWork>(dto, "minimumRemoteWork", dto.MinimumRemoteWork);
        var regionIds = Ids(dto, "regionIds", dto.RegionIds);
        if (catalog is not null)
        {
            foreach (var (index, regionId) in regionIds)
            {
                if (!catalog.TryGetRegion(regionId, out _))
                    Report(CareerJsonProblemKind.UnknownReference, dto, "regionIds", index, $"Preferred region '{regionId}' is not in the catalog.");
            }
        }
        var preferences = Make(dto, () => new Preferences(tracks, families.Select(f => f.Id), remoteWork, regionIds.Select(r => r.Id)));
        return Finish(dto, preferences, true, null, null);
    }

    /// <summary>The well-formed ids of a list, with their indices.</summary>
    private List<(int Index, string Id)> Ids(JsonDto dto, string property, List<string?>? items)
    {
        var ids = new List<(int Index, string Id)>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            if (CheckedId(dto, property, items![i], i) is { } id)
                ids.Add((i, id));
        }
        return ids;
    }

    private static string Format(double value) => Internal.Check.Format(value);
}
