using System.Text;

namespace CareerModel.Serialization;

/// <summary>
/// Collects the problems found while reading one document, each with the byte offset it was found
/// at; turns them into a <see cref="CareerJsonException"/> with lines and columns at the end.
/// Stops the reading (by throwing <see cref="ReadingStopped"/>) at a fatal problem, or when the
/// problem limit is reached, so that hostile input cannot make it collect without end.
/// </summary>
internal sealed class ProblemLog(int maxProblems)
{
    private readonly List<Entry> entries = [];

    public int Count => entries.Count;

    /// <summary>Records a problem; stops the reading at one more than the limit, which it notes instead.</summary>
    public void Add(CareerJsonProblemKind kind, long offset, string path, string message)
    {
        if (entries.Count == maxProblems)
        {
            entries.Add(new Entry(
                CareerJsonProblemKind.LimitExceeded,
                offset,
                path,
                $"Reading stopped at more than {DocumentReader.Count(maxProblems)} problems (MaxProblems); there may be others after this point."));
            throw new ReadingStopped();
        }
        entries.Add(new Entry(kind, offset, path, message));
    }

    /// <summary>Records a problem after which nothing more can be read, and stops the reading.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    public void Fatal(CareerJsonProblemKind kind, long offset, string path, string message)
    {
        entries.Add(new Entry(kind, offset, path, message));
        throw new ReadingStopped();
    }

    /// <summary>
    /// Makes the exception listing every problem in document order, each with its line and column
    /// counted in <paramref name="utf8Json"/>, the text the offsets refer to.
    /// </summary>
    /// <param name="utf8Json">The document the offsets refer to.</param>
    /// <param name="document">What the document is, for the message: <c>catalog</c>, <c>profile</c>.</param>
    public CareerJsonException ToException(ReadOnlySpan<byte> utf8Json, string document)
    {
        var ordered = entries.Select((e, i) => (Entry: e, Order: i))
            .OrderBy(x => x.Entry.Offset)
            .ThenBy(x => x.Order)
            .Select(x => x.Entry)
            .ToArray();
        var problems = new CareerJsonProblem[ordered.Length];
        var line = 1;
        var lineStart = 0;
        var scanned = 0;
        for (var i = 0; i < ordered.Length; i++)
        {
            var offset = (int)Math.Clamp(ordered[i].Offset, 0, utf8Json.Length);
            // Offsets are sorted, so one pass over the text finds every line.
            while (scanned < offset)
            {
                var next = utf8Json[scanned..offset].IndexOf((byte)'\n');
                if (next < 0)
                {
                    scanned = offset;
                    break;
                }
                scanned += next + 1;
                line++;
                lineStart = scanned;
            }
            var column = Encoding.UTF8.GetCharCount(utf8Json[lineStart..offset]) + 1;
            problems[i] = new CareerJsonProblem(ordered[i].Kind, ordered[i].Path, line, column, ordered[i].Message);
        }
        return new CareerJsonException(problems, document);
    }

    private readonly record struct Entry(CareerJsonProblemKind Kind, long Offset, string Path, string Message);

    /// <summary>Unwinds the reader after a fatal problem; never escapes <see cref="JsonDocumentFormat{TModel, TDocument}"/>.</summary>
#pragma warning disable CA1064 // Internal by design: it is caught inside the library.
    internal sealed class ReadingStopped : Exception
#pragma warning restore CA1064
    {
    }
}
