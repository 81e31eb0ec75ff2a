using System.Globalization;

namespace CareerModel.Onet.Internal;

/// <summary>
/// Streams a tab-separated file with a header line: columns are found by header name, each row is
/// split into field bounds without allocating per cell, and every problem is reported as an
/// <see cref="OnetFormatException"/> with the file, line and column.
/// </summary>
internal sealed class TsvReader : IDisposable
{
    private readonly StreamReader reader;
    private readonly string[] header;
    private readonly int[] starts;
    private readonly int[] lengths;
    private readonly StringComparer headerComparer;
    private string line = string.Empty;

    private TsvReader(string path, StreamReader reader, string[] header, StringComparer headerComparer)
    {
        FileName = Path.GetFileName(path);
        this.reader = reader;
        this.header = header;
        this.headerComparer = headerComparer;
        starts = new int[header.Length];
        lengths = new int[header.Length];
        LineNumber = 1;
    }

    /// <summary>Gets the file's name (no folder), as errors and notes show it.</summary>
    public string FileName { get; }

    /// <summary>Gets the 1-based number of the line last read; 1 is the header.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Opens a file and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="ignoreHeaderCase">Whether column names match whatever their case (OEWS writes both <c>OCC_CODE</c> and <c>occ_code</c>).</param>
    public static TsvReader Open(string path, bool ignoreHeaderCase = false)
    {
        var reader = new StreamReader(path, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, new FileStreamOptions { BufferSize = 1 << 16, Options = FileOptions.SequentialScan });
        try
        {
            var first = reader.ReadLine();
            if (string.IsNullOrWhiteSpace(first))
                throw new OnetFormatException(Path.GetFileName(path), 1, 0, null, "The file is empty; line 1 must be the tab-separated header.");
            var name = Path.GetFileName(path);
            // A workbook or other binary file passed where text is expected: say so, rather than
            // report a header of binary noise.
            if (first.StartsWith("PK\u0003\u0004", StringComparison.Ordinal))
                throw new OnetFormatException(name, 1, 0, null, "This looks like an Excel workbook (.xlsx), not tab-separated text; open it and save it as \"Text (Tab delimited)\", or download the release's text files.");
            if (first.Contains('\0', StringComparison.Ordinal))
                throw new OnetFormatException(name, 1, 0, null, "This is a binary file, not tab-separated text (line 1 holds NUL characters).");
            var header = first.Split('\t');
            for (var i = 0; i < header.Length; i++)
                header[i] = header[i].Trim();
            var comparer = ignoreHeaderCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            for (var i = 1; i < header.Length; i++)
            {
                var earlier = Array.FindIndex(header, 0, i, h => comparer.Equals(h, header[i]));
                if (earlier >= 0 && header[i].Length > 0)
                    throw new OnetFormatException(name, 1, i + 1, header[i], $"The header names column '{header[i]}' twice (columns {earlier + 1} and {i + 1}); each column needs its own name.");
            }
            return new TsvReader(path, reader, header, comparer);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>Finds a column the importer needs.</summary>
    /// <exception cref="OnetFormatException">The header has no such column.</exception>
    public int Column(string name)
    {
        var index = OptionalColumn(name);
        if (index < 0)
            throw new OnetFormatException(FileName, 1, 0, null, $"The header has no column '{name}', which the importer needs; the header found is: {string.Join(" | ", header)}.");
        return index;
    }

    /// <summary>Finds a column that may be absent; -1 when it is.</summary>
    public int OptionalColumn(string name)
    {
        for (var i = 0; i < header.Length; i++)
        {
            if (headerComparer.Equals(header[i], name))
                return i;
        }
        return -1;
    }

    /// <summary>Reads the next row, skipping blank lines.</summary>
    /// <returns><see langword="false"/> at the end of the file.</returns>
    /// <exception cref="OnetFormatException">The row has more or fewer fields than the header.</exception>
    public bool Read()
    {
        while (true)
        {
            var next = reader.ReadLine();
            if (next is null)
                return false;
            LineNumber++;
            if (next.Length == 0 || string.IsNullOrWhiteSpace(next))
                continue;
            line = next;
            Split();
            return true;
        }
    }

    /// <summary>Gets a field, trimmed.</summary>
    public ReadOnlySpan<char> this[int column] => line.AsSpan(starts[column], lengths[column]).Trim();

    /// <summary>Gets a field as a string, trimmed.</summary>
    public string GetString(int column) => this[column].ToString();

    /// <summary>Gets a field that must not be empty.</summary>
    public string GetRequiredString(int column)
    {
        var value = this[column];
        if (value.IsEmpty)
            throw Error(column, "The value is empty; it is required.");
        return value.ToString();
    }

    /// <summary>Reads a number in the invariant culture.</summary>
    public double GetDouble(int column)
    {
        var value = this[column];
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
            throw Error(column, $"'{value}' is not a number.");
        return number;
    }

    /// <summary>Reads a number that may be missing: empty (the Excel edition) or <c>n/a</c> (the text edition).</summary>
    public double? GetOptionalDouble(int column)
    {
        if (column < 0 || IsMissing(this[column]))
            return null;
        return GetDouble(column);
    }

    /// <summary>Reads a whole number in the invariant culture.</summary>
    public int GetInt(int column)
    {
        var value = this[column];
        if (!int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            throw Error(column, $"'{value}' is not a whole number.");
        return number;
    }

    /// <summary>Reads an O*NET Y/N flag: <c>Y</c> is true; <c>N</c>, empty and <c>n/a</c> are false.</summary>
    public bool GetFlag(int column)
    {
        if (column < 0)
            return false;
        var value = this[column];
        if (value.Equals("Y", StringComparison.OrdinalIgnoreCase))
            return true;
        if (IsMissing(value) || value.Equals("N", StringComparison.OrdinalIgnoreCase))
            return false;
        throw Error(column, $"'{value}' is not a flag; expected Y, N, empty or n/a.");
    }

    /// <summary>Gets a column's name as the header spells it.</summary>
    public string HeaderAt(int column) => header[column];

    /// <summary>Makes the error for a field of the current row.</summary>
    public OnetFormatException Error(int column, string problem) =>
        new(FileName, LineNumber, column + 1, column < header.Length ? header[column] : null, problem);

    public static bool IsMissing(ReadOnlySpan<char> value) =>
        value.IsEmpty || value.Equals("n/a", StringComparison.OrdinalIgnoreCase);

    public void Dispose() => reader.Dispose();

    private void Split()
    {
        var span = line.AsSpan();
        var start = 0;
        var count = 0;
        while (true)
        {
            var tab = span[start..].IndexOf('\t');
            var end = tab < 0 ? span.Length : start + tab;
            if (count < header.Length)
            {
                starts[count] = start;
                lengths[count] = end - start;
            }
            count++;
            if (tab < 0)
                break;
            start = end + 1;
        }
        if (count != header.Length)
        {
            var column = Math.Min(count, header.Length);
            throw new OnetFormatException(
                FileName, LineNumber, column + 1, column < header.Length ? header[column] : null,
                $"The row has {count} tab-separated fields but the header has {header.Length}.");
        }
    }
}
