using System.Globalization;
using System.Reflection;
using System.Text;
using CareerModel.Search;

namespace CareerModel.Tests.Search;

/// <summary>
/// How title search reads text: case, diacritics, apostrophes and punctuation, the built-in fold
/// table against <see cref="string.Normalize(NormalizationForm)"/> (this suite runs with ICU), the
/// English plural folding and the stop words.
/// </summary>
public class TitleTextTests
{
    private static string Normalized(string text)
    {
        var buffer = new char[text.Length * TitleText.MaxExpansion];
        return new string(buffer, 0, TitleText.Normalize(text, buffer));
    }

    private static string Fold(string word)
    {
        var span = word.ToCharArray();
        return new string(span, 0, TitleText.FoldWord(span));
    }

    /// <summary>What FormD decomposition less the nonspacing marks makes of a character, with ICU.</summary>
    private static string WithoutMarks(char c) =>
        string.Concat(c.ToString().Normalize(NormalizationForm.FormD).Where(x => CharUnicodeInfo.GetUnicodeCategory(x) != UnicodeCategory.NonSpacingMark));

    [Theory]
    [InlineData("Customer Service Team Lead", "customer service team lead")]
    [InlineData("  Técnico-Superior, O'Brien’s  ŒUVRE  ", "tecnico superior obriens oeuvre")]
    [InlineData("Straße Æther Øre Łódź İzmir ıı đ", "strasse aether ore lodz izmir ii d")]
    [InlineData("Remote / Global Customer Service Agent", "remote global customer service agent")]
    [InlineData("Customer Experience (CX) Specialist", "customer experience cx specialist")]
    [InlineData("3D-printing technician №1", "3d printing technician 1")]
    [InlineData("Ёлка Ἀθῆναι", "елка αθηναι")]
    [InlineData("!!! ... ---", "")]
    [InlineData("", "")]
    public void Text_is_lower_cased_without_diacritics_apostrophes_or_punctuation_with_one_space_between_words(string text, string expected)
    {
        Assert.Equal(expected, Normalized(text));
    }

    [Fact]
    public void A_decomposed_letter_loses_its_marks_as_a_precomposed_one_does()
    {
        Assert.Equal("cafe", Normalized("cafe\u0301"));
        Assert.Equal("cafe", Normalized("caf\u00E9"));
    }

    [Fact]
    public void An_unpaired_surrogate_or_an_emoji_separates_words()
    {
        Assert.Equal("agent lead", Normalized("agent\uD800lead"));
        Assert.Equal("emoji lead", Normalized("😀 Emoji😀lead"));
    }

    [Fact]
    public void Text_reads_the_same_whatever_the_current_culture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            Assert.Equal("istanbul it specialist", Normalized("İSTANBUL IT SPECIALIST"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Every_entry_of_the_fold_table_is_what_string_Normalize_FormD_gives_less_its_marks()
    {
        Assert.Equal(2, "é".Normalize(NormalizationForm.FormD).Length);   // ICU is there: the check below means something
        var pairs = FoldPairs();

        var wrong = Enumerable.Range(0, pairs.Length / 2)
            .Select(i => (Key: pairs[2 * i], Value: pairs[(2 * i) + 1]))
            .Where(p => WithoutMarks(p.Key) != p.Value.ToString())
            .Select(p => $"U+{(int)p.Key:X4} → U+{(int)p.Value:X4}, ICU: {WithoutMarks(p.Key)}")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(790, pairs.Length / 2);
    }

    [Fact]
    public void No_letter_of_the_covered_blocks_that_string_Normalize_FormD_would_fold_is_missing_from_the_table()
    {
        var keys = FoldPairs().Where((_, i) => i % 2 == 0).ToHashSet();
        var blocks = new[] { (0x00C0, 0x024F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x1E00, 0x1FFF) };

        var missing = blocks
            .SelectMany(b => Enumerable.Range(b.Item1, b.Item2 - b.Item1 + 1))
            .Select(cp => (char)cp)
            .Where(char.IsLetter)
            .Where(c => WithoutMarks(c) is { Length: 1 } plain && plain[0] != c && !keys.Contains(c))
            .Select(c => $"U+{(int)c:X4}")
            .ToList();

        Assert.True(missing.Count == 0, string.Join(", ", missing));
    }

    [Theory]
    [InlineData("nurse", "nurses")]
    [InlineData("company", "companies")]
    [InlineData("manager", "managers")]
    [InlineData("class", "classes")]
    [InlineData("box", "boxes")]
    [InlineData("coach", "coaches")]
    [InlineData("bus", "buses")]
    [InlineData("salesman", "salesmen")]
    [InlineData("woman", "women")]
    [InlineData("employee", "employees")]
    [InlineData("attorney", "attorneys")]
    [InlineData("movie", "movies")]
    [InlineData("tie", "ties")]
    [InlineData("toy", "toys")]
    [InlineData("status", "statuses")]
    [InlineData("role", "roles")]
    [InlineData("sale", "sales")]
    public void A_word_and_its_plural_fold_to_one_key(string singular, string plural)
    {
        Assert.Equal(Fold(singular), Fold(plural));
    }

    [Theory]
    [InlineData("nurses", "nurs")]
    [InlineData("companies", "compani")]
    [InlineData("salesmen", "salesman")]
    [InlineData("status", "status")]
    [InlineData("analysis", "analysis")]
    [InlineData("boss", "boss")]
    [InlineData("ict", "ict")]
    [InlineData("lead", "lead")]
    public void The_fold_is_a_key_that_keeps_words_not_in_the_plural_as_they_are(string word, string key)
    {
        Assert.Equal(key, Fold(word));
    }

    [Fact]
    public void Stop_words_are_left_out_unless_they_are_all_there_is()
    {
        Assert.Equal(["head", "sal"], TitleText.Words("Head of Sales"));
        Assert.Equal(["director", "customer", "servic"], TitleText.Words("Director of the Customer Service"));
        Assert.Equal(["of", "the"], TitleText.Words("Of The"));
    }

    [Fact]
    public void Words_are_listed_once_each_in_order()
    {
        Assert.Equal(["sal"], TitleText.Words("Sale Sales sales"));
        Assert.Equal(["customer", "servic", "agent"], TitleText.Words("Customer service agent, customer service"));
    }

    [Fact]
    public void Words_with_digits_are_not_folded()
    {
        Assert.Equal(["3ds", "technician"], TitleText.Words("3Ds technicians"));
    }

    private static string FoldPairs() =>
        (string)typeof(TitleText).GetField("FoldPairs", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
}
