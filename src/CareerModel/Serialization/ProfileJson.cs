using System.Text.Json;
using CareerModel.Careers;
using CareerModel.People;

namespace CareerModel.Serialization;

/// <summary>
/// Reads and writes a person's <see cref="Profile"/> as JSON, so that an application can keep
/// profiles in files or send them over the wire: <c>var me = ProfileJson.ReadFile("me.profile.json", catalog);</c>
/// </summary>
/// <remarks>
/// <para>
/// The format (<c>schemaVersion</c> 1) is described in <c>docs/json-format.md</c> and by the JSON
/// Schema <c>docs/profile.schema.json</c>; <c>docs/examples/customer-service.profile.json</c> is a
/// junior specialist of the built-in catalog written with <see cref="Write(Profile, Stream)"/>.
/// Writing a profile and reading it back gives an equal profile.
/// </para>
/// <para>
/// Reading is as strict as <see cref="CareerCatalogJson"/>'s, and shares its machinery: a document
/// with any problem throws one <see cref="CareerJsonException"/> listing every problem found,
/// each with its JSON path, line and column, and no profile is made from it; the limits of
/// <see cref="CareerJsonReadOptions"/> bound the time and memory any document can take.
/// </para>
/// <para>
/// On its own a profile is checked as its constructors check it (ids well formed, one level per
/// skill, levels not negative, each period of work ending after it starts). Given a catalog, the
/// reader also checks what <c>CareerAssessor.Validate</c> checks, each at the value at fault: the
/// current role, the roles of the work history (unless a period gives its role's family and
/// track), the skills and certifications exist in the catalog; certifications are certification
/// skills and skills are not; levels lie on the catalog's proficiency scale. It checks too that the
/// region and the preferred regions exist. Preferred job families are not checked.
/// </para>
/// </remarks>
public static class ProfileJson
{
    /// <summary>The version of the format this library reads and writes, the document's <c>schemaVersion</c>.</summary>
    public const int SchemaVersion = 1;

    /// <summary>Gets how profile documents are read and written.</summary>
    internal static JsonDocumentFormat<Profile, ProfileDocument> Format { get; } = new("profile", ProfileJsonContext.Default.ProfileDocument);

    /// <summary>Reads a profile from UTF-8 JSON text, within the default limits, without a catalog to check it against.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static Profile Read(ReadOnlySpan<byte> utf8Json) => Read(utf8Json, null, CareerJsonReadOptions.Default);

    /// <summary>Reads a profile from UTF-8 JSON text, within the default limits.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static Profile Read(ReadOnlySpan<byte> utf8Json, CareerCatalog? catalog) => Read(utf8Json, catalog, CareerJsonReadOptions.Default);

    /// <summary>Reads a profile from UTF-8 JSON text.</summary>
    /// <param name="utf8Json">The document, UTF-8 encoded; a leading byte-order mark is skipped.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static Profile Read(ReadOnlySpan<byte> utf8Json, CareerCatalog? catalog, CareerJsonReadOptions options) =>
        Format.Read(utf8Json, options, Mapper(catalog));

    /// <summary>Reads a profile from JSON text, within the default limits, without a catalog to check it against.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static Profile Read(string json) => Read(json, null, CareerJsonReadOptions.Default);

    /// <summary>Reads a profile from JSON text, within the default limits.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static Profile Read(string json, CareerCatalog? catalog) => Read(json, catalog, CareerJsonReadOptions.Default);

    /// <summary>Reads a profile from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    public static Profile Read(string json, CareerCatalog? catalog, CareerJsonReadOptions options) =>
        Format.Read(json, options, Mapper(catalog));

    /// <summary>Reads a profile from a stream of UTF-8 JSON, to its end, within the default limits, without a catalog to check it against.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Profile Read(Stream utf8Json) => Read(utf8Json, null, CareerJsonReadOptions.Default);

    /// <summary>Reads a profile from a stream of UTF-8 JSON, to its end, within the default limits.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Profile Read(Stream utf8Json, CareerCatalog? catalog) => Read(utf8Json, catalog, CareerJsonReadOptions.Default);

    /// <summary>Reads a profile from a stream of UTF-8 JSON, to its end.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <param name="options">The limits to read within.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <remarks>
    /// The document is read into memory before it is parsed, but never more than
    /// <see cref="CareerJsonReadOptions.MaxDocumentBytes"/>: a longer stream is refused as soon as
    /// it passes the limit (a seekable one by its length, before reading).
    /// </remarks>
    public static Profile Read(Stream utf8Json, CareerCatalog? catalog, CareerJsonReadOptions options) =>
        Format.Read(utf8Json, options, Mapper(catalog));

    /// <summary>Reads a profile from a stream of UTF-8 JSON, to its end, asynchronously: a request body, for one.</summary>
    /// <param name="utf8Json">The stream; read from its current position, and left open.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <param name="options">The limits to read within; <see langword="null"/> for <see cref="CareerJsonReadOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    /// <exception cref="OperationCanceledException">The reading was cancelled.</exception>
    /// <remarks>As <see cref="Read(Stream, CareerCatalog?, CareerJsonReadOptions)"/>, the document is read into memory first, never more than <see cref="CareerJsonReadOptions.MaxDocumentBytes"/>.</remarks>
    public static Task<Profile> ReadAsync(Stream utf8Json, CareerCatalog? catalog = null, CareerJsonReadOptions? options = null, CancellationToken cancellationToken = default) =>
        Format.ReadAsync(utf8Json, options, Mapper(catalog), cancellationToken);

    /// <summary>Reads a profile from a UTF-8 JSON file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="catalog">The catalog whose roles, skills, regions and scale the profile must use; <see langword="null"/> to check the profile on its own.</param>
    /// <param name="options">The limits to read within; <see langword="null"/> for <see cref="CareerJsonReadOptions.Default"/>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="CareerJsonException">The document has one or more problems; the exception lists them all.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static Profile ReadFile(string path, CareerCatalog? catalog = null, CareerJsonReadOptions? options = null) =>
        Format.ReadFile(path, options, Mapper(catalog));

    /// <summary>
    /// Writes a profile as indented JSON (two spaces, <c>\n</c> line ends, a final line end), in a
    /// stable order: the same profile always gives the same bytes.
    /// </summary>
    /// <param name="profile">The profile.</param>
    /// <param name="utf8Json">The stream to write UTF-8 to; left open.</param>
    public static void Write(Profile profile, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(utf8Json);
        Format.Write(ProfileExporter.ToDocument(profile), utf8Json);
    }

    /// <summary>Writes a profile as one JSON value to a writer, with the writer's own indentation and escaping.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="writer">The writer; flushed, and left open.</param>
    public static void Write(Profile profile, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(writer);
        Format.Write(ProfileExporter.ToDocument(profile), writer);
    }

    /// <summary>Writes a profile to a file, as <see cref="Write(Profile, Stream)"/> does, replacing the file if it exists.</summary>
    /// <param name="profile">The profile.</param>
    /// <param name="path">The file's path.</param>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteFile(Profile profile, string path)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Format.WriteFile(ProfileExporter.ToDocument(profile), path);
    }

    /// <summary>Writes a profile as JSON text, exactly as <see cref="Write(Profile, Stream)"/> writes it.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text, ending with a line end.</returns>
    public static string ToJson(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return Format.ToJson(ProfileExporter.ToDocument(profile));
    }

    private static JsonDocumentFormat<Profile, ProfileDocument>.Mapper Mapper(CareerCatalog? catalog) =>
        (document, problems) => new ProfileMapper(problems, catalog).Map(document);
}
