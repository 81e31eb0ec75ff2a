using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareerModel.Tests.Careers;

/// <summary>
/// The parts of a catalog as separate lists, in the order they will be added to a builder, so
/// that properties can reorder them, drop some, or break one.
/// </summary>
public sealed record CatalogParts(
    ProficiencyScale Scale,
    IReadOnlyList<Region> Regions,
    IReadOnlyList<Skill> Skills,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Transition> Transitions)
{
    /// <summary>A builder holding every part, added list by list in order.</summary>
    public CareerCatalogBuilder ToBuilder() =>
        CareerCatalog.CreateBuilder()
            .UseProficiencyScale(Scale)
            .AddRegions(Regions)
            .AddSkills(Skills)
            .AddRoles(Roles)
            .AddTransitions(Transitions);

    public override string ToString() =>
        string.Join(
            Environment.NewLine,
            [
                $"scale: {Scale}",
                .. Regions.Select(r => $"region: {r} in {r.ParentId ?? "-"}"),
                .. Skills.Select(s => $"skill: {s}"),
                .. Roles.Select(r => $"role: {r} requires [{string.Join(", ", r.Requirements)}] pays [{string.Join(", ", r.PayBands.Select(p => $"{p.Key}: {p.Value}"))}]"),
                .. Transitions.Select(t => $"transition: {t}"),
            ]);
}

/// <summary>FsCheck generators, shrinkers and arbitraries for the catalog and its parts.</summary>
public static class CatalogArbitraries
{
    // Countries the generator may use, with their currencies. "QQ" and "QR" are left out on
    // purpose: faults and field changes use them as ids no generated region has.
    private static readonly (string Code, Currency Currency)[] CountryPool =
    [
        ("DE", Currency.EUR), ("FR", Currency.EUR), ("ES", Currency.EUR), ("US", Currency.USD), ("CA", Currency.CAD),
        ("GB", Currency.GBP), ("JP", Currency.JPY), ("IN", Currency.INR), ("MX", Currency.MXN), ("PL", Currency.PLN),
        ("CH", Currency.CHF), ("AU", Currency.AUD), ("ZA", Currency.ZAR), ("PH", Currency.PHP),
    ];

    private static readonly string[] SubdivisionSuffixes = ["1", "AB", "X9Z", "N", "07"];

    private static readonly Currency[] Currencies = [Currency.USD, Currency.EUR, Currency.GBP, Currency.JPY, Currency.INR, Currency.CHF];

    // Ids chosen to mix case, digits, '-', '_' and '.', so that ordinal ordering is exercised.
    private static readonly string[] SkillIdPool = ["empathy", "crm", "Typing", "active-listening", "43-4051.00", "x_y", "zeta.1", "b", "B", "conflict-resolution"];

    private static readonly string[] RoleIdPool = ["cs-agent", "cs-senior", "cs-lead", "Manager", "analyst.2", "ops_1", "z-director", "a", "A", "43-4051.00"];

    private static readonly string[] SlugPool = ["europe", "emea", "north-america", "apac", "Nordics", "dach.1", "latam_2", "berlin", "new-york", "paris"];

    private static readonly string[] ParentPool = ["p-world", "p-europe", "p-DE", "P_1", "p.2"];

    public static Gen<bool> Bool { get; } = Gen.Elements(true, false);

    public static Gen<int> RankGen { get; } = Gen.Choose(1, 7);

    public static Gen<ProficiencyScale> ScaleGen { get; } =
        Gen.OneOf(
            Gen.Constant(ProficiencyScale.Standard),
            Gen.Choose(2, 8).Select(n => new ProficiencyScale($"Custom{n}", Enumerable.Range(0, n).Select(i => $"Level {i}"))));

