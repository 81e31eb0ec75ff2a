using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Benchmarks;

/// <summary>
/// A seeded, deterministic catalog the size and shape of a large real one: by default 1,000 roles
/// over 128 skills, each role asking for about 105 of them (82%, the density of the imported O*NET
/// catalog: 49,361 requirements over its 879 rated occupations × 68 skills), 5–10 moves out of
/// every role, and US pay bands.
/// </summary>
/// <remarks>
/// <para>
/// Skills: <c>skill-000</c> … ; the first eight are certifications, the rest cycle through the
/// technical, soft, knowledge, ability and language categories. Roles: <c>role-0000</c> … in 40
/// families, ranks 1–7 (a rank of 4 or more is on the management track a third of the time). Each
/// role asks for its family's 24 core skills (a window that overlaps the neighbouring families',
/// so related roles ask for related skills) at levels 1–5 that grow with rank, importance 3–5;
/// for 72–88 of the other general skills at the level 1 or 2 every role asks of that skill,
/// importance 1–2; and for each certification one time in seven. About 85% of the requirements
/// are required. Each role has a US band around 35,000 + 12,000 × rank dollars, a growth outlook
/// of −5% to +15%, and typical experience from rank − 1 to rank + 3 years.
/// </para>
/// <para>
/// Moves, 5–10 out of every role: 60% within the family and one rank, 25% to a family up to two
/// away and one rank, 15% anywhere. A move to a higher rank is a
/// <see cref="TransitionKind.Promotion"/> (12–30 months), one to the other track a
/// <see cref="TransitionKind.TrackSwitch"/>, any other a <see cref="TransitionKind.Lateral"/> move
/// (6–18 months) — consistent with the rules the catalog builder checks.
/// </para>
/// <para>The same seed gives the same catalog on every machine: all randomness is one <see cref="Random"/>(seed).</para>
/// </remarks>
public static class SyntheticCatalog
{
    /// <summary>The seed of <see cref="Default"/>.</summary>
    public const int DefaultSeed = 20261125;

    private const int Families = 40;
    private const int Certifications = 8;
    private const int MaxRank = 7;
    private const int CoreSkills = 24;
    private const int FamilyReach = 2;

    private static readonly Lazy<CareerCatalog> DefaultInstance = new(() => Create());

    private static readonly SkillCategory[] OtherCategories =
        [SkillCategory.Technical, SkillCategory.Soft, SkillCategory.Knowledge, SkillCategory.Ability, SkillCategory.Language];

    /// <summary>Gets the catalog of 1,000 roles × 128 skills made from <see cref="DefaultSeed"/>, built once.</summary>
    public static CareerCatalog Default => DefaultInstance.Value;

