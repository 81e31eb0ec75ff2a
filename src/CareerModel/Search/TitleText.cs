using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CareerModel.Search;

/// <summary>
/// Turns a job title, or what someone typed, into the words title search compares: the same in
/// any case, with or without diacritics and punctuation, singular or plural, whatever the culture
/// or globalization mode. Allocation-free on the search path (spans in, spans out).
/// </summary>
/// <remarks>
/// <para>The text is read rune by rune:</para>
/// <list type="number">
/// <item>Apostrophes (<c>'</c>, <c>’</c>, <c>ʼ</c>) are dropped, so <c>driver's</c> is one word.</item>
/// <item>A precomposed Latin, Greek or Cyrillic letter loses its marks (<see cref="FoldPairs"/>: é → e),
/// the letter is lower-cased (<see cref="Rune.ToLowerInvariant"/>), and ß, æ, œ, ø, ł, đ and ı are
/// spelt ss, ae, oe, o, l, d and i.</item>
/// <item>Nonspacing and enclosing marks are dropped (a decomposed é is e).</item>
/// <item>Letters, decimal digits and spacing marks make words; anything else separates them.</item>
/// </list>
/// <para>
/// Each word of letters only is then folded by <see cref="FoldWord"/>, so that a word and its
/// plural are one key. Words in <see cref="StopWords"/> (of, and, the, …) are left out of a text
/// that has other words.
/// </para>
/// </remarks>
internal static partial class TitleText
{
    /// <summary>The most UTF-16 code units one code unit of text can become (ß → ss).</summary>
    public const int MaxExpansion = 2;

    /// <summary>Short words that say nothing of the job: "head of sales" is "sales head".</summary>
    public static readonly FrozenSet<string> StopWords =
        FrozenSet.Create(StringComparer.Ordinal, "a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "or", "the", "to", "with");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup =
        StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<char, char> Folds = BuildFolds();

    /// <summary>
    /// Writes the words of <paramref name="text"/>, normalised and folded, to
    /// <paramref name="buffer"/> and their places to <paramref name="words"/>.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="buffer">Room for the normalised text: at least <see cref="MaxExpansion"/> × its length.</param>
    /// <param name="words">Room for the words' (start, length) in <paramref name="buffer"/>: at least half the text's length, rounded up.</param>
    /// <returns>How many words were written; stop words are left out unless they are all there is.</returns>
    public static int Words(ReadOnlySpan<char> text, Span<char> buffer, Span<Range> words)
    {
        var length = Normalize(text, buffer);
        var count = 0;
        var kept = 0;
        var start = 0;
        for (var i = 0; i <= length; i++)
        {
            if (i < length && buffer[i] != ' ')
                continue;
            if (i > start)
            {
                var word = buffer[start..i];
                var folded = IsAllLetters(word) ? FoldWord(word) : word.Length;
                var range = new Range(start, start + folded);
                // Stop words go to the end while others remain: kept ones first, in order.
                if (StopWordLookup.Contains(buffer[range]))
                {
                    words[count++] = range;
                }
                else
                {
                    if (kept < count)
                        (words[kept], words[count]) = (range, words[kept]);
                    else
                        words[count] = range;
                    kept++;
                    count++;
                }
            }
            start = i + 1;
        }
        return kept > 0 ? kept : count;
    }

    /// <summary>The words of a text as strings, each once, in order: for building an index.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The distinct words.</returns>
    public static string[] Words(string text)
    {
        var buffer = new char[Math.Max(1, text.Length * MaxExpansion)];
        var words = new Range[(text.Length + 1) / 2 + 1];
        var count = Words(text, buffer, words);
        var result = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            var word = new string(buffer.AsSpan()[words[i]]);
            if (!result.Contains(word, StringComparer.Ordinal))
                result.Add(word);
        }
        return [.. result];
    }

    /// <summary>
    /// Writes the text lower-cased, without diacritics or apostrophes, with one space between
    /// words and none at either end.
    /// </summary>
    /// <returns>The length written.</returns>
    public static int Normalize(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        var i = 0;
        while (i < text.Length)
        {
            // An unpaired surrogate decodes as U+FFFD, a symbol, which separates words.
            Rune.DecodeFromUtf16(text[i..], out var rune, out var consumed);
            i += consumed;
            if (rune.IsBmp)
            {
                var c = (char)rune.Value;
                if (c is '\'' or '\u2019' or '\u02BC')
                    continue;
                if (c >= '\u00C0' && Folds.TryGetValue(c, out var plain))
                    rune = new Rune(plain);
            }
            rune = Rune.ToLowerInvariant(rune);
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
                continue;
            if (!IsWordPart(category))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            var spelt = rune.Value switch
            {
                'ß' => "ss",
                'æ' => "ae",
                'œ' => "oe",
                'ø' => "o",
                'ł' => "l",
                'đ' => "d",
                'ı' => "i",
                _ => null,
            };
            if (spelt is not null)
            {
                spelt.CopyTo(buffer[length..]);
                length += spelt.Length;
            }
            else
            {
                length += rune.EncodeToUtf16(buffer[length..]);
            }
        }
        return length;
    }

    /// <summary>
    /// Folds an English word so that it and its plural are one key: -ies, -es and -s plurals and
    /// -men for -man; then a final -e is dropped and a final -y becomes -i, so that the singular
    /// meets the plural's stem ("nurse" and "nurses" → "nurs", "company" and "companies" →
    /// "compani"). The key is not always a word. Words of three letters or fewer are kept as they
    /// are, and a four-letter word ending in -es loses its -s only ("ties" → "tie").
    /// </summary>
    /// <param name="word">A lower-case word of letters, folded in place.</param>
    /// <returns>The folded word's length.</returns>
    public static int FoldWord(Span<char> word)
    {
        var n = word.Length;
        if (n <= 3)
            return n;
        if (n >= 5 && word.EndsWith("men"))
        {
            word[n - 2] = 'a';
            return n;
        }
        if (n >= 5 && word.EndsWith("ies"))
        {
            word[n - 3] = 'i';
            return n - 2;
        }
        if (n >= 5 && word.EndsWith("es"))
            return n - 2;
        if (word[n - 1] == 's')
        {
            if (word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is"))
                return n;
            n--;
            if (n >= 4 && word[n - 1] == 'y')
                word[n - 1] = 'i';
            return n;
        }
        if (word[n - 1] == 'e')
            return n - 1;
        if (word[n - 1] == 'y')
            word[n - 1] = 'i';
        return n;
    }

    private static bool IsWordPart(UnicodeCategory category) => category is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
        or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.SpacingCombiningMark;

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c))
                return false;
        }
        return true;
    }

    private static FrozenDictionary<char, char> BuildFolds()
    {
        var folds = new Dictionary<char, char>(FoldPairs.Length / 2);
        for (var i = 0; i < FoldPairs.Length; i += 2)
            folds.Add(FoldPairs[i], FoldPairs[i + 1]);
        return folds.ToFrozenDictionary();
    }
}