    /// <summary>A valid region tree: one world, then groups (which may nest), countries, subdivisions and metros.</summary>
    public static Gen<Region[]> RegionsGen { get; } =
        from worldCurrency in Gen.Elements(Currencies)
        from groupCount in Gen.Choose(0, 3)
        from groupParents in Gen.CollectToArray(Enumerable.Range(0, groupCount), i => Gen.Choose(-1, i - 1))
        from groupCurrencies in Gen.ArrayOf(Gen.Elements(Currencies), groupCount)
        from groupIds in Gen.Shuffle(SlugPool).Select(ids => ids[..groupCount])
        from countryCount in Gen.Choose(0, 5)
        from countries in Gen.Shuffle(CountryPool).Select(cs => cs[..countryCount])
        from countryParents in Gen.ArrayOf(Gen.Choose(-1, groupCount - 1), countryCount)
        from subdivisionCounts in Gen.ArrayOf(Gen.Choose(0, 2), countryCount)
        from suffixes in Gen.Shuffle(SubdivisionSuffixes)
        from metroCount in Gen.Choose(0, 3)
        from metroParents in Gen.ArrayOf(Gen.Choose(0, 1_000), metroCount)
        select MakeRegions(worldCurrency, groupIds, groupParents, groupCurrencies, countries, countryParents, subdivisionCounts, suffixes, metroParents);

    private static Region[] MakeRegions(
        Currency worldCurrency,
        string[] groupIds,
        int[] groupParents,
        Currency[] groupCurrencies,
        (string Code, Currency Currency)[] countries,
        int[] countryParents,
        int[] subdivisionCounts,
        string[] suffixes,
        int[] metroParents)
    {
        var world = new Region("world", "World", RegionKind.World, worldCurrency);
        var regions = new List<Region> { world };
        string GroupOrWorld(int index) => index < 0 ? world.Id : groupIds[index];
        for (var i = 0; i < groupIds.Length; i++)
            regions.Add(new Region(groupIds[i], $"Group {groupIds[i]}", RegionKind.RegionGroup, groupCurrencies[i], GroupOrWorld(groupParents[i])));
        var metroHosts = new List<Region>();
        for (var i = 0; i < countries.Length; i++)
        {
            var (code, currency) = countries[i];
            var country = new Region(code, $"Country {code}", RegionKind.Country, currency, GroupOrWorld(countryParents[i]));
            regions.Add(country);
            metroHosts.Add(country);
            for (var s = 0; s < subdivisionCounts[i]; s++)
            {
                var subdivision = new Region($"{code}-{suffixes[s]}", $"Subdivision {code}-{suffixes[s]}", RegionKind.Subdivision, currency, code);
                regions.Add(subdivision);
                metroHosts.Add(subdivision);
            }
        }
        if (metroHosts.Count > 0)
        {
            for (var i = 0; i < metroParents.Length; i++)
            {
                var host = metroHosts[metroParents[i] % metroHosts.Count];
                regions.Add(new Region($"metro-{i}", $"Metro {i}", RegionKind.Metro, host.Currency, host.Id));
            }
        }
        return [.. regions];
    }

    public static Gen<Skill[]> SkillsGen { get; } =
        from count in Gen.Choose(0, 6)
        from ids in Gen.Shuffle(SkillIdPool).Select(ids => ids[..count])
        from skills in Gen.CollectToArray(ids, id =>
            from category in Gen.Elements(Enum.GetValues<SkillCategory>())
            from description in Gen.Elements<string?>(null, $"What {id} covers.")
            select new Skill(id, $"Skill {id}", category, description))
        select skills;

