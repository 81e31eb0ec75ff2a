using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Careers;

/// <summary>
/// The builder finds the regions that are their own ancestors in one pass over the parent links;
/// checked against the plain definition, a walk up from each region.
/// </summary>
public class RegionLoopProperties
{
    public static class Arbitraries
    {
        /// <summary>Region groups whose parents are picked at random among themselves and the world, so loops of any length occur.</summary>
        public static Arbitrary<int[]> Parents() =>
            Arb.From(Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(Gen.Choose(-1, n - 1), n)));
    }

    private static bool IsOwnAncestor(int start, int[] parents)
    {
        var current = start;
        for (var steps = 0; steps < parents.Length; steps++)
        {
            current = parents[current];
            if (current < 0)
                return false;
            if (current == start)
                return true;
        }
        return false;
    }

    [Property(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 300)]
    public Property The_regions_reported_as_their_own_ancestors_are_exactly_those_on_a_loop(int[] parents)
    {
        static string Id(int i) => i < 0 ? "world" : $"g{i:00}";
        var builder = CareerCatalog.CreateBuilder().AddRegion(new Region("world", "World", RegionKind.World, Currency.USD));
        for (var i = 0; i < parents.Length; i++)
        {
            if (parents[i] != i)
                builder.AddRegion(new Region(Id(i), "G", RegionKind.RegionGroup, Currency.USD, Id(parents[i])));
        }
        var selfParented = Enumerable.Range(0, parents.Length).Where(i => parents[i] == i).ToHashSet();
        // A region cannot name itself as parent (its constructor refuses), so those are left out:
        // a walk that reaches one stops there, at a parent the catalog does not hold.
        var links = parents.Select((p, i) => selfParented.Contains(i) ? -1 : p).ToArray();
        var expected = Enumerable.Range(0, parents.Length)
            .Where(i => !selfParented.Contains(i) && IsOwnAncestor(i, links))
            .Select(i => $"region '{Id(i)}'");

        IEnumerable<string> reported;
        try
        {
            builder.Build();
            reported = [];
        }
        catch (CatalogValidationException e)
        {
            reported = e.Problems.Where(p => p.Message.Contains("own ancestor", StringComparison.Ordinal)).Select(p => p.Location);
        }

        return reported.Order().SequenceEqual(expected.Order())
            .Label($"parents: [{string.Join(", ", parents)}]; expected [{string.Join(", ", expected)}]; reported [{string.Join(", ", reported)}]");
    }
}
