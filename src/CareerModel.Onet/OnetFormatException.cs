namespace CareerModel.Onet;

/// <summary>
/// Thrown when an O*NET or OEWS file cannot be read as published: a header without a column the
/// importer needs, or a row with the wrong number of fields, a number that does not parse, or a
/// value outside its rule (an unknown scale id, a Job Zone outside 1–5).
/// </summary>
/// <remarks>The message names the file, the line and the column, so the cell can be found in an editor.</remarks>
public sealed class OnetFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file's name, such as <c>Skills.txt</c>.</param>
    /// <param name="lineNumber">The 1-based line number; 1 is the header.</param>
    /// <param name="columnNumber">The 1-based column (field) number, or 0 when the problem is the whole line.</param>
    /// <param name="columnName">The column's header name, if known.</param>
    /// <param name="problem">What is wrong, as one sentence.</param>
    public OnetFormatException(string fileName, int lineNumber, int columnNumber, string? columnName, string problem)
        : base(Describe(fileName, lineNumber, columnNumber, columnName, problem))
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(problem);
        FileName = fileName;
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
        ColumnName = columnName;
        Problem = problem;
    }

    /// <summary>Gets the file's name, such as <c>Skills.txt</c>.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based line number; 1 is the header.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based column (field) number, or 0 when the problem is the whole line.</summary>
    public int ColumnNumber { get; }

    /// <summary>Gets the column's header name, or <see langword="null"/> when the problem is the whole line.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string fileName, int lineNumber, int columnNumber, string? columnName, string problem)
    {
        var where = $"{fileName} line {lineNumber}";
        if (columnNumber > 0)
            where += columnName is null ? $", column {columnNumber}" : $", column {columnNumber} ('{columnName}')";
        return $"{where}: {problem}";
    }
}
