using CareerModel.Fuzz;

namespace CareerModel.Tests.Fuzzing;

/// <summary>
/// Replays the fuzzing seeds and every input eng/fuzz.sh ever saved as a crash or hang: each
/// reader accepts or refuses it with its documented exception, and keeps its promises on what it
/// accepts (<see cref="FuzzTargets"/>), so a fixed crash stays fixed.
/// </summary>
public sealed class FuzzCorpusTests
{
    public static TheoryData<string, string> Seeds() => Data("corpus");

    public static TheoryData<string, string> Crashes() => Data("crashes");

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_seed_is_a_document_its_reader_accepts(string target, string name)
    {
        var refusal = FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(FuzzInputs.Folder, "corpus", target, name)), FuzzInputs.Release);

        Assert.Null(refusal);
    }

    [Theory]
    [MemberData(nameof(Crashes))]
    public void Every_input_that_once_crashed_a_reader_is_now_accepted_or_refused_as_documented(string target, string name)
    {
        // Throws when the reader lets anything but its documented exception escape.
        _ = FuzzTargets.Run(target, File.ReadAllBytes(Path.Combine(FuzzInputs.Folder, "crashes", target, name)), FuzzInputs.Release);
    }

    [Fact]
    public void Every_target_has_seeds()
    {
        Assert.Equal(FuzzTargets.Names, FuzzInputs.Files("corpus").Select(f => f.Target).Distinct());
    }

    [Fact]
    public void An_unknown_target_is_refused_with_the_list_of_targets()
    {
        var ex = Assert.Throws<ArgumentException>("target", () => FuzzTargets.Run("xml", [], FuzzInputs.Release));

        Assert.StartsWith("Unknown fuzz target 'xml'; the targets are catalog, profile, onet-skills, oews.", ex.Message, StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Data(string kind)
    {
        var data = new TheoryData<string, string>();
        foreach (var (_, target, name) in FuzzInputs.Files(kind))
            data.Add(target, name);
        return data;
    }
}
