using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Benchmarks;

/// <summary>
/// Seeded sample people for any catalog: each holds a role with at least three moves out of it,
/// has that role's skills at the level it asks (one time in eight a level below), a few other
/// skills, the certifications it asks for half the time, and one to seven years in the role.
/// </summary>
public static class SampleProfiles
{
    /// <summary>Makes sample profiles.</summary>
    /// <param name="catalog">The catalog the people are in.</param>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed; the same seed gives the same people.</param>
    /// <returns>The profiles, in the catalog's US region when it has one, else its first country, else none (ESCO has no regions).</returns>
    public static IReadOnlyList<Profile> Create(CareerCatalog catalog, int count, int seed = SyntheticCatalog.DefaultSeed)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var random = new Random(seed);
        var region = catalog.TryGetRegion("US", out var us) ? us : catalog.Regions.FirstOrDefault(r => r.Kind == RegionKind.Country);
        var starts = catalog.Roles.Where(r => catalog.GetTransitionsFrom(r.Id).Count >= 3).ToArray();
        var scale = catalog.ProficiencyScale;
        var today = Sources.Now.InUtc().Date;
        var profiles = new Profile[count];
        for (var p = 0; p < count; p++)
        {
            var role = starts[random.Next(starts.Length)];
            var levels = new Dictionary<string, double>(StringComparer.Ordinal);
            var certifications = new List<string>();
            foreach (var requirement in role.Requirements)
            {
                if (catalog.GetSkill(requirement.SkillId).Category == SkillCategory.Certification)
                {
                    if (random.Next(2) == 0)
                        certifications.Add(requirement.SkillId);
                }
                else
                {
                    levels[requirement.SkillId] = Math.Clamp(requirement.MinimumLevel - (random.Next(8) == 0 ? 1 : 0), scale.Minimum, scale.Maximum);
                }
            }
            var others = catalog.Skills.Where(s => s.Category != SkillCategory.Certification && !levels.ContainsKey(s.Id)).ToArray();
            for (var extra = random.Next(3, 9); extra > 0 && others.Length > 0; extra--)
                levels.TryAdd(others[random.Next(others.Length)].Id, Math.Clamp(random.Next(1, 5), scale.Minimum, scale.Maximum));
            var history = new WorkHistory([new Employment(role.Id, today.PlusYears(-random.Next(1, 8)))]);
            profiles[p] = new Profile(role.Id, region?.Id)
                .WithSkills(levels.Where(l => l.Value > 0).Select(l => new SkillLevel(l.Key, l.Value)))
                .WithCertifications(certifications)
                .WithWorkHistory(history);
        }
        return profiles;
    }
}
