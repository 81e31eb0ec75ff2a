using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Search;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Search;

/// <summary>
/// The invariants of title search on generated catalogs (titles of one to four words from a small
/// vocabulary, so that titles share words, some alternative): a role's own title, however typed,
/// is found first; results are ordered and counted as documented; and the indexed search gives
/// exactly what a plain scan of every title by the documented formula gives.
/// </summary>
[Properties(Arbitrary = [typeof(TitleSearchArbitraries)], MaxTest = 300)]
public class RoleTitleSearchProperties
{
    [Property]
    public Property A_roles_title_in_any_case_word_order_punctuation_and_number_is_found_first_when_no_other_title_has_its_words(TitledCatalog world, int pick, int seed)
    {
        var role = world.Catalog.Roles[Math.Abs(pick % world.Catalog.Roles.Count)];
        var words = world.WordsOf[role.Title];
        var unique = world.Catalog.Roles.SelectMany(r => TitlesOf(r).Select(t => (Role: r, Words: world.WordsOf[t])))
            .All(x => x.Role == role || !x.Words.SetEquals(words));
        var query = TitleSearchArbitraries.Retype(words, new Random(seed));

        var first = RoleTitleSearch.Create(world.Catalog).Find(query)[0];

        return (first.Role == role && first.Kind == TitleMatchKind.Exact && first.IsPreferredTitle && first.Score == 3.0)
            .When(unique)
            .Label($"'{query}' for {role}: {first}");
    }

    [Property]
    public Property Results_are_ordered_by_score_then_role_id_one_per_role_within_the_count(TitledCatalog world, string[] queries, int count)
    {
        var search = RoleTitleSearch.Create(world.Catalog);
        var n = 1 + Math.Abs(count % 12);
        var wrong = new List<string>();
        foreach (var query in queries)
        {
            var matches = search.Find(query, n);
            if (matches.Count > n)
                wrong.Add($"'{query}': {matches.Count} > {n}");
            if (matches.Select(m => m.Role.Id).Distinct().Count() != matches.Count)
                wrong.Add($"'{query}': a role twice");
            for (var i = 1; i < matches.Count; i++)
            {
                var (a, b) = (matches[i - 1], matches[i]);
                if (a.Score < b.Score || (a.Score == b.Score && string.CompareOrdinal(a.Role.Id, b.Role.Id) >= 0))
                    wrong.Add($"'{query}': {a} before {b}");
            }
            foreach (var m in matches)
            {
                if (m.Score <= (int)m.Kind || m.Score > (int)m.Kind + 1 || !TitlesOf(m.Role).Contains(m.Title) || m.IsPreferredTitle != (m.Title == m.Role.Title))
                    wrong.Add($"'{query}': {m}");
            }
        }
        return (wrong.Count == 0).Label(string.Join("\n", wrong));
    }

    [Property]
    public Property The_indexed_search_gives_exactly_what_a_plain_scan_of_every_title_gives(TitledCatalog world, string[] queries, int count)
    {
        var search = RoleTitleSearch.Create(world.Catalog);
        var scan = new PlainScan(world.Catalog);
        var n = 1 + Math.Abs(count % 12);
        var wrong = new List<string>();
        // One search object answers every query in turn: its reused work arrays must come back clean.
        foreach (var query in queries.Concat(queries))
        {
            var got = search.Find(query, n).Select(m => $"{m.Role.Id} '{m.Title}' {m.Kind} {m.Score:R}");
            var want = scan.Find(query, n).Select(m => $"{m.Id} '{m.Title}' {m.Kind} {m.Score:R}");
            if (!got.SequenceEqual(want))
                wrong.Add($"'{query}':\n  got  {string.Join("; ", got)}\n  want {string.Join("; ", want)}");
        }
        return (wrong.Count == 0).Label(string.Join("\n", wrong));
    }

    private static IEnumerable<string> TitlesOf(Role role) => [role.Title, .. role.AlternativeTitles];

    /// <summary>
    /// The reference: every title of every role scored one by one by the documented formula, with
    /// the weights counted afresh, then sorted. Slow and plain.
    /// </summary>
    private sealed class PlainScan
    {
        private readonly List<(Role Role, string Title, bool Preferred, HashSet<string> Words)> titles = [];
        private readonly Dictionary<string, double> idf = new(StringComparer.Ordinal);

        public PlainScan(CareerCatalog catalog)
        {
            foreach (var role in catalog.Roles)
            {
                foreach (var title in TitlesOf(role))
                {
                    var words = TitleText.Words(title).ToHashSet(StringComparer.Ordinal);
                    if (words.Count > 0)
                        titles.Add((role, title, title == role.Title, words));
                }
            }
            foreach (var word in titles.SelectMany(t => t.Words).Distinct())
                idf[word] = RoleTitleSearch.Weight((double)titles.Count / titles.Count(t => t.Words.Contains(word)));
        }

