using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Tests.Careers;

/// <summary>A valid catalog with one rule broken, and the problems the builder must report for it.</summary>
/// <param name="Name">What was broken.</param>
/// <param name="Broken">The catalog with the fault in it.</param>
/// <param name="Expected">The problems expected, as kind and location.</param>
public sealed record InjectedFault(string Name, CatalogParts Broken, IReadOnlyList<(CatalogProblemKind Kind, string Location)> Expected)
{
    public override string ToString() =>
        $"{Name}; expected [{string.Join(", ", Expected)}]{Environment.NewLine}{Broken}";
}

/// <summary>
/// Ways to break exactly one whole-graph rule of a valid catalog. Each fault returns null when the
/// catalog has nothing it could break (no transitions to duplicate, say).
/// </summary>
public static class CatalogFaults
{
    private delegate InjectedFault? Fault(CatalogParts parts, Random random);

    private static readonly Fault[] All =
    [
        DuplicateRole, DuplicateSkill, DuplicateRegion, DuplicateTransition,
        UnknownSkill, UnknownBandRegion, UnknownParentRegion, UnknownSource, UnknownTarget,
        PromotionThatDoesNotRaiseRank, TrackSwitchWithinOneTrack, BandInAnotherCurrency, LevelAboveScale,
        SecondWorld, RegionUnderNarrowerKind, RegionGroupCycle,
    ];

    /// <summary>The number of kinds of fault.</summary>
    public static int Count => All.Length;

    /// <summary>Injects one fault, chosen by the seed among those that apply to the catalog.</summary>
    public static InjectedFault Inject(CatalogParts parts, int seed)
    {
        // Every fault uses its own Random from the same seed, so each is a pure function of (parts, seed).
#pragma warning disable CA5394 // Test data, not security: a seeded Random makes the choice reproducible.
        var applicable = All.Select(f => f(parts, new Random(seed))).OfType<InjectedFault>().ToArray();
        return applicable[((seed % applicable.Length) + applicable.Length) % applicable.Length];
    }

    private static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
#pragma warning restore CA5394

    private static (CatalogProblemKind, string)[] One(CatalogProblemKind kind, string location) => [(kind, location)];

    private static CatalogParts ReplaceRole(CatalogParts parts, Role old, Role replacement) =>
        parts with { Roles = parts.Roles.Select(r => ReferenceEquals(r, old) ? replacement : r).ToArray() };

    private static InjectedFault? DuplicateRole(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var copy = new Role(role.Id, role.Title + " (copy)", role.Family, role.Track, role.Rank);
        return new("duplicate role", parts with { Roles = [.. parts.Roles, copy] }, One(CatalogProblemKind.DuplicateId, $"role '{role.Id}'"));
    }

    private static InjectedFault? DuplicateSkill(CatalogParts parts, Random random)
    {
        if (parts.Skills.Count == 0)
            return null;
        var skill = Pick(parts.Skills, random);
        var copy = new Skill(skill.Id, skill.Name + " (copy)", skill.Category);
        return new("duplicate skill", parts with { Skills = [.. parts.Skills, copy] }, One(CatalogProblemKind.DuplicateId, $"skill '{skill.Id}'"));
    }

    private static InjectedFault? DuplicateRegion(CatalogParts parts, Random random)
    {
        if (parts.Regions.Count == 0)
            return null;
        var region = Pick(parts.Regions, random);
        var copy = new Region(region.Id, region.Name + " (copy)", region.Kind, region.Currency, region.ParentId);
        return new("duplicate region", parts with { Regions = [.. parts.Regions, copy] }, One(CatalogProblemKind.DuplicateId, $"region '{region.Id}'"));
    }

    private static InjectedFault? DuplicateTransition(CatalogParts parts, Random random)
    {
        if (parts.Transitions.Count == 0)
            return null;
        var t = Pick(parts.Transitions, random);
        var copy = new Transition(t.FromRoleId, t.ToRoleId, t.Kind, t.TypicalTime is null ? Period.FromMonths(3) : null);
        return new("duplicate transition", parts with { Transitions = [.. parts.Transitions, copy] }, One(CatalogProblemKind.DuplicateId, $"transition {t.FromRoleId} → {t.ToRoleId}"));
    }

    private static InjectedFault? UnknownSkill(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var broken = CatalogArbitraries.CopyRole(role, requirements: [.. role.Requirements, SkillRequirement.Required("no-such-skill", 0)]);
        return new("unknown skill", ReplaceRole(parts, role, broken), One(CatalogProblemKind.UnknownReference, $"role '{role.Id}'"));
    }

    private static InjectedFault? UnknownBandRegion(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var bands = role.PayBands.ToDictionary(StringComparer.Ordinal);
        bands["no-such-region"] = SalaryBand.FromMedian(new Money(1_000m, Currency.USD));
        var broken = CatalogArbitraries.CopyRole(role, payBands: bands);
        return new("unknown pay band region", ReplaceRole(parts, role, broken), One(CatalogProblemKind.UnknownReference, $"role '{role.Id}'"));
    }

    private static InjectedFault? UnknownParentRegion(CatalogParts parts, Random random)
    {
        var lost = new Region("lost-group", "Lost", RegionKind.RegionGroup, Currency.USD, "no-such-parent");
        return new("unknown parent region", parts with { Regions = [.. parts.Regions, lost] }, One(CatalogProblemKind.UnknownReference, "region 'lost-group'"));
    }

