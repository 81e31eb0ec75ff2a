using CareerModel.Careers;
using CareerModel.Geography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Careers;

[Properties(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 100)]
public class CareerCatalogProperties
{
    private static List<T> Shuffled<T>(IEnumerable<T> items, Random random)
    {
        var list = items.ToList();
#pragma warning disable CA5394 // Test data, not security: a seeded Random makes the order reproducible.
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
#pragma warning restore CA5394
        return list;
    }

    [Property]
    public Property A_catalog_does_not_depend_on_the_order_its_parts_were_added_in(CatalogParts parts, int seed)
    {
        var expected = parts.ToBuilder().Build();

        // Every part becomes its own Add call, and the calls are run in a random order.
        var random = new Random(seed);
        var builder = CareerCatalog.CreateBuilder();
        var steps = new List<Action>
        {
            () => builder.UseProficiencyScale(parts.Scale),
        };
        steps.AddRange(parts.Regions.Select(r => (Action)(() => builder.AddRegion(r))));
        steps.AddRange(parts.Skills.Select(s => (Action)(() => builder.AddSkill(s))));
        steps.AddRange(parts.Roles.Select(r => (Action)(() => builder.AddRole(r))));
        steps.AddRange(parts.Transitions.Select(t => (Action)(() => builder.AddTransition(t))));
        foreach (var step in Shuffled(steps, random))
            step();
        var actual = builder.Build();

        return (expected.Equals(actual) && actual.Equals(expected) && expected.GetHashCode() == actual.GetHashCode())
            .Label($"Built in list order: {expected}; built shuffled: {actual}");
    }

    [Property]
    public Property A_catalog_built_from_shuffled_batches_equals_one_built_in_order(CatalogParts parts, int seed)
    {
        var random = new Random(seed);
        var shuffled = new CatalogParts(
            parts.Scale,
            Shuffled(parts.Regions, random),
            Shuffled(parts.Skills, random),
            Shuffled(parts.Roles, random),
            Shuffled(parts.Transitions, random));

        var a = parts.ToBuilder().Build();
        var b = shuffled.ToBuilder().Build();

        return (a.Equals(b) && a.GetHashCode() == b.GetHashCode()).Label("catalogs differ");
    }

    [Property]
    public Property A_catalog_holds_every_part_ordered_by_id(CatalogParts parts)
    {
        var catalog = parts.ToBuilder().Build();

        return (catalog.Roles.SequenceEqual(parts.Roles.OrderBy(r => r.Id, StringComparer.Ordinal)).Label("roles")
            .And(catalog.Skills.SequenceEqual(parts.Skills.OrderBy(s => s.Id, StringComparer.Ordinal)).Label("skills"))
            .And(catalog.Regions.SequenceEqual(parts.Regions.OrderBy(r => r.Id, StringComparer.Ordinal)).Label("regions"))
            .And(catalog.Transitions.SequenceEqual(parts.Transitions.OrderBy(t => t.FromRoleId, StringComparer.Ordinal).ThenBy(t => t.ToRoleId, StringComparer.Ordinal)).Label("transitions"))
            .And(catalog.ProficiencyScale.Equals(parts.Scale)).Label("scale"));
    }

    [Property]
    public Property ToBuilder_round_trips_to_an_equal_catalog(CatalogParts parts)
    {
        var catalog = parts.ToBuilder().Build();
        var copy = catalog.ToBuilder().Build();

        return (catalog.Equals(copy) && catalog.GetHashCode() == copy.GetHashCode()).ToProperty();
    }

    [Property]
    public Property Lookups_agree_with_the_ordered_lists(CatalogParts parts)
    {
        var catalog = parts.ToBuilder().Build();

        var rolesFound = parts.Roles.All(r => catalog.GetRole(r.Id).Equals(r) && catalog.TryGetRole(r.Id, out var found) && found.Equals(r));
        var skillsFound = parts.Skills.All(s => catalog.GetSkill(s.Id).Equals(s) && catalog.TryGetSkill(s.Id, out var found) && found.Equals(s));
        var regionsFound = parts.Regions.All(g => catalog.GetRegion(g.Id).Equals(g) && catalog.TryGetRegion(g.Id, out var found) && found.Equals(g));
        var edgesFrom = catalog.Roles.All(r => catalog.GetTransitionsFrom(r.Id).SequenceEqual(catalog.Transitions.Where(t => t.FromRoleId == r.Id)));
        var edgesTo = catalog.Roles.All(r => catalog.GetTransitionsTo(r.Id).SequenceEqual(
            catalog.Transitions.Where(t => t.ToRoleId == r.Id).OrderBy(t => t.FromRoleId, StringComparer.Ordinal)));

        return rolesFound.Label("roles")
            .And(skillsFound).Label("skills")
            .And(regionsFound).Label("regions")
            .And(edgesFrom).Label("transitions from")
            .And(edgesTo).Label("transitions to");
    }

    [Property]
    public Property Every_region_path_climbs_through_wider_kinds_to_the_world(CatalogParts parts)
    {
        var catalog = parts.ToBuilder().Build();

        var bad = catalog.Regions
            .Select(region => (region, path: catalog.GetRegionPath(region.Id)))
            .Where(x => !(x.path[0].Equals(x.region)
                && x.path[^1].Kind == RegionKind.World
                && x.path.Zip(x.path.Skip(1)).All(step => step.First.ParentId == step.Second.Id
                    && (step.Second.Kind < step.First.Kind || step.Second.Kind == RegionKind.RegionGroup))))
            .Select(x => x.region.Id)
            .ToList();

        return (bad.Count == 0).Label("bad paths for: " + string.Join(", ", bad));
    }

    [Property]
    public Property Changing_any_part_gives_an_unequal_catalog(CatalogParts parts)
    {
        var catalog = parts.ToBuilder().Build();

        var equalAfterChange = CatalogArbitraries.ShrinkCatalog(parts)
            .Take(20)
            .Where(smaller => smaller.ToBuilder().Build().Equals(catalog))
            .Select(smaller => smaller.ToString())
            .ToList();

        return (equalAfterChange.Count == 0).Label("still equal to: " + string.Join(Environment.NewLine + "---" + Environment.NewLine, equalAfterChange));
    }
}