        public IEnumerable<(string Id, string Title, TitleMatchKind Kind, double Score)> Find(string query, int count)
        {
            var words = TitleText.Words(query).ToHashSet(StringComparer.Ordinal);
            double Weight(string w) => idf.TryGetValue(w, out var x) ? x : RoleTitleSearch.Weight(titles.Count);
            double Sum(IEnumerable<string> ws) => ws.Sum(Weight);   // exact in any order: the weights are multiples of 2^-32
            return titles
                .Where(t => t.Words.Overlaps(words))
                .Select(t =>
                {
                    var shared = Sum(t.Words.Intersect(words));
                    var similarity = shared / Sum(t.Words.Union(words));
                    var kind = t.Words.SetEquals(words) ? TitleMatchKind.Exact : t.Words.IsSupersetOf(words) ? TitleMatchKind.AllWords : TitleMatchKind.Partial;
                    return (t.Role.Id, t.Title, Kind: kind, Score: (int)kind + (similarity * (t.Preferred ? 1 : RoleTitleSearch.AlternativeTitleWeight)));
                })
                .GroupBy(m => m.Id)
                .Select(g => g.OrderByDescending(m => m.Score).First())
                .OrderByDescending(m => m.Score).ThenBy(m => m.Id, StringComparer.Ordinal)
                .Take(count);
        }
    }
}

/// <summary>A catalog whose titles are made of known words, and each title's words as title search folds them.</summary>
public sealed record TitledCatalog(CareerCatalog Catalog, IReadOnlyDictionary<string, HashSet<string>> WordsOf)
{
    public override string ToString() =>
        string.Join("; ", Catalog.Roles.Select(r => $"{r.Id}: {r.Title}" + (r.AlternativeTitles.Count > 0 ? $" ({string.Join(", ", r.AlternativeTitles)})" : "")));
}

public static class TitleSearchArbitraries
{
    /// <summary>Words with the plural title search folds onto them.</summary>
    private static readonly (string Singular, string Plural)[] Vocabulary =
    [
        ("nurse", "nurses"), ("manager", "managers"), ("company", "companies"), ("coach", "coaches"), ("salesman", "salesmen"),
        ("analyst", "analysts"), ("technician", "technicians"), ("clerk", "clerks"), ("agent", "agents"), ("box", "boxes"),
        ("senior", "seniors"), ("theatre", "theatres"), ("café", "cafés"), ("attorney", "attorneys"), ("lead", "leads"),
    ];

    private static readonly string[] Separators = [" ", ", ", " - ", "/", " & ", "  "];

    private static Gen<int[]> TitleWordsGen { get; } =
        from size in Gen.Choose(1, 4)
        from words in Gen.Shuffle(Enumerable.Range(0, Vocabulary.Length).ToArray())
        select words[..size];

    public static Gen<TitledCatalog> TitledCatalogGen { get; } =
        from roleCount in Gen.Choose(1, 12)
        from titles in Gen.ArrayOf(TitleWordsGen, roleCount)
        from alternatives in Gen.ArrayOf(Gen.Choose(0, 2).SelectMany(k => Gen.ArrayOf(TitleWordsGen, k)), roleCount)
        select Make(titles, alternatives);

    public static Arbitrary<TitledCatalog> TitledCatalog() => Arb.From(TitledCatalogGen);

    /// <summary>Queries: words of the vocabulary (singular or plural, any case), some unknown words and stray punctuation.</summary>
    public static Arbitrary<string[]> Queries() => Arb.From(Gen.ArrayOf(
        Gen.Frequency(
            (6, from words in TitleWordsGen from seed in Gen.Choose(0, int.MaxValue) select Retype(words.Select(i => Vocabulary[i].Singular).ToHashSet(), new Random(seed))),
            (1, Gen.Elements("astronaut", "nurse astronaut", "", "  ,, ", "of the", "agent agent AGENTS"))),
        4));

    /// <summary>Words typed another way: in another order, some in the plural, in random case, between any separators.</summary>
    public static string Retype(IReadOnlySet<string> foldedOrSingular, Random random)
    {
        var words = foldedOrSingular.Select(w => Vocabulary.FirstOrDefault(v => Fold(v.Singular) == w || v.Singular == w)).ToArray();
        random.Shuffle(words);
        var typed = words.Select(v => random.Next(2) == 0 ? v.Singular : v.Plural)
            .Select(w => new string([.. w.Select(c => random.Next(2) == 0 ? char.ToUpperInvariant(c) : c)]));
        return string.Join(Separators[random.Next(Separators.Length)], typed) + (random.Next(3) == 0 ? "." : "");
    }

    private static string Fold(string word) => TitleText.Words(word).Single();

    private static TitledCatalog Make(int[][] titles, int[][][] alternatives)
    {
        var wordsOf = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        string Title(int[] words)
        {
            var text = string.Join(" ", words.Select(i => Vocabulary[i].Singular));
            wordsOf[text] = [.. words.Select(i => Fold(Vocabulary[i].Singular))];
            return text;
        }
        var roles = titles.Select((words, r) =>
        {
            var title = Title(words);
            var others = alternatives[r].Select(Title).Where(t => !string.Equals(t, title, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase);
            return new Role($"r{r:D2}", title, "f", CareerTrack.IndividualContributor, 1).WithAlternativeTitles(others);
        });
        var catalog = CareerCatalog.CreateBuilder()
            .AddRegion(new Region("world", "World", RegionKind.World, Currency.USD))
            .AddRoles(roles)
            .Build();
        return new TitledCatalog(catalog, wordsOf);
    }
}
