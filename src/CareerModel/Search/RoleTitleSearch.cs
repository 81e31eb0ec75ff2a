using System.Collections.Concurrent;
using System.Collections.Frozen;
using CareerModel.Careers;
using CareerModel.Internal;

namespace CareerModel.Search;

/// <summary>
/// Finds the roles of a catalog by what people call them: their titles and alternative titles,
/// whatever the case, word order, punctuation, diacritics or plural of what was typed.
/// </summary>
/// <remarks>
/// <para>
/// Built once from a catalog with <see cref="Create"/>, it indexes every title
/// (<see cref="Role.Title"/> and <see cref="Role.AlternativeTitles"/>) as a set of normalised words:
/// lower-cased, without diacritics (é is e) or apostrophes, split at anything that is not a letter
/// or digit, each English plural folded onto its singular (nurses, nurse; companies, company;
/// salesmen, salesman), and without the stop words of, and, the, a, an, at, by, for, from, in, on,
/// or, to and with (unless a title is nothing else). The same holds for the query, so
/// "Nurses, Théâtre" finds "theatre nurse".
/// </para>
/// <para>
/// Each word w weighs idf(w) = ln(1 + N / df(w)), N being the number of titles and df(w) the
/// number holding w (a word no title holds weighs ln(1 + N)), so rare words count more than
/// "manager" or "assistant". Weights are rounded to a multiple of 2⁻³², which makes every sum of
/// them exact: a score does not depend on the order of the words. A title T matches a query Q
/// with the weighted Jaccard similarity s = Σ_{w ∈ Q ∩ T} idf(w) / Σ_{w ∈ Q ∪ T} idf(w), and
/// scores its <see cref="TitleMatchKind"/>
/// (2 when T and Q have the same words, 1 when T has all of Q's and more, else 0) plus s, times
/// <see cref="AlternativeTitleWeight"/> when T is an alternative title. Exact matches therefore
/// come first, then titles holding every word asked for, then partial overlaps, each tier ordered
/// by similarity; a role's own title goes before an equally good alternative one. A role is
/// listed once, by its best title; equal scores are ordered by role id (ordinal).
/// </para>
/// <para>
/// The search is immutable and safe to share between threads. A search reads only the postings of
/// the query's words (an inverted index of word → titles), and reuses its scratch arrays, so it
/// allocates only the results: over ESCO's 3,007 occupations and their 30,071 alternative titles,
/// a search takes about 7 µs (<c>benchmarks/README.md</c>). No reflection: trimming- and
/// AOT-safe, and the same in every culture and in invariant-globalization mode.
/// </para>
/// </remarks>
public sealed class RoleTitleSearch
{
    /// <summary>The most results one search returns.</summary>
    public const int MaxCount = 100;

    /// <summary>The longest query accepted, in UTF-16 code units: long enough for any job title.</summary>
    public const int MaxQueryLength = 256;

    /// <summary>What an alternative title's similarity counts for against the role's own title's.</summary>
    public const double AlternativeTitleWeight = 0.95;

    private const double WeightScale = 4_294_967_296.0;   // 2³²

    private readonly Role[] roles;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> wordIds;
    private readonly double[] wordWeights;
    private readonly double unknownWordWeight;
    private readonly int[] postingStarts;
    private readonly int[] postings;
    private readonly int[] titleRoles;
    private readonly int[] titleAlternatives;
    private readonly int[] titleWordCounts;
    private readonly double[] titleWeights;

    // Per-search work arrays, reused so that a search allocates only its results. Each is taken by
    // one search at a time and handed back clean; a bag serves any number of threads.
    private readonly ConcurrentBag<Scratch> scratches = [];