    /// <summary>Makes a catalog.</summary>
    /// <param name="roleCount">The number of roles.</param>
    /// <param name="skillCount">The number of skills; at least 20 + the 8 certifications.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The validated catalog.</returns>
    public static CareerCatalog Create(int roleCount = 1_000, int skillCount = 128, int seed = DefaultSeed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(roleCount, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(skillCount, 20 + Certifications);
        var random = new Random(seed);

        var skills = Enumerable.Range(0, skillCount)
            .Select(s => new Skill(
                $"skill-{s:D3}", $"Skill {s}",
                s < Certifications ? SkillCategory.Certification : OtherCategories[s % OtherCategories.Length]))
            .ToArray();

        var levels = Levels.Draw(random, skillCount);
        var roles = new Role[roleCount];
        for (var r = 0; r < roleCount; r++)
            roles[r] = MakeRole(random, r, skills, levels);

        // Moves: mostly up or across one rank in the same family, some to a neighbouring family,
        // a few anywhere. Pools by (family, rank) keep the draws cheap.
        var pools = roles.GroupBy(r => (Family: FamilyOf(r), r.Rank)).ToDictionary(g => g.Key, g => g.ToArray());
        var transitions = new List<Transition>();
        foreach (var from in roles)
        {
            var degree = random.Next(5, 11);
            // A list, not a hash set: string hashes vary between processes, and the order the
            // targets are visited in decides which random numbers each move draws.
            var targets = new List<Role>(degree);
            while (targets.Count < degree)
            {
                var draw = random.NextDouble();
                var family = draw < 0.6 ? FamilyOf(from)
                    : draw < 0.85 ? (FamilyOf(from) + random.Next(-FamilyReach, FamilyReach + 1) + Families) % Families
                    : -1;
                Role to;
                if (family < 0)
                {
                    to = roles[random.Next(roles.Length)];
                }
                else
                {
                    var rank = Math.Clamp(from.Rank + random.Next(-1, 2), 1, MaxRank);
                    if (!pools.TryGetValue((family, rank), out var pool))
                        continue;
                    to = pool[random.Next(pool.Length)];
                }
                if (!ReferenceEquals(to, from) && !targets.Contains(to, ReferenceEqualityComparer.Instance))
                    targets.Add(to);
            }
            foreach (var to in targets)
            {
                var (kind, months) = to.Rank > from.Rank ? (TransitionKind.Promotion, random.Next(12, 31))
                    : to.Track != from.Track ? (TransitionKind.TrackSwitch, random.Next(6, 19))
                    : (TransitionKind.Lateral, random.Next(6, 19));
                transitions.Add(new Transition(from.Id, to.Id, kind, Period.FromMonths(months)));
            }
        }

        return CareerCatalog.CreateBuilder()
            .AddSkills(skills)
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("US", "United States", RegionKind.Country, Currency.USD, "world")])
            .AddRoles(roles)
            .AddTransitions(transitions)
            .Build();
    }

    private static int FamilyOf(Role role) => int.Parse(role.Family.AsSpan("family-".Length), System.Globalization.CultureInfo.InvariantCulture);

    private static Role MakeRole(Random random, int index, Skill[] skills, Levels levels)
    {
        var rank = random.Next(1, MaxRank + 1);
        var track = rank >= 4 && random.NextDouble() < 1.0 / 3 ? CareerTrack.Management : CareerTrack.IndividualContributor;
        // As in O*NET, a role rates most skills, and what sets related roles apart is which ones
        // it asks for at a high level: the family's core skills at levels that grow with rank
        // (the family's own emphasis on each, and one time in eight a level more), with high
        // importance; 72–88 of the other general skills at the level every role asks of them
        // (1 or 2), with low importance; each certification one time in seven.
        var family = index % Families;
        var core = levels.Core[family];
        var others = Enumerable.Range(Certifications, skills.Length - Certifications).Where(s => !core.ContainsKey(s)).ToArray();
        random.Shuffle(others);
        var chosen = new HashSet<int>(core.Keys);
        chosen.UnionWith(others.Take(random.Next(72, 89)));
        chosen.UnionWith(Enumerable.Range(0, Certifications).Where(_ => random.Next(7) == 0));
        var requirements = chosen.Order()
            .Select(s => core.TryGetValue(s, out var emphasis) || s < Certifications
                ? SkillRequirement.Create(skills[s].Id, Math.Clamp(((rank + 1) / 2) + emphasis + (random.Next(8) == 0 ? 1 : 0), 1, 5), random.Next(3, 6), random.NextDouble() < 0.85)
                : SkillRequirement.Create(skills[s].Id, levels.General[s], random.Next(1, 3), random.NextDouble() < 0.85))
            .ToArray();
        var midpoint = 35_000m + (12_000m * rank) + (100m * random.Next(-50, 51));
        var band = SalaryBand.FromRange(new Money(midpoint * 0.85m, Currency.USD), new Money(midpoint * 1.15m, Currency.USD));
        return new Role($"role-{index:D4}", $"Role {index}", $"family-{index % Families:D2}", track, rank)
            .WithTypicalExperience(ExperienceRange.Years(rank - 1, rank + 3))
            .WithRequirements(requirements)
            .WithPayBands(new Dictionary<string, SalaryBand> { ["US"] = band })
            .WithOutlook(new Outlook(random.Next(-50, 151) / 1000m))
            .WithRemoteWork((RemoteWork)random.Next(3));
    }

    /// <summary>
    /// The levels roles ask for, drawn once per catalog so related roles agree: each family's core
    /// skills (a window of <see cref="CoreSkills"/> that overlaps the neighbouring families'
    /// windows) with the family's emphasis on each, −1 to +1 levels; and the level, 1 or 2, that a
    /// role asks of any general skill outside its core.
    /// </summary>
    private sealed record Levels(Dictionary<int, int>[] Core, int[] General)
    {
        public static Levels Draw(Random random, int skillCount)
        {
            var general = skillCount - Certifications;
            var core = new Dictionary<int, int>[Families];
            for (var family = 0; family < Families; family++)
            {
                core[family] = Enumerable.Range(0, CoreSkills)
                    .ToDictionary(c => Certifications + (((family * general / Families) + c) % general), _ => random.Next(-1, 2));
            }
            var level = new int[skillCount];
            for (var s = Certifications; s < skillCount; s++)
                level[s] = random.Next(1, 3);
            return new Levels(core, level);
        }
    }
}
