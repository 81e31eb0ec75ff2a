namespace CareerModel.Tests.Serialization;

/// <summary>Where a piece of text is in a document: line and column from 1, the column in UTF-16 characters.</summary>
public static class TextPosition
{
    public static (int Line, int Column) Of(string json, string marker, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = json.IndexOf(marker, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"'{marker}' occurs fewer than {occurrence} times in the document.");
        }
        var lineStart = json.LastIndexOf('\n', Math.Max(index - 1, 0)) + 1;
        if (index == 0)
            lineStart = 0;
        return (json[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    /// <summary>Asserts the problem's kind, path, position (that of <paramref name="marker"/>) and message.</summary>
    public static void AssertProblem(
        CareerModel.Serialization.CareerJsonProblem problem,
        CareerModel.Serialization.CareerJsonProblemKind kind,
        string path,
        string json,
        string marker,
        string message,
        int occurrence = 1)
    {
        ArgumentNullException.ThrowIfNull(problem);
        Assert.Equal(kind, problem.Kind);
        Assert.Equal(path, problem.Path);
        Assert.Equal(Of(json, marker, occurrence), (problem.Line, problem.Column));
        Assert.Equal(message, problem.Message);
    }
}
