using CareerModel.Internal;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Serialization;

/// <summary>
/// Turns a profile into the objects of the JSON format, in the profile's own order: skills and
/// certifications by id, periods of work by start. Everything the profile holds is written, so that
/// reading it back gives an equal profile; preferences are left out when there are none.
/// </summary>
internal static class ProfileExporter
{
    public static ProfileDocument ToDocument(Profile profile) => new()
    {
        SchemaVersion = ProfileJson.SchemaVersion,
        CurrentRoleId = profile.CurrentRoleId,
        RegionId = profile.RegionId,
        Skills = [.. profile.Skills.Select(s => new SkillLevelDto { SkillId = s.SkillId, Level = s.Level, LastUsed = Date(s.LastUsed) })],
        Certifications = [.. profile.Certifications],
        Education = JsonEnum<EducationLevel>.Name(profile.Education),
        WorkHistory = [.. profile.WorkHistory.Employments.Select(e => new EmploymentDto
        {
            RoleId = e.RoleId,
            Start = Date(e.Start),
            End = Date(e.End),
            FullTimeEquivalent = e.FullTimeEquivalent,
            Family = e.Family,
            Track = e.Track is { } track ? JsonEnum<Careers.CareerTrack>.Name(track) : null,
        })],
        Preferences = Preferences(profile.Preferences),
    };

    private static PreferencesDto? Preferences(Preferences preferences) => preferences == People.Preferences.None ? null : new()
    {
        Tracks = preferences.Tracks.Count == 0 ? null : [.. preferences.Tracks.Select(JsonEnum<Careers.CareerTrack>.Name)],
        Families = preferences.Families.Count == 0 ? null : [.. preferences.Families],
        MinimumRemoteWork = preferences.MinimumRemoteWork is { } remote ? JsonEnum<Careers.RemoteWork>.Name(remote) : null,
        RegionIds = preferences.RegionIds.Count == 0 ? null : [.. preferences.RegionIds],
    };

    private static string? Date(LocalDate? date) => date is { } d ? LocalDatePattern.Iso.Format(Dates.ToIso(d)) : null;
}
