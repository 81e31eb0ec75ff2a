using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Skills;
using CareerModel.Tests.People;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareerModel.Tests.Serialization;

/// <summary>
/// Valid profiles with everything the JSON format has to carry: skill levels with all the bits a
/// double has (some above the standard scale, which a profile on its own allows), last-used dates,
/// certifications, every education level, the work histories of <see cref="PeopleArbitraries"/>
/// (overlapping, part-time, ongoing, with and without family and track) and preferences. Ids are
/// drawn from the built-in catalog and from outside it, so that read against that catalog most are
/// refused; <see cref="ProfileInCatalog"/> gives profiles that fit the catalog half of the time.
/// Profiles shrink by dropping parts.
/// </summary>
public static class ProfileArbitraries
{
    private static readonly string[] SkillIds = ["active-listening", "empathy", "crm-software", "data-entry", "product-expertise", "cs-certification", "juggling"];

    private static readonly string[] CertificationIds = ["cs-certification", "empathy", "first-aid"];

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (3, gen.Select(x => (T?)x)));

    public static Gen<double> LevelGen { get; } = Gen.Frequency(
        (4, Gen.Choose(0, 5).Select(i => (double)i)),
        (3, Gen.Choose(0, int.MaxValue).Select(n => n / (double)int.MaxValue * 5)),
        (1, Gen.Choose(0, int.MaxValue).Select(n => n / (double)int.MaxValue * 8)),
        (1, Gen.Elements(double.Epsilon, 1e-300, 5.000000000000001, 0.1 + 0.2, 1e300)));

    public static Gen<LocalDate?> DateGen { get; } =
        Gen.Frequency((1, Gen.Constant<LocalDate?>(null)), (1, Gen.Choose(-30_000, 30_000).Select(d => (LocalDate?)new LocalDate(2000, 1, 1).PlusDays(d))));

    public static Gen<SkillLevel[]> SkillsGen { get; } =
        from ids in Gen.SubListOf(SkillIds)
        from levels in Gen.ArrayOf(LevelGen, ids.Count)
        from dates in Gen.ArrayOf(DateGen, ids.Count)
        select ids.Select((id, i) => new SkillLevel(id, levels[i], dates[i])).ToArray();

    public static Gen<Preferences> PreferencesGen { get; } = Gen.Frequency(
        (1, Gen.Constant(Preferences.None)),
        (3, from tracks in Gen.SubListOf(Enum.GetValues<CareerTrack>())
            from families in Gen.SubListOf(new[] { "customer-service", "retail" })
            from remote in Gen.Elements<RemoteWork?>(null, RemoteWork.OnSite, RemoteWork.Hybrid, RemoteWork.Remote)
            from regions in Gen.SubListOf(new[] { "US", "DE", "PT", "mars" })
            select new Preferences(tracks, families, remote, regions)));

    public static Gen<Profile> ProfileGen { get; } =
        from role in Maybe(Gen.Elements("cs-junior-specialist", "cs-specialist", "cs-team-lead", "barista"))
        from region in Maybe(Gen.Elements("US", "DE", "JM", "mars"))
        from skills in SkillsGen
        from certifications in Gen.SubListOf(CertificationIds)
        from education in Gen.Elements(Enum.GetValues<EducationLevel>())
        from history in PeopleArbitraries.HistoryGen
        from preferences in PreferencesGen
        select new Profile(role, region).WithSkills(skills).WithCertifications(certifications).WithEducation(education).WithWorkHistory(new WorkHistory(history.Employments)).WithPreferences(preferences);

    public static Arbitrary<Profile> ProfileArb() => Arb.From(ProfileGen, Shrink);

    public static IEnumerable<Profile> Shrink(Profile p)
    {
        if (p.Preferences != Preferences.None)
            yield return With(p, preferences: Preferences.None);
        for (var i = 0; i < p.WorkHistory.Employments.Count; i++)
            yield return With(p, workHistory: new WorkHistory(p.WorkHistory.Employments.Where((_, j) => j != i)));
        for (var i = 0; i < p.Skills.Count; i++)
            yield return With(p, skills: p.Skills.Where((_, j) => j != i));
        for (var i = 0; i < p.Certifications.Count; i++)
            yield return With(p, certifications: p.Certifications.Where((_, j) => j != i));
        if (p.CurrentRoleId is not null)
            yield return new Profile(null, p.RegionId).WithSkills(p.Skills).WithCertifications(p.Certifications).WithEducation(p.Education).WithWorkHistory(p.WorkHistory).WithPreferences(p.Preferences);
        if (p.RegionId is not null)
            yield return new Profile(p.CurrentRoleId, null).WithSkills(p.Skills).WithCertifications(p.Certifications).WithEducation(p.Education).WithWorkHistory(p.WorkHistory).WithPreferences(p.Preferences);
        if (p.Education != EducationLevel.None)
            yield return With(p, education: EducationLevel.None);
    }

    private static Profile With(
        Profile p,
        IEnumerable<SkillLevel>? skills = null,
        IEnumerable<string>? certifications = null,
        EducationLevel? education = null,
        WorkHistory? workHistory = null,
        Preferences? preferences = null) =>
        new Profile(p.CurrentRoleId, p.RegionId).WithSkills(skills ?? p.Skills).WithCertifications(certifications ?? p.Certifications).WithEducation(education ?? p.Education).WithWorkHistory(workHistory ?? p.WorkHistory).WithPreferences(preferences ?? p.Preferences);

    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;

    private static readonly string[] CatalogSkills = [.. Catalog.Skills.Where(s => s.Category != SkillCategory.Certification).Select(s => s.Id)];

    private static readonly string[] CatalogCertifications = [.. Catalog.Skills.Where(s => s.Category == SkillCategory.Certification).Select(s => s.Id)];

    private static readonly string[] CatalogRoles = [.. Catalog.Roles.Select(r => r.Id)];

    private static readonly string[] CatalogRegions = [.. Catalog.Regions.Select(r => r.Id)];

    private static Gen<Employment> CatalogEmploymentGen { get; } =
        from employment in PeopleArbitraries.EmploymentGen
        from role in Gen.Elements(CatalogRoles)
        from outside in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select outside
            ? new Employment("retail-associate", employment.Start, employment.End, employment.FullTimeEquivalent, "retail", CareerTrack.IndividualContributor)
            : new Employment(role, employment.Start, employment.End, employment.FullTimeEquivalent, employment.Family, employment.Track);

    /// <summary>A profile that fits the built-in catalog: its roles, regions, skills (levels on the scale) and certifications.</summary>
    public static Gen<Profile> FittingProfileGen { get; } =
        from role in Maybe(Gen.Elements(CatalogRoles))
        from region in Maybe(Gen.Elements(CatalogRegions))
        from ids in Gen.SubListOf(CatalogSkills).Select(ids => ids.Take(12).ToArray())
        from levels in Gen.ArrayOf(Gen.Choose(0, 500).Select(n => n / 100.0), ids.Length)
        from certifications in Gen.SubListOf(CatalogCertifications)
        from education in Gen.Elements(Enum.GetValues<EducationLevel>())
        from count in Gen.Choose(0, 4)
        from employments in Gen.ArrayOf(CatalogEmploymentGen, count)
        from regions in Gen.SubListOf(CatalogRegions.Take(6).ToArray())
        from remote in Gen.Elements<RemoteWork?>(null, RemoteWork.Hybrid)
        select new Profile(role, region)
            .WithSkills(ids.Select((id, i) => new SkillLevel(id, levels[i])))
            .WithCertifications(certifications)
            .WithEducation(education)
            .WithWorkHistory(new WorkHistory(employments))
            .WithPreferences(new Preferences(minimumRemoteWork: remote, regionIds: regions));

    /// <summary>One thing the catalog does not allow, done to a profile.</summary>
    private static Gen<Func<Profile, Profile>> MistakeGen { get; } = Gen.Elements<Func<Profile, Profile>>(
        p => new Profile("cs-wizard", p.RegionId).WithSkills(p.Skills).WithCertifications(p.Certifications).WithEducation(p.Education).WithWorkHistory(p.WorkHistory).WithPreferences(p.Preferences),
        p => new Profile(p.CurrentRoleId, "mars").WithSkills(p.Skills).WithCertifications(p.Certifications).WithEducation(p.Education).WithWorkHistory(p.WorkHistory).WithPreferences(p.Preferences),
        p => p.WithSkill(new SkillLevel("juggling", 1)),
        p => p.WithSkill(new SkillLevel("empathy", 5.5)),
        p => p.WithSkill(new SkillLevel("cs-certification", 1)),
        p => p.WithCertification("empathy"),
        p => p.WithCertification("first-aid"),
        p => With(p, workHistory: new WorkHistory(p.WorkHistory.Employments.Append(new Employment("barista", new LocalDate(2019, 1, 1), family: "retail")))),
        p => With(p, preferences: new Preferences(regionIds: ["US", "venus"])));

    public static Gen<ProfileInCatalog> ProfileInCatalogGen { get; } =
        from profile in FittingProfileGen
        from mistake in Gen.Frequency((1, Gen.Constant<Func<Profile, Profile>?>(null)), (1, MistakeGen.Select(m => (Func<Profile, Profile>?)m)))
        select new ProfileInCatalog(mistake is null ? profile : mistake(profile));

    public static Arbitrary<ProfileInCatalog> ProfileInCatalogArb() =>
        Arb.From(ProfileInCatalogGen, c => Shrink(c.Profile).Select(p => new ProfileInCatalog(p)));
}

/// <summary>A profile meant for the built-in catalog: half of them fit it, the others break one of its rules.</summary>
public sealed record ProfileInCatalog(Profile Profile)
{
    public override string ToString() => CareerModel.Serialization.ProfileJson.ToJson(Profile);
}
