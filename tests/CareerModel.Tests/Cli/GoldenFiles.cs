using CareerModel.Tests.Serialization;

namespace CareerModel.Tests.Cli;

/// <summary>
/// The tool's expected outputs, kept as text files beside the tests (Cli/Golden). A change to the
/// output fails the test with both texts; after checking the new one, write it with
/// <c>CAREERMODEL_UPDATE_GOLDEN=1 dotnet test --filter FullyQualifiedName~Cli</c>.
/// </summary>
public static class GoldenFiles
{
    public static void AssertMatches(string name, string actual)
    {
        var path = RepoFiles.PathOf(Path.Combine("tests", "CareerModel.Tests", "Cli", "Golden", name + ".txt"));
        if (Environment.GetEnvironmentVariable("CAREERMODEL_UPDATE_GOLDEN") == "1")
            File.WriteAllText(path, actual);
        Assert.True(File.Exists(path), $"No golden file {path}; write it with CAREERMODEL_UPDATE_GOLDEN=1.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }
}
