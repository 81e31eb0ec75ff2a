using System.Globalization;

namespace CareerModel.Esco;

/// <summary>
/// Thrown when an ESCO CSV file cannot be read as published: a missing file or column the
/// importer needs, malformed CSV (a quote inside an unquoted field, an unterminated quoted field),
/// or a value that breaks a rule (an empty URI, an unknown relation type).
/// </summary>
/// <remarks>
/// The message names the file, the record and the line it starts on, and the column, so the cell
/// can be found in an editor. A record is not a line: a quoted field may hold line breaks.
/// </remarks>
public sealed class EscoFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="fileName">The file's name, such as <c>occupations_en.csv</c>.</param>
    /// <param name="recordNumber">The 1-based record number, the header being record 1; 0 for the whole file.</param>
    /// <param name="lineNumber">The 1-based line the record starts on; 0 for the whole file.</param>
    /// <param name="columnNumber">The 1-based column (field) number, or 0 when the problem is the whole record.</param>
    /// <param name="columnName">The column's header name, if known.</param>
    /// <param name="problem">What is wrong, as one sentence.</param>
    public EscoFormatException(string fileName, int recordNumber, int lineNumber, int columnNumber, string? columnName, string problem)
        : base(Describe(fileName, recordNumber, lineNumber, columnNumber, columnName, problem))
    {
        FileName = fileName;
        RecordNumber = recordNumber;
        LineNumber = lineNumber;
        ColumnNumber = columnNumber;
        ColumnName = columnName;
        Problem = problem;
    }

    /// <summary>Gets the file's name, such as <c>occupations_en.csv</c>.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based record number (the header is record 1), or 0 when the problem is the whole file.</summary>
    public int RecordNumber { get; }

    /// <summary>Gets the 1-based line the record starts on, or 0 when the problem is the whole file.</summary>
    public int LineNumber { get; }

    /// <summary>Gets the 1-based column (field) number, or 0 when the problem is the whole record.</summary>
    public int ColumnNumber { get; }

    /// <summary>Gets the column's header name, or <see langword="null"/> when the problem is not one column's.</summary>
    public string? ColumnName { get; }

    /// <summary>Gets what is wrong, without the location.</summary>
    public string Problem { get; }

    private static string Describe(string fileName, int recordNumber, int lineNumber, int columnNumber, string? columnName, string problem)
    {
        var where = recordNumber > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{fileName} record {recordNumber} (line {lineNumber})")
            : fileName;
        if (columnNumber > 0)
        {
            where += columnName is null
                ? string.Create(CultureInfo.InvariantCulture, $", column {columnNumber}")
                : string.Create(CultureInfo.InvariantCulture, $", column {columnNumber} ('{columnName}')");
        }
        return $"{where}: {problem}";
    }
}
