using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CareerModel.Serialization;

/// <summary>
/// A whole document (a profile, a catalog) inside a larger JSON value, read and written by its own
/// reader and writer with every check they make; the first problems become the
/// <see cref="JsonException"/> the serializer completes with the value's path.
/// </summary>
internal abstract class DocumentJsonConverter<T> : JsonConverter<T>
    where T : class
{
    /// <summary>How many of a document's problems a message names.</summary>
    private const int ProblemsNamed = 3;

    /// <summary>Gets what the document is, for messages: <c>profile</c>, <c>catalog</c>.</summary>
    protected abstract string Name { get; }

    /// <summary>Reads the document from its UTF-8 JSON.</summary>
    protected abstract T ReadDocument(ReadOnlySpan<byte> utf8Json);

    /// <summary>Writes the document as one JSON value.</summary>
    protected abstract void WriteDocument(T value, Utf8JsonWriter writer);

    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            document.RootElement.WriteTo(writer);
        try
        {
            return ReadDocument(buffer.WrittenSpan);
        }
        catch (CareerJsonException e)
        {
            var named = e.Problems.Take(ProblemsNamed).Select(p => $"{p.Path}: {p.Message}");
            var more = e.Problems.Count > ProblemsNamed ? $" (and {e.Problems.Count - ProblemsNamed} more)" : "";
            throw new JsonException($"The {Name} has {e.Problems.Count} problem(s): {string.Join("; ", named)}{more}", e);
        }
    }

    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteDocument(value, writer);
    }
}
