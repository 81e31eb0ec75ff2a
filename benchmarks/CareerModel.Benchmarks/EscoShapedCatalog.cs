using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Benchmarks;

/// <summary>
/// A seeded, deterministic catalog of ESCO's size and shape, for benchmarks that should not hang
/// on one release: 3,007 roles × 13,896 skills, each role naming 20–62 of them (about 41, 0.3% of
/// the cells, as ESCO's occupations do), on ESCO's two-level scale (not held, held).
/// </summary>
/// <remarks>
/// <para>
/// Roles sit in 130 groups (ESCO's occupations sit in 436 ISCO unit groups, most holding a few);
/// each group draws three in five of its roles' skills from a pool of 400 of its own (so roles of a
/// group share skills, as an ISCO group's occupations do) and the rest from all skills, the
/// low-numbered far more often (a few transversal skills, such as communicating with customers, are
/// named by hundreds of occupations). About 52% of the requirements are essential (required, the
/// share in ESCO v1.1.1: 64,946 of 123,855), importance 2; the others optional, importance 1.
/// </para>
/// <para>
/// Ranks 1–4 as ISCO skill levels; one group in ten is a management group. Ten moves out of every
/// role: seven within its group, three anywhere; a promotion takes two years per rank gained, any
/// other move one year. No pay bands: ESCO publishes none.
/// </para>
/// </remarks>
public static class EscoShapedCatalog
{
    /// <summary>The seed of <see cref="Default"/>.</summary>
    public const int DefaultSeed = 20261204;

    private const int Roles = 3_007;
    private const int SkillCount = 13_896;
    private const int Groups = 130;
    private const int GroupPool = 400;
    private const int Moves = 10;

    private static readonly Lazy<CareerCatalog> DefaultInstance = new(() => Create(DefaultSeed));

    /// <summary>Gets the catalog made from <see cref="DefaultSeed"/>, built once.</summary>
    public static CareerCatalog Default => DefaultInstance.Value;

    /// <summary>Makes the catalog from a seed: the same seed gives the same catalog on every machine.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The validated catalog.</returns>
    public static CareerCatalog Create(int seed)
    {
        var random = new Random(seed);
        var skills = Enumerable.Range(0, SkillCount)
            .Select(s => new Skill($"skill-{s:D5}", $"Skill {s}", (s % 20) switch
            {
                < 7 => SkillCategory.Knowledge,
                < 9 => SkillCategory.Soft,
                _ => SkillCategory.Technical,
            }))
            .ToArray();
        var pools = Enumerable.Range(0, Groups).Select(_ => Enumerable.Range(0, GroupPool).Select(_ => random.Next(SkillCount)).ToArray()).ToArray();
        var roles = new Role[Roles];
        for (var r = 0; r < Roles; r++)
        {
            var group = r % Groups;
            var named = new SortedSet<int>();
            var count = random.Next(20, 63);
            while (named.Count < count)
            {
                // Skewed towards low numbers: the square of a uniform draw lands there more often.
                named.Add(random.NextDouble() < 0.6 ? pools[group][random.Next(GroupPool)] : (int)(SkillCount * Math.Pow(random.NextDouble(), 3)));
            }
            var requirements = named.Select(s => random.NextDouble() < 0.52
                ? SkillRequirement.Required(skills[s].Id, 1, 2)
                : SkillRequirement.Preferred(skills[s].Id, 1, 1));
            var track = group % 10 == 0 ? CareerTrack.Management : CareerTrack.IndividualContributor;
            roles[r] = new Role($"occupation-{r:D4}", $"Occupation {r}", $"group-{group:D3}", track, 1 + (group % 4)).WithRequirements(requirements);
        }

        var transitions = new List<Transition>(Roles * Moves);
        foreach (var (from, index) in roles.Select((role, i) => (role, i)))
        {
            var targets = new List<int>(Moves);
            while (targets.Count < Moves)
            {
                var to = targets.Count < 7 ? (random.Next(Roles / Groups) * Groups) + (index % Groups) : random.Next(Roles);
                if (to != index && to < Roles && !targets.Contains(to))
                    targets.Add(to);
            }
            foreach (var to in targets.Select(t => roles[t]))
            {
                var (kind, months) = to.Rank > from.Rank ? (TransitionKind.Promotion, 24 * (to.Rank - from.Rank))
                    : to.Track != from.Track ? (TransitionKind.TrackSwitch, 12)
                    : (TransitionKind.Lateral, 12);
                transitions.Add(new Transition(from.Id, to.Id, kind, Period.FromMonths(months)));
            }
        }

        return CareerCatalog.CreateBuilder()
            .UseProficiencyScale(new ProficiencyScale("held or not", ["not held", "held"]))
            .AddSkills(skills)
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.EUR), new Region("EU", "European Union", RegionKind.Country, Currency.EUR, "world")])
            .AddRoles(roles)
            .AddTransitions(transitions)
            .Build();
    }
}
