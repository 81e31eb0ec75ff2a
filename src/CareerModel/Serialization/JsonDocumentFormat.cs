using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CareerModel.Serialization;

/// <summary>
/// How one kind of document (a catalog, a profile) is read and written, shared by
/// <see cref="CareerCatalogJson"/> and <see cref="ProfileJson"/>: the limits on the input, the
/// byte-order mark, the <see cref="DocumentReader"/> that logs every problem, the mapper that makes
/// the model, the one exception that lists the problems, and the writer's stable layout.
/// </summary>
/// <typeparam name="TModel">What the document holds, such as <c>CareerCatalog</c>.</typeparam>
/// <typeparam name="TDocument">The format's root object, such as <see cref="CatalogDocument"/>.</typeparam>
/// <param name="name">What the document is, for messages: <c>catalog</c>, <c>profile</c>.</param>
/// <param name="typeInfo">The source-generated metadata of the root object.</param>
internal sealed class JsonDocumentFormat<TModel, TDocument>(string name, JsonTypeInfo<TDocument> typeInfo)
    where TModel : class
    where TDocument : JsonDto
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // The output is a data file, not HTML: non-ASCII text (names, en dashes) is kept as it is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Makes the model from a document that was read, logging what it refuses; <see langword="null"/> when anything was logged.</summary>
    /// <param name="document">The document as read (possibly with problems logged already).</param>
    /// <param name="problems">The log of the problems found so far.</param>
    /// <returns>The model, or <see langword="null"/>.</returns>
    public delegate TModel? Mapper(TDocument document, ProblemLog problems);

    /// <summary>Gets what the document is, for messages: <c>catalog</c>, <c>profile</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Gets the shape of the whole document, which the reader follows.</summary>
    public JsonShape Shape { get; } = JsonShape.Of(typeInfo);

    public TModel Read(ReadOnlySpan<byte> utf8Json, CareerJsonReadOptions options, Mapper map)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (utf8Json.Length > options.MaxDocumentBytes)
            throw TooLarge(options, utf8Json.Length);
        return ReadDocument(utf8Json, options, map);
    }

    public TModel Read(string json, CareerJsonReadOptions options, Mapper map)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        // A UTF-8 encoding is never shorter than the string, so a long string is refused unencoded.
        if (json.Length > options.MaxDocumentBytes)
            throw TooLarge(options, json.Length);
        var length = Encoding.UTF8.GetByteCount(json);
        if (length > options.MaxDocumentBytes)
            throw TooLarge(options, length);
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(json, buffer);
            return ReadDocument(buffer.AsSpan(0, written), options, map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public TModel Read(Stream utf8Json, CareerJsonReadOptions options, Mapper map)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        if (!BoundedInput.TryReadAll(utf8Json, options.MaxDocumentBytes, out var buffer, out var length))
            throw TooLarge(options, null);
        try
        {
            return ReadDocument(buffer.AsSpan(0, length), options, map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public async Task<TModel> ReadAsync(Stream utf8Json, CareerJsonReadOptions? options, Mapper map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= CareerJsonReadOptions.Default;
        if (await BoundedInput.ReadAllAsync(utf8Json, options.MaxDocumentBytes, cancellationToken).ConfigureAwait(false) is not var (buffer, length))
            throw TooLarge(options, null);
        try
        {
            return ReadDocument(buffer.AsSpan(0, length), options, map);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    public TModel ReadFile(string path, CareerJsonReadOptions? options, Mapper map)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, options ?? CareerJsonReadOptions.Default, map);
    }

    /// <summary>Writes indented JSON (two spaces, <c>\n</c> line ends, a final line end).</summary>
    public void Write(TDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
            JsonSerializer.Serialize(writer, document, typeInfo);
        utf8Json.Write("\n"u8);
    }

    /// <summary>Writes one JSON value with the writer's own indentation and escaping, and flushes the writer.</summary>
    public void Write(TDocument document, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, document, typeInfo);
        writer.Flush();
    }

    public void WriteFile(TDocument document, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(document, stream);
    }

    public string ToJson(TDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private TModel ReadDocument(ReadOnlySpan<byte> utf8Json, CareerJsonReadOptions options, Mapper map)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
            utf8Json = utf8Json[3..];
        var problems = new ProblemLog(options.MaxProblems);
        TModel? model = null;
        try
        {
            if (new DocumentReader(problems, options).Read(utf8Json, Shape) is TDocument document)
                model = map(document, problems);
        }
        catch (ProblemLog.ReadingStopped)
        {
            // The problem that stopped the reading is in the log.
        }
        if (model is not null && problems.Count == 0)
            return model;
        if (problems.Count == 0)
            throw new InvalidOperationException($"The {Name} could not be read, but no problem was recorded; this is a bug in CareerModel.");
        throw problems.ToException(utf8Json, Name);
    }

    private CareerJsonException TooLarge(CareerJsonReadOptions options, long? length)
    {
        var limit = options.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture);
        var message = length is { } known
            ? $"The document is {known.ToString("N0", CultureInfo.InvariantCulture)} bytes long, more than the limit of {limit} bytes (MaxDocumentBytes); it was not read."
            : $"The document is longer than the limit of {limit} bytes (MaxDocumentBytes); reading stopped there.";
        return new CareerJsonException([new CareerJsonProblem(CareerJsonProblemKind.LimitExceeded, "$", 1, 1, message)], Name);
    }
}
