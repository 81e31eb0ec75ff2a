using System.Globalization;
using CsvHelper;

namespace CareerModel.Esco.Internal;

/// <summary>
/// One ESCO CSV file read record by record with CsvHelper in strict RFC 4180 mode: columns by
/// header name, each record's number and first line known, and every malformation an
/// <see cref="EscoFormatException"/> at its place rather than a value silently misread.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private static readonly CsvReaderOptions Strict = CsvReaderOptions.Default with
    {
        Separator = ',',
        HasHeader = true,
        Mode = CsvMode.Rfc4180,
        AllowLineBreaksInQuotes = true,
        MalformedData = CsvMalformedDataHandling.Throw,
        TrackLineNumbers = true,
        // Labels, types and URIs repeat across records (relation types, skill URIs).
        PoolStrings = true,
    };

    private readonly CsvReader _reader;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private IReadOnlyList<string> _header = [];

    private CsvTable(string path)
    {
        Path = path;
        FileName = System.IO.Path.GetFileName(path);
        _reader = CsvReader.FromFile(path, Strict);
    }

    /// <summary>Gets the file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the file's name, for messages.</summary>
    public string FileName { get; }

    /// <summary>Gets the current record's 1-based number; the header is record 1.</summary>
    public int RecordNumber { get; private set; }

    /// <summary>Gets the 1-based line the current record starts on.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Opens a file and reads its header, which must name every column given.</summary>
    public static CsvTable Open(string path, params ReadOnlySpan<string> requiredColumns)
    {
        var table = new CsvTable(path);
        try
        {
            table.RecordNumber = 1;
            table.LineNumber = 1;
            try
            {
                table._header = [.. table._reader.Headers];
            }
            catch (CsvFormatException e)
            {
                throw table.Malformed(e);
            }
            if (table._header.Count == 0)
                throw table.Error(0, "the file is empty; it should start with a header");
            for (var i = 0; i < table._header.Count; i++)
                table._columns.TryAdd(table._header[i], i);
            foreach (var column in requiredColumns)
            {
                if (!table._columns.ContainsKey(column))
                    throw table.Error(0, $"the header has no column '{column}'; it has {string.Join(", ", table._header)}");
            }
            return table;
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    /// <summary>Gets the 0-based index of a column, or -1 when the header lacks it (an optional column).</summary>
    public int IndexOf(string column) => _columns.GetValueOrDefault(column, -1);

    /// <summary>Reads the next record.</summary>
    /// <returns>false at the end of the file.</returns>
    /// <exception cref="EscoFormatException">The record is not well-formed CSV.</exception>
    public bool Read()
    {
        try
        {
            if (!_reader.Read())
                return false;
        }
        catch (CsvFormatException e)
        {
            throw Malformed(e);
        }
        RecordNumber = checked((int)_reader.RowNumber + 1);
        LineNumber = checked((int)_reader.LineNumber);
        return true;
    }

    /// <summary>Gets a field of the current record by column index; empty when the record is shorter (ragged files).</summary>
    public string Field(int index) => index >= 0 && index < _reader.FieldCount ? _reader.GetString(index) : "";

    /// <summary>Gets a required column's field, which must not be empty.</summary>
    /// <exception cref="EscoFormatException">The field is empty.</exception>
    public string Required(int index)
    {
        var value = Field(index);
        return value.Length > 0 ? value : throw Error(index + 1, "the field is empty; it is required");
    }

    /// <summary>Makes the exception for a problem in the current record (column 0: the whole record or file).</summary>
    public EscoFormatException Error(int columnNumber, string problem) =>
        new(FileName, RecordNumber, LineNumber, columnNumber, columnNumber > 0 && columnNumber <= _header.Count ? _header[columnNumber - 1] : null, problem);

    /// <inheritdoc />
    public void Dispose() => _reader.Dispose();

    private EscoFormatException Malformed(CsvFormatException e) =>
        new(FileName, checked((int)e.RecordNumber), checked((int)e.LineNumber), e.FieldIndex >= 0 ? e.FieldIndex + 1 : 0,
            e.FieldIndex >= 0 && e.FieldIndex < _header.Count ? _header[e.FieldIndex] : null,
            $"the CSV is malformed: {e.Message.Split('\n')[0].Trim()}");
}
