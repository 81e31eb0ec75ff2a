using CareerModel.Tests.Onet;

namespace CareerModel.Tests.Fuzzing;

/// <summary>Where the fuzzing seeds, the crashes eng/fuzz.sh found and the small O*NET release the O*NET targets edit are.</summary>
internal static class FuzzInputs
{
    public static string Folder => Path.Combine(OnetDataFolders.Repository, "tests", "fuzz");

    public static string Release => Path.Combine(Folder, "onet-release");

    /// <summary>Every file under <c>tests/fuzz/corpus/&lt;target&gt;/</c> or <c>tests/fuzz/crashes/&lt;target&gt;/</c>, as (kind, target, name).</summary>
    public static IEnumerable<(string Kind, string Target, string Name)> Files(string kind) =>
        from target in CareerModel.Fuzz.FuzzTargets.Names
        let folder = Path.Combine(Folder, kind, target)
        where Directory.Exists(folder)
        from file in Directory.GetFiles(folder).Order(StringComparer.Ordinal)
        select (kind, target, Path.GetFileName(file));
}