    private RoleTitleSearch(CareerCatalog catalog)
    {
        Catalog = catalog;
        roles = [.. catalog.Roles];
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var titleWords = new List<int[]>();
        var titleRoleList = new List<int>();
        var titleAlternativeList = new List<int>();
        for (var r = 0; r < roles.Length; r++)
        {
            var role = roles[r];
            for (var a = -1; a < role.AlternativeTitles.Count; a++)
            {
                var words = TitleText.Words(a < 0 ? role.Title : role.AlternativeTitles[a]);
                if (words.Length == 0)
                    continue;   // a title of symbols alone has nothing to match
                var ids = new int[words.Length];
                for (var i = 0; i < words.Length; i++)
                {
                    if (!vocabulary.TryGetValue(words[i], out ids[i]))
                        vocabulary.Add(words[i], ids[i] = vocabulary.Count);
                }
                Array.Sort(ids);
                titleWords.Add(ids);
                titleRoleList.Add(r);
                titleAlternativeList.Add(a);
            }
        }
        var titles = titleWords.Count;
        TitleCount = titles;
        titleRoles = [.. titleRoleList];
        titleAlternatives = [.. titleAlternativeList];
        wordIds = vocabulary.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        postingStarts = new int[vocabulary.Count + 1];
        foreach (var ids in titleWords)
        {
            foreach (var id in ids)
                postingStarts[id + 1]++;
        }
        wordWeights = new double[vocabulary.Count];
        for (var w = 0; w < vocabulary.Count; w++)
        {
            wordWeights[w] = Weight((double)titles / postingStarts[w + 1]);
            postingStarts[w + 1] += postingStarts[w];
        }
        unknownWordWeight = Weight(titles);
        postings = new int[postingStarts[^1]];
        var next = postingStarts[..^1];
        titleWordCounts = new int[titles];
        titleWeights = new double[titles];
        for (var t = 0; t < titles; t++)
        {
            var weight = 0.0;
            foreach (var id in titleWords[t])
            {
                postings[next[id]++] = t;
                weight += wordWeights[id];
            }
            titleWordCounts[t] = titleWords[t].Length;
            titleWeights[t] = weight;
        }
    }

    /// <summary>Gets the catalog searched.</summary>
    public CareerCatalog Catalog { get; }

    /// <summary>Gets how many titles are indexed: every role's title and alternative titles that have a word.</summary>
    public int TitleCount { get; }

    /// <summary>Indexes the titles of a catalog's roles.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The search, to build once and share.</returns>
    public static RoleTitleSearch Create(CareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new RoleTitleSearch(catalog);
    }