    public static Gen<ExperienceRange> ExperienceGen { get; } =
        from minimum in Gen.Choose(0, 240)
        from extra in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 120).Select(e => (int?)e))
        select new ExperienceRange(Period.FromMonths(minimum), extra is { } e ? Period.FromMonths(minimum + e) : null);

    private static Gen<T?> Maybe<T>(Gen<T> gen)
        where T : class =>
        Gen.Frequency((1, Gen.Constant<T?>(null)), (2, gen.Select(x => (T?)x)));

    private static Gen<SalaryBand> BandGen(Currency currency) =>
        from minimum in Gen.Choose(1_000, 150_000)
        from width in Gen.Choose(0, 60_000)
        from median in Bool
        select median
            ? SalaryBand.FromMedian(new Money(minimum, currency))
            : SalaryBand.FromRange(new Money(minimum, currency), new Money(minimum + width, currency));

    private static Gen<SkillRequirement> RequirementGen(Skill skill, ProficiencyScale scale) =>
        from tenths in Gen.Choose(0, (int)scale.Maximum * 10)
        from importance in Gen.Choose(1, 100)
        from required in Bool
        select SkillRequirement.Create(skill.Id, tenths / 10.0, importance / 10.0, required);

    private static Gen<Role> RoleGen(string id, ProficiencyScale scale, Skill[] skills, Region[] regions) =>
        from title in Gen.Elements("Agent", "Senior Agent", "Team Lead", "Manager", "Analyst")
        from family in Gen.Elements("customer-service", "operations", "support.tier-1")
        from track in Gen.Elements(CareerTrack.IndividualContributor, CareerTrack.Management)
        from rank in RankGen
        from experience in Maybe(ExperienceGen)
        from required in Gen.SubListOf(skills)
        from requirements in Gen.CollectToArray(required, s => RequirementGen(s, scale))
        from paid in Gen.SubListOf(regions)
        from bands in Gen.CollectToArray(paid, r => BandGen(r.Currency))
        from outlook in Maybe(
            from growth in Gen.Choose(-99, 200)
            from openings in Gen.Choose(0, 500_000)
            select new Outlook(growth / 100m, openings))
        from remote in Gen.Elements(Enum.GetValues<RemoteWork>())
        from education in Maybe(
            from minimum in Gen.Choose(0, 7)
            from preferred in Gen.Choose(minimum, 7)
            select new EducationRequirement((EducationLevel)minimum, preferred == minimum ? null : (EducationLevel)preferred))
        from description in Gen.Elements<string?>(null, $"The {title} role.")
        from alternatives in Gen.SubListOf(AlternativeTitlePool)
        select new Role(id, title, family, track, rank)
            .WithTypicalExperience(experience)
            .WithRequirements(requirements)
            .WithPayBands(paid.Zip(bands).ToDictionary(p => p.First.Id, p => p.Second, StringComparer.Ordinal))
            .WithOutlook(outlook)
            .WithRemoteWork(remote)
            .WithEducation(education)
            .WithDescription(description)
            .WithAlternativeTitles(alternatives);

    /// <summary>Alternative titles, none equal to a generated title ignoring case.</summary>
    private static readonly string[] AlternativeTitlePool = ["Associate", "Support Agent", "CSR", "Représentant"];

    /// <summary>The kinds a transition between two roles may have without breaking a rule.</summary>
    public static TransitionKind[] AllowedKinds(Role from, Role to)
    {
        var kinds = new List<TransitionKind> { TransitionKind.Lateral, TransitionKind.Specialisation };
        if (to.Rank > from.Rank)
            kinds.Add(TransitionKind.Promotion);
        if (to.Track != from.Track)
            kinds.Add(TransitionKind.TrackSwitch);
        return [.. kinds];
    }

    private static Gen<Transition[]> TransitionsGen(Role[] roles) =>
        from pairs in Gen.SubListOf(roles.SelectMany(a => roles.Where(b => b != a).Select(b => (From: a, To: b))).ToArray())
        from transitions in Gen.CollectToArray(pairs, pair =>
            from kind in Gen.Elements(AllowedKinds(pair.From, pair.To))
            from months in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 60).Select(m => (int?)m))
            from strength in Gen.OneOf(Gen.Constant(Transition.DefaultStrength), Gen.Choose(0, 1000).Select(s => s / 1000.0))
            select new Transition(pair.From.Id, pair.To.Id, kind, months is { } m ? Period.FromMonths(m) : null, strength))
        select transitions;

    /// <summary>A valid catalog: every id resolves, every rule holds.</summary>
    public static Gen<CatalogParts> ValidCatalogGen { get; } =
        from scale in ScaleGen
        from regions in RegionsGen
        from skills in SkillsGen
        from roleCount in Gen.Choose(1, 7)
        from roleIds in Gen.Shuffle(RoleIdPool).Select(ids => ids[..roleCount])
        from roles in Gen.CollectToArray(roleIds, id => RoleGen(id, scale, skills, regions))
        from transitions in TransitionsGen(roles)
        select new CatalogParts(scale, regions, skills, roles, transitions);

    /// <summary>Copies a role, replacing its requirements or pay bands.</summary>
    public static Role CopyRole(Role role, IEnumerable<SkillRequirement>? requirements = null, IReadOnlyDictionary<string, SalaryBand>? payBands = null) =>
        new Role(role.Id, role.Title, role.Family, role.Track, role.Rank).WithTypicalExperience(role.TypicalExperience).WithRequirements(requirements ?? role.Requirements).WithPayBands(payBands ?? role.PayBands).WithOutlook(role.Outlook).WithRemoteWork(role.RemoteWork).WithEducation(role.Education).WithDescription(role.Description).WithAlternativeTitles(role.AlternativeTitles);

    /// <summary>
    /// Smaller catalogs that are still valid: without one role (and its transitions), one
    /// transition, one unused skill or region, or a role's optional parts.
    /// </summary>
    public static IEnumerable<CatalogParts> ShrinkCatalog(CatalogParts parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        foreach (var role in parts.Roles)
        {
            yield return parts with
            {
                Roles = parts.Roles.Where(r => r != role).ToArray(),
                Transitions = parts.Transitions.Where(t => t.FromRoleId != role.Id && t.ToRoleId != role.Id).ToArray(),
            };
        }
        foreach (var transition in parts.Transitions)
            yield return parts with { Transitions = parts.Transitions.Where(t => t != transition).ToArray() };
        foreach (var skill in parts.Skills.Where(s => !parts.Roles.Any(r => r.Requirements.Any(q => q.SkillId == s.Id))))
            yield return parts with { Skills = parts.Skills.Where(s => s != skill).ToArray() };
        foreach (var region in parts.Regions.Where(g => g.Kind != RegionKind.World
                     && !parts.Regions.Any(c => c.ParentId == g.Id)
                     && !parts.Roles.Any(r => r.PayBands.ContainsKey(g.Id))))
        {
            yield return parts with { Regions = parts.Regions.Where(g => g != region).ToArray() };
        }
        for (var i = 0; i < parts.Roles.Count; i++)
        {
            var role = parts.Roles[i];
            if (role.Requirements.Count > 0)
                yield return parts with { Roles = parts.Roles.Select((r, j) => j == i ? CopyRole(r, requirements: []) : r).ToArray() };
            if (role.PayBands.Count > 0)
                yield return parts with { Roles = parts.Roles.Select((r, j) => j == i ? CopyRole(r, payBands: new Dictionary<string, SalaryBand>()) : r).ToArray() };
            if (role.TypicalExperience is not null || role.Outlook is not null || role.Education is not null || role.Description is not null || role.AlternativeTitles.Count > 0)
                yield return parts with { Roles = parts.Roles.Select((r, j) => j == i ? new Role(r.Id, r.Title, r.Family, r.Track, r.Rank).WithRequirements(r.Requirements).WithPayBands(r.PayBands) : r).ToArray() };
        }
    }

    public static Arbitrary<CatalogParts> ValidCatalog() => Arb.From(ValidCatalogGen, ShrinkCatalog);

    // Arguments for the equality properties.

    public static Gen<ExperienceArgs> ExperienceArgsGen { get; } =
        from minimum in Gen.Choose(0, 240)
        from extra in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 120).Select(e => (int?)e))
        select new ExperienceArgs(minimum, minimum + extra);

    public static Arbitrary<ExperienceArgs> ExperienceArgsArb() =>
        Arb.From(ExperienceArgsGen, a => a.MaximumMonths is null
            ? a.MinimumMonths > 0 ? [a with { MinimumMonths = a.MinimumMonths / 2 }] : []
            : [a with { MaximumMonths = null }]);

    public static Gen<RequirementArgs> RequirementArgsGen { get; } =
        from skillId in Gen.Elements(SkillIdPool)
        from tenths in Gen.Choose(0, 100)
        from importance in Gen.Choose(1, 10_000)
        from required in Bool
        select new RequirementArgs(skillId, tenths / 10.0, importance / 10.0, required);

    public static Arbitrary<RequirementArgs> RequirementArgsArb() => Arb.From(RequirementArgsGen);

    private static Gen<BandArgs> BandArgsGen(string regionId) =>
        from currency in Gen.Elements(Currencies)
        from minimum in Gen.Choose(0, 200_000)
        from width in Gen.Choose(0, 50_000)
        select new BandArgs(regionId, currency, minimum, width);

    public static Gen<RoleArgs> RoleArgsGen { get; } =
        from id in Gen.Elements(RoleIdPool)
        from title in Gen.Elements("Agent", "Senior Agent", "Team Lead")
        from family in Gen.Elements("customer-service", "operations")
        from track in Gen.Elements(CareerTrack.IndividualContributor, CareerTrack.Management)
        from rank in Gen.Choose(1, Role.MaxRank)
        from experience in Maybe(ExperienceArgsGen)
        from requirementSkills in Gen.SubListOf(SkillIdPool)
        from requirements in Gen.CollectToArray(requirementSkills, skillId => RequirementArgsGen.Select(r => r with { SkillId = skillId }))
        from bandRegions in Gen.SubListOf(CountryPool.Select(c => c.Code).Take(5).Concat(SlugPool.Take(3)))
        from bands in Gen.CollectToArray(bandRegions, BandArgsGen)
        from growth in Gen.OneOf(Gen.Constant<decimal?>(null), Gen.Choose(-99, 200).Select(g => (decimal?)(g / 100m)))
        from remote in Gen.Elements(Enum.GetValues<RemoteWork>())
        from education in Gen.OneOf(Gen.Constant<EducationLevel?>(null), Gen.Elements(Enum.GetValues<EducationLevel>()).Select(e => (EducationLevel?)e))
        from description in Gen.Elements<string?>(null, "Answers customers.", "Leads the team.")
        from alternatives in Gen.SubListOf(AlternativeTitlePool)
        select new RoleArgs(id, title, family, track, rank, experience, requirements, bands, growth, remote, education, description, alternatives.ToArray());

    public static Arbitrary<RoleArgs> RoleArgsArb() =>
        Arb.From(RoleArgsGen, a => new[]
        {
            a.Requirements.Count > 0 ? a with { Requirements = a.Requirements.Skip(1).ToArray() } : null,
            a.Bands.Count > 0 ? a with { Bands = a.Bands.Skip(1).ToArray() } : null,
            a.Experience is not null ? a with { Experience = null } : null,
            a.Growth is not null ? a with { Growth = null } : null,
            a.Education is not null ? a with { Education = null } : null,
            a.Description is not null ? a with { Description = null } : null,
            a.AlternativeTitles.Count > 0 ? a with { AlternativeTitles = a.AlternativeTitles.Skip(1).ToArray() } : null,
        }.OfType<RoleArgs>());

    public static Gen<RegionArgs> RegionArgsGen { get; } =
        from kind in Gen.Elements(Enum.GetValues<RegionKind>())
        from country in Gen.Elements(CountryPool)
        from suffix in Gen.Elements(SubdivisionSuffixes)
        from slug in Gen.Elements(SlugPool)
        from parent in Gen.Elements(ParentPool)
        from currency in Gen.Elements(Currencies)
        select kind switch
        {
            RegionKind.World => new RegionArgs("world", "World", kind, currency, null),
            RegionKind.Country => new RegionArgs(country.Code, $"Country {country.Code}", kind, country.Currency, parent),
            RegionKind.Subdivision => new RegionArgs($"{country.Code}-{suffix}", "Subdivision", kind, country.Currency, country.Code),
            _ => new RegionArgs(slug, $"Region {slug}", kind, currency, parent),
        };

    public static Arbitrary<RegionArgs> RegionArgsArb() => Arb.From(RegionArgsGen);

    public static Gen<SkillArgs> SkillArgsGen { get; } =
        from id in Gen.Elements(SkillIdPool)
        from name in Gen.Elements("Empathy", "CRM software", "Typing")
        from category in Gen.Elements(Enum.GetValues<SkillCategory>())
        from description in Gen.Elements<string?>(null, "What it covers.")
        select new SkillArgs(id, name, category, description);

    public static Arbitrary<SkillArgs> SkillArgsArb() => Arb.From(SkillArgsGen);

    public static Gen<TransitionArgs> TransitionArgsGen { get; } =
        from ids in Gen.Shuffle(RoleIdPool)
        from kind in Gen.Elements(Enum.GetValues<TransitionKind>())
        from months in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 120).Select(m => (int?)m))
        select new TransitionArgs(ids[0], ids[1], kind, months);

    public static Arbitrary<TransitionArgs> TransitionArgsArb() => Arb.From(TransitionArgsGen);
}