    private static InjectedFault? UnknownSource(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var t = new Transition("no-such-role", role.Id, TransitionKind.Lateral);
        return new("unknown source role", parts with { Transitions = [.. parts.Transitions, t] }, One(CatalogProblemKind.UnknownReference, $"transition no-such-role → {role.Id}"));
    }

    private static InjectedFault? UnknownTarget(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var t = new Transition(role.Id, "no-such-role", TransitionKind.Specialisation);
        return new("unknown target role", parts with { Transitions = [.. parts.Transitions, t] }, One(CatalogProblemKind.UnknownReference, $"transition {role.Id} → no-such-role"));
    }

    private static (Role From, Role To)[] UnlinkedPairs(CatalogParts parts, Func<Role, Role, bool> predicate) =>
        parts.Roles
            .SelectMany(a => parts.Roles.Where(b => b.Id != a.Id).Select(b => (From: a, To: b)))
            .Where(p => predicate(p.From, p.To) && !parts.Transitions.Any(t => t.FromRoleId == p.From.Id && t.ToRoleId == p.To.Id))
            .ToArray();

    private static InjectedFault? PromotionThatDoesNotRaiseRank(CatalogParts parts, Random random)
    {
        var pairs = UnlinkedPairs(parts, (from, to) => to.Rank <= from.Rank);
        if (pairs.Length == 0)
            return null;
        var (from, to) = Pick(pairs, random);
        var t = new Transition(from.Id, to.Id, TransitionKind.Promotion);
        return new("promotion that does not raise rank", parts with { Transitions = [.. parts.Transitions, t] }, One(CatalogProblemKind.InconsistentTransition, $"transition {from.Id} → {to.Id}"));
    }

    private static InjectedFault? TrackSwitchWithinOneTrack(CatalogParts parts, Random random)
    {
        var pairs = UnlinkedPairs(parts, (from, to) => to.Track == from.Track);
        if (pairs.Length == 0)
            return null;
        var (from, to) = Pick(pairs, random);
        var t = new Transition(from.Id, to.Id, TransitionKind.TrackSwitch);
        return new("track switch within one track", parts with { Transitions = [.. parts.Transitions, t] }, One(CatalogProblemKind.InconsistentTransition, $"transition {from.Id} → {to.Id}"));
    }

    private static InjectedFault? BandInAnotherCurrency(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0 || parts.Regions.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var region = Pick(parts.Regions, random);
        var currency = region.Currency == Currency.ZAR ? Currency.PHP : Currency.ZAR;
        var bands = role.PayBands.ToDictionary(StringComparer.Ordinal);
        bands[region.Id] = SalaryBand.FromMedian(new Money(1_000m, currency));
        var broken = CatalogArbitraries.CopyRole(role, payBands: bands);
        return new("pay band in another currency", ReplaceRole(parts, role, broken), One(CatalogProblemKind.CurrencyMismatch, $"role '{role.Id}'"));
    }

    private static InjectedFault? LevelAboveScale(CatalogParts parts, Random random)
    {
        if (parts.Roles.Count == 0 || parts.Skills.Count == 0)
            return null;
        var role = Pick(parts.Roles, random);
        var skill = Pick(parts.Skills, random);
        var level = parts.Scale.Maximum + 0.1 + random.Next(0, 50);
        var requirements = role.Requirements.Where(r => r.SkillId != skill.Id).Append(SkillRequirement.Required(skill.Id, level));
        var broken = CatalogArbitraries.CopyRole(role, requirements: requirements);
        return new("level above the scale", ReplaceRole(parts, role, broken), One(CatalogProblemKind.LevelOutOfScale, $"role '{role.Id}'"));
    }

    private static InjectedFault? SecondWorld(CatalogParts parts, Random random)
    {
        if (parts.Regions.Count(r => r.Kind == RegionKind.World) != 1)
            return null;
        var world = new Region("world-2", "Another world", RegionKind.World, Currency.EUR);
        return new("second world", parts with { Regions = [.. parts.Regions, world] }, One(CatalogProblemKind.InvalidHierarchy, "regions"));
    }

    private static InjectedFault? RegionUnderNarrowerKind(CatalogParts parts, Random random)
    {
        var hosts = parts.Regions.Where(r => r.Kind >= RegionKind.Country).ToArray();
        if (hosts.Length == 0)
            return null;
        var parent = Pick(hosts, random);
        var kinds = Enum.GetValues<RegionKind>().Where(k => k != RegionKind.World && k <= parent.Kind).ToArray();
        var kind = Pick(kinds, random);
        var id = kind switch
        {
            RegionKind.Country => "QQ",
            RegionKind.Subdivision => "QQ-1",
            RegionKind.Metro => "misplaced-metro",
            _ => "misplaced-group",
        };
        var child = new Region(id, "Misplaced", kind, parent.Currency, parent.Id);
        return new($"{kind} under a {parent.Kind}", parts with { Regions = [.. parts.Regions, child] }, One(CatalogProblemKind.InvalidHierarchy, $"region '{id}'"));
    }

    private static InjectedFault? RegionGroupCycle(CatalogParts parts, Random random)
    {
        var a = new Region("loop-a", "Loop A", RegionKind.RegionGroup, Currency.USD, "loop-b");
        var b = new Region("loop-b", "Loop B", RegionKind.RegionGroup, Currency.USD, "loop-a");
        // Both groups of the loop are their own ancestors, so each is reported.
        return new(
            "region group cycle",
            parts with { Regions = [.. parts.Regions, a, b] },
            [(CatalogProblemKind.InvalidHierarchy, "region 'loop-a'"), (CatalogProblemKind.InvalidHierarchy, "region 'loop-b'")]);
    }
}
