using System.Collections.Frozen;
namespace CareerModel.Onet.Internal;

/// <summary>
/// TF-IDF vectors of occupation titles and descriptions (what the work is), and their pairwise
/// cosine similarities through an inverted index, so only pairs that share a word cost anything.
/// </summary>
internal static class TextIndex
{
    /// <summary>How many times a title word counts against a description word: a title names the work.</summary>
    private const int TitleRepeat = 3;

    private static readonly FrozenSet<string> StopWords = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "a", "about", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "by", "can", "duties", "each",
            "except", "for", "from", "has", "have", "in", "include", "includes", "including", "into", "is", "it", "its",
            "may", "more", "not", "occupations", "of", "on", "one", "or", "other", "others", "such", "than", "that", "the",
            "their", "them", "these", "they", "this", "those", "through", "to", "under", "use", "used", "using", "various",
            "which", "who", "whose", "with", "within", "without", "work", "workers", "worker",
        ]);

    /// <summary>Fills <paramref name="similarity"/> (n × n, row-major) with the cosine of each pair's TF-IDF vectors.</summary>
    public static void Similarities(IReadOnlyList<Occupation> occupations, float[] similarity)
    {
        var n = occupations.Count;
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var docs = new Dictionary<int, int>[n];
        for (var i = 0; i < n; i++)
        {
            var counts = new Dictionary<int, int>();
            for (var r = 0; r < TitleRepeat; r++)
                AddTokens(occupations[i].Title, vocabulary, counts);
            AddTokens(occupations[i].Description, vocabulary, counts);
            docs[i] = counts;
        }
        var df = new int[vocabulary.Count];
        foreach (var doc in docs)
        {
            foreach (var term in doc.Keys)
                df[term]++;
        }
        var postings = new List<(int Doc, float Weight)>[vocabulary.Count];
        var vectors = new (int Term, float Weight)[n][];
        for (var i = 0; i < n; i++)
        {
            var vector = docs[i]
                .Select(p => (Term: p.Key, Weight: (float)((1 + Math.Log(p.Value)) * Math.Log((double)n / df[p.Key]))))
                .OrderBy(p => p.Term)
                .ToArray();
            var norm = MathF.Sqrt(vector.Sum(p => p.Weight * p.Weight));
            for (var t = 0; t < vector.Length; t++)
                vector[t].Weight = norm > 0 ? vector[t].Weight / norm : 0;
            vectors[i] = vector;
            foreach (var (term, weight) in vector)
            {
                if (weight > 0)
                    (postings[term] ??= []).Add((i, weight));
            }
        }
        Array.Clear(similarity, 0, n * n);
        for (var i = 0; i < n; i++)
        {
            var row = similarity.AsSpan(i * n, n);
            foreach (var (term, weight) in vectors[i])
            {
                if (weight <= 0)
                    continue;
                foreach (var (doc, other) in postings[term])
                    row[doc] += weight * other;
            }
        }
    }

    private static void AddTokens(string text, Dictionary<string, int> vocabulary, Dictionary<int, int> counts)
    {
        var span = text.AsSpan();
        Span<char> buffer = stackalloc char[64];
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsAsciiLetter(span[i]))
                i++;
            var start = i;
            while (i < span.Length && char.IsAsciiLetter(span[i]))
                i++;
            var length = i - start;
            if (length < 3 || length > buffer.Length)
                continue;
            var word = buffer[..length];
            span.Slice(start, length).ToLowerInvariant(word);
            var stem = Stem(word);
            var key = stem.ToString();
            if (StopWords.Contains(key))
                continue;
            if (!vocabulary.TryGetValue(key, out var term))
            {
                term = vocabulary.Count;
                vocabulary.Add(key, term);
            }
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
    }

    /// <summary>
    /// A light stemmer: plurals, common verb endings and a final e, so "nurses" meets "nurse" and
    /// "operating", "operated" and "operates" meet "operate".
    /// </summary>
    private static ReadOnlySpan<char> Stem(Span<char> word)
    {
        var length = word.Length;
        if (length > 4 && word.EndsWith("ies"))
        {
            word[length - 3] = 'y';
            length -= 2;
        }
        else if (length > 5 && word.EndsWith("ing"))
        {
            length -= 3;
        }
        else if (length > 4 && word.EndsWith("ed") && !word.EndsWith("eed"))
        {
            length -= 2;
        }
        else if (length > 3 && word.EndsWith("s") && !word.EndsWith("ss") && !word.EndsWith("us") && !word.EndsWith("is"))
        {
            length -= 1;
        }
        if (length > 4 && word[length - 1] == 'e')
            length--;
        return word[..length];
    }
}