    /// <summary>Finds the roles whose titles best match what someone typed, best first.</summary>
    /// <param name="query">A job title as typed, such as <c>call center agents</c>; at most <see cref="MaxQueryLength"/> characters. One without words (blank, or punctuation alone) finds nothing.</param>
    /// <param name="count">The most roles to return, from 1 to <see cref="MaxCount"/>.</param>
    /// <returns>The matches, by <see cref="TitleMatch.Score"/> descending, then role id; one per role; only roles sharing a word with the query.</returns>
    /// <exception cref="ArgumentNullException">The query is null.</exception>
    /// <exception cref="ArgumentException">The query is longer than <see cref="MaxQueryLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is outside 1 to <see cref="MaxCount"/>.</exception>
    public IReadOnlyList<TitleMatch> Find(string query, int count = 10)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Length > MaxQueryLength)
            throw new ArgumentException(FormattableString.Invariant($"The query is {query.Length} characters long; a title search takes at most {MaxQueryLength}."), nameof(query));
        if (count is < 1 or > MaxCount)
            throw InvariantArgument.OutOfRange(nameof(count), count, $"count {count} must be from 1 to {MaxCount}.");

        Span<char> buffer = stackalloc char[MaxQueryLength * TitleText.MaxExpansion];
        Span<Range> words = stackalloc Range[(MaxQueryLength / 2) + 1];
        var wordCount = TitleText.Words(query, buffer, words);
        Span<int> ids = stackalloc int[wordCount];
        var known = 0;
        var unknown = 0;
        for (var i = 0; i < wordCount; i++)
        {
            var word = buffer[words[i]];
            if (wordIds.TryGetValue(word, out var id))
            {
                if (!ids[..known].Contains(id))
                    ids[known++] = id;
            }
            else if (!SeenBefore(buffer, words, i))
            {
                unknown++;
            }
        }
        if (known == 0)
            return [];
        ids = ids[..known];
        ids.Sort();
        var queryWeight = 0.0;
        foreach (var id in ids)
            queryWeight += wordWeights[id];
        queryWeight += unknown * unknownWordWeight;

        var scratch = scratches.TryTake(out var reused) ? reused : new Scratch(TitleCount, roles.Length);
        var results = Search(scratch, ids, unknown == 0, queryWeight, count);
        scratches.Add(scratch);   // only when the search finished: its arrays are clean again
        return results;
    }

    private TitleMatch[] Search(Scratch s, ReadOnlySpan<int> ids, bool allKnown, double queryWeight, int count)
    {
        // Overlap: the summed weight and the number of the query's words each title holds.
        var touched = 0;
        foreach (var id in ids)
        {
            var weight = wordWeights[id];
            for (var p = postingStarts[id]; p < postingStarts[id + 1]; p++)
            {
                var t = postings[p];
                if (s.Matched[t]++ == 0)
                    s.Touched[touched++] = t;
                s.Overlap[t] += weight;
            }
        }

        // Each role by its best title: the higher score, then its own title, then the earlier one.
        var candidates = 0;
        for (var i = 0; i < touched; i++)
        {
            var t = s.Touched[i];
            var score = Score(s, t, ids.Length, allKnown, queryWeight, out _);
            var r = titleRoles[t];
            if (s.Best[r] < 0)
            {
                s.CandidateRoles[candidates++] = r;
                s.Best[r] = t;
                s.BestScore[r] = score;
            }
            else if (score > s.BestScore[r] || (score == s.BestScore[r] && t < s.Best[r]))
            {
                s.Best[r] = t;
                s.BestScore[r] = score;
            }
        }

        // The top roles: by score descending, then role index (the catalog orders roles by id).
        Span<int> top = stackalloc int[Math.Min(count, candidates)];
        var filled = 0;
        for (var i = 0; i < candidates; i++)
        {
            var r = s.CandidateRoles[i];
            var score = s.BestScore[r];
            var at = filled;
            while (at > 0 && Before(score, r, s.BestScore[top[at - 1]], top[at - 1]))
                at--;
            if (at >= top.Length)
                continue;
            var end = Math.Min(filled, top.Length - 1);
            top[at..end].CopyTo(top[(at + 1)..]);
            top[at] = r;
            filled = Math.Min(filled + 1, top.Length);
        }

        var results = new TitleMatch[filled];
        for (var i = 0; i < filled; i++)
        {
            var t = s.Best[top[i]];
            var score = Score(s, t, ids.Length, allKnown, queryWeight, out var kind);
            var role = roles[titleRoles[t]];
            var alternative = titleAlternatives[t];
            results[i] = new TitleMatch(role, alternative < 0 ? role.Title : role.AlternativeTitles[alternative], alternative < 0, kind, score);
        }

        for (var i = 0; i < touched; i++)
        {
            var t = s.Touched[i];
            s.Matched[t] = 0;
            s.Overlap[t] = 0;
        }
        for (var i = 0; i < candidates; i++)
            s.Best[s.CandidateRoles[i]] = -1;
        return results;
    }

    private double Score(Scratch s, int title, int queryWords, bool allKnown, double queryWeight, out TitleMatchKind kind)
    {
        var overlap = s.Overlap[title];
        var matched = s.Matched[title];
        kind = !allKnown || matched < queryWords ? TitleMatchKind.Partial
            : matched == titleWordCounts[title] ? TitleMatchKind.Exact
            : TitleMatchKind.AllWords;
        var similarity = overlap / (queryWeight + titleWeights[title] - overlap);
        return (int)kind + (similarity * (titleAlternatives[title] < 0 ? 1 : AlternativeTitleWeight));
    }

    /// <summary>
    /// ln(1 + N / df), rounded to a multiple of 2⁻³²: then every sum of weights (below 2²¹) is exact,
    /// so a score does not depend on the order words are added in, and equal scores are equal.
    /// </summary>
    internal static double Weight(double titlesPerTitleWithWord) => Math.Round(Math.Log(1 + titlesPerTitleWithWord) * WeightScale) / WeightScale;

    private static bool Before(double score, int role, double otherScore, int otherRole) =>
        score > otherScore || (score == otherScore && role < otherRole);

    private static bool SeenBefore(ReadOnlySpan<char> buffer, ReadOnlySpan<Range> words, int index)
    {
        var word = buffer[words[index]];
        for (var i = 0; i < index; i++)
        {
            if (buffer[words[i]].SequenceEqual(word))
                return true;
        }
        return false;
    }

    /// <summary>One search's work arrays, all zero (<see cref="Best"/> all -1) between searches.</summary>
    private sealed class Scratch
    {
        public Scratch(int titles, int roleCount)
        {
            Overlap = new double[titles];
            Matched = new int[titles];
            Touched = new int[titles];
            Best = new int[roleCount];
            Array.Fill(Best, -1);
            BestScore = new double[roleCount];
            CandidateRoles = new int[roleCount];
        }

        public double[] Overlap { get; }

        public int[] Matched { get; }

        public int[] Touched { get; }

        public int[] Best { get; }

        public double[] BestScore { get; }

        public int[] CandidateRoles { get; }
    }
}
