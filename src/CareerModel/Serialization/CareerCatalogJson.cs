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
/// problem throws one <see cref="CareerJsonException"/> listing every problem found, each with its
/// JSON path, line and column; no catalog is made from it. The limits of
/// <see cref="CareerJsonReadOptions"/> bound the time and memory any document can take.
/// </para>
/// </remarks>
public static class CareerCatalogJson
{
    /// <summary>The version of the format this library reads and writes, the document's <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Gets how catalog documents are read and written.</summary>
    internal static JsonDocumentFormat<CareerCatalog, CatalogDocument> Format { get; } = new("catalog", CatalogJsonContext.Default.CatalogDocument);

    /// <summary>Reads a catalog from UTF-8 JSON text, within the default limits.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, CareerJsonReadOptions.Default);

    /// <summary>Reads a catalog from UTF-8 JSON text.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(ReadOnlySpan<byte> utf8Json, CareerJsonReadOptions options) =>
        Format.Read(utf8Json, options, Map);

    /// <summary>Reads a catalog from JSON text, within the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(string json) => Read(json, CareerJsonReadOptions.Default);

    /// <summary>Reads a catalog from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static CareerCatalog Read(string json, CareerJsonReadOptions options) =>
        Format.Read(json, options, Map);

    /// <summary>Reads a catalog from a stream of UTF-8 JSON, to its end, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static CareerCatalog Read(Stream utf8Json) => Read(utf8Json, CareerJsonReadOptions.Default);

    /// <summary>Reads a catalog from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>
    /// The document is read into memory before it is parsed, but never more than
    /// <see cref="CareerJsonReadOptions.MaxDocumentBytes"/>: a longer stream is refused as soon as
    /// it passes the limit (a seekable one by its length, before reading).
    /// </remarks>
    public static CareerCatalog Read(Stream utf8Json, CareerJsonReadOptions options) =>
        Format.Read(utf8Json, options, Map);

    /// <summary>Reads a catalog from a stream of UTF-8 JSON, to its end, asynchronously: a request body or a blob, for one.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <param name="options">The limits to read within; <see langword="null"/> for <see cref="CareerJsonReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <remarks>As <see cref="Read(Stream, CareerJsonReadOptions)"/>, the document is read into memory first, never more than <see cref="CareerJsonReadOptions.MaxDocumentBytes"/>.</remarks>
    public static Task<CareerCatalog> ReadAsync(Stream utf8Json, CareerJsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Format.ReadAsync(utf8Json, options, Map, cancellationToken);

    /// <summary>Reads a catalog from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="options">The limits to read within; <see langword="null"/> for <see cref="CareerJsonReadOptions.Default"/>.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static CareerCatalog ReadFile(string path, CareerJsonReadOptions? options = null) =>
        Format.ReadFile(path, options, Map);

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
        Format.Write(CatalogExporter.ToDocument(catalog), utf8Json);
    }

    /// <summary>Writes a catalog as one JSON value to a writer, with the writer's own indentation and escaping.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="writer">The writer; flushed, and left open.</param>
    /// <exception cref="ArgumentException">The catalog uses two different currencies with one code, which JSON cannot tell apart.</exception>
    public static void Write(CareerCatalog catalog, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(writer);
        Format.Write(CatalogExporter.ToDocument(catalog), writer);
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
        Format.WriteFile(CatalogExporter.ToDocument(catalog), path);
    }

    /// <summary>Writes a catalog as JSON text, exactly as <see cref="Write(CareerCatalog, Stream)"/> writes it.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    /// <exception cref="ArgumentException">The catalog uses two different currencies with one code, which JSON cannot tell apart.</exception>
    public static string ToJson(CareerCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return Format.ToJson(CatalogExporter.ToDocument(catalog));
    }

    private static CareerCatalog? Map(CatalogDocument document, ProblemLog problems) => new CatalogMapper(problems).Map(document);
}
