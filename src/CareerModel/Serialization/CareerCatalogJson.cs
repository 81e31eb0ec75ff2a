using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerModel.Careers;

namespace CareerModel.Serialization;

/// <summary>
/// Reads and writes a <see cref="CareerCatalog"/> as JSON, so that users can bring their own
/// career framework: <c>var catalog = CareerCatalogJson.ReadFile("my-catalog.json");</c>
/// </summary>
/// <remarks>
/// <para>
/// The format (<c>schemaVersion</c> 1) is described in <c>docs/json-format.md</c> and by the JSON
/// Schema <c>docs/career-catalog.schema.json</c>; <c>docs/examples/customer-service.catalog.json</c>
/// is the built-in catalog written with <see cref="Write(CareerCatalog, Stream)"/>. Writing a
/// catalog and reading it back gives an equal catalog.
/// </para>
/// <para>
/// Reading is strict: no comments or trailing commas, no unknown or repeated properties, numbers
/// only as JSON numbers (amounts read exactly as <see cref="decimal"/>). A document with any
/// problem throws one <see cref="CatalogJsonException"/> listing every problem found, each with its
/// JSON path, line and column; no catalog is made from it. The limits of
/// <see cref="CatalogJsonReadOptions"/> bound the time and memory any document can take.
/// </para>
/// </remarks>
public static class CareerCatalogJson
{
    /// <summary>The version of the format this library reads and writes, the document's <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // The output is a data file, not HTML: non-ASCII text (names, en dashes) is kept as it is.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a catalog from UTF-8 JSON text, within the default limits.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, CatalogJsonReadOptions.Default);

    /// <summary>Reads a catalog from UTF-8 JSON text.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(ReadOnlySpan<byte> utf8Json, CatalogJsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (utf8Json.Length > options.MaxDocumentBytes)
            throw TooLarge(options, utf8Json.Length);
        return ReadDocument(utf8Json, options);
    }

    /// <summary>Reads a catalog from JSON text, within the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(string json) => Read(json, CatalogJsonReadOptions.Default);

    /// <summary>Reads a catalog from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(string json, CatalogJsonReadOptions options)
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
            return ReadDocument(buffer.AsSpan(0, written), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a catalog from a stream of UTF-8 JSON, to its end, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CareerCatalog Read(Stream utf8Json) => Read(utf8Json, CatalogJsonReadOptions.Default);

    /// <summary>Reads a catalog from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>
    /// The document is read into memory before it is parsed, but never more than
    /// <see cref="CatalogJsonReadOptions.MaxDocumentBytes"/>: a longer stream is refused as soon as
    /// it passes the limit (a seekable one by its length, before reading).
    /// </remarks>
    public static CareerCatalog Read(Stream utf8Json, CatalogJsonReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        if (!BoundedInput.TryReadAll(utf8Json, options.MaxDocumentBytes, out var buffer, out var length))
            throw TooLarge(options, null);
        try
        {
            return ReadDocument(buffer.AsSpan(0, length), options);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads a catalog from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The limits to read within; <see langword="null"/> for <see cref="CatalogJsonReadOptions.Default"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CatalogJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CareerCatalog ReadFile(string path, CatalogJsonReadOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return Read(stream, options ?? CatalogJsonReadOptions.Default);
    }

    /// <summary>
    /// Writes a catalog as indented JSON (two spaces, <c>\n</c> line ends, a final line end), in a
    /// stable order: the same catalog always gives the same bytes.
    /// </summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="utf8Json">The stream to write UTF-8 to; left open.</param>
    /// <exception cref="ArgumentException">The catalog uses two different currencies with one code, which JSON cannot tell apart.</exception>
    public static void Write(CareerCatalog catalog, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var document = CatalogExporter.ToDocument(catalog);
        using (var writer = new Utf8JsonWriter(utf8Json, WriterOptions))
            JsonSerializer.Serialize(writer, document, CatalogJsonContext.Default.CatalogDocument);
        utf8Json.Write("\n"u8);
    }

    /// <summary>Writes a catalog as one JSON value to a writer, with the writer's own indentation and escaping.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="writer">The writer; flushed, and left open.</param>
    /// <exception cref="ArgumentException">The catalog uses two different currencies with one code, which JSON cannot tell apart.</exception>
    public static void Write(CareerCatalog catalog, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(writer);
        JsonSerializer.Serialize(writer, CatalogExporter.ToDocument(catalog), CatalogJsonContext.Default.CatalogDocument);
        writer.Flush();
    }

    /// <summary>Writes a catalog to a file, as <see cref="Write(CareerCatalog, Stream)"/> does, replacing the file if it exists.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="ArgumentException">The catalog uses two different currencies with one code, which JSON cannot tell apart.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(CareerCatalog catalog, string path)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(catalog, stream);
    }

    /// <summary>Writes a catalog as JSON text, exactly as <see cref="Write(CareerCatalog, Stream)"/> writes it.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentException">The catalog uses two different currencies with one code, which JSON cannot tell apart.</exception>
    public static string ToJson(CareerCatalog catalog)
    {
        using var stream = new MemoryStream();
        Write(catalog, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    private static CareerCatalog ReadDocument(ReadOnlySpan<byte> utf8Json, CatalogJsonReadOptions options)
    {
        if (utf8Json.StartsWith("\uFEFF"u8))
            utf8Json = utf8Json[3..];
        var problems = new ProblemLog(options.MaxProblems);
        CareerCatalog? catalog = null;
        try
        {
            var document = new DocumentReader(problems, options).Read(utf8Json);
            if (document is not null)
                catalog = new CatalogMapper(problems).Map(document);
        }
        catch (ProblemLog.ReadingStopped)
        {
            // The problem that stopped the reading is in the log.
        }
        if (catalog is not null && problems.Count == 0)
            return catalog;
        if (problems.Count == 0)
            throw new InvalidOperationException("The catalog could not be read, but no problem was recorded; this is a bug in CareerModel.");
        throw problems.ToException(utf8Json);
    }

    private static CatalogJsonException TooLarge(CatalogJsonReadOptions options, long? length)
    {
        var limit = options.MaxDocumentBytes.ToString("N0", CultureInfo.InvariantCulture);
        var message = length is { } known
            ? $"The document is {known.ToString("N0", CultureInfo.InvariantCulture)} bytes long, more than the limit of {limit} bytes (MaxDocumentBytes); it was not read."
            : $"The document is longer than the limit of {limit} bytes (MaxDocumentBytes); reading stopped there.";
        return new CatalogJsonException([new CatalogJsonProblem(CatalogJsonProblemKind.LimitExceeded, "$", 1, 1, message)]);
    }
}
