using System.Collections.Frozen;
using System.Text.Json.Serialization.Metadata;

namespace CareerModel.Serialization;

/// <summary>What the reader expects of a JSON value.</summary>
internal enum JsonShapeKind
{
    /// <summary>A JSON object with known properties, read into a <see cref="JsonDto"/>.</summary>
    Object,

    /// <summary>A JSON array.</summary>
    List,

    /// <summary>A JSON object used as a map from string keys to values of one shape.</summary>
    Map,

    /// <summary>A JSON string.</summary>
    String,

    /// <summary>A JSON number without fraction or exponent that fits an <see cref="int"/>.</summary>
    Int,

    /// <summary>A JSON number read exactly as a <see cref="decimal"/>.</summary>
    Decimal,

    /// <summary>A finite JSON number read as a <see cref="double"/>.</summary>
    Double,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Bool,
}

/// <summary>
/// The format's shape of one type, taken from the source-generated metadata of its document's
/// context (<see cref="CatalogJsonContext"/>, <see cref="ProfileJsonContext"/>): property names,
/// which are required, how to make an object and set a property. The writer and the reader share
/// that one description, so they cannot drift.
/// </summary>
internal sealed class JsonShape
{
    private FrozenDictionary<string, int> indexByName = FrozenDictionary<string, int>.Empty;
    private byte[][] utf8Names = [];

    private JsonShape(JsonShapeKind kind, JsonTypeInfo? typeInfo)
    {
        Kind = kind;
        TypeInfo = typeInfo;
    }

    public JsonShapeKind Kind { get; }

    /// <summary>Gets the metadata of an object, list or map; <see langword="null"/> for a leaf.</summary>
    public JsonTypeInfo? TypeInfo { get; }

    /// <summary>Gets the shape of a list's items or a map's values.</summary>
    public JsonShape? Element { get; private set; }

    /// <summary>Gets an object's properties, in the format's order.</summary>
    public IReadOnlyList<JsonShapeProperty> Properties { get; private set; } = [];

    /// <summary>Gets the JSON names of an object's properties, for messages.</summary>
    public string PropertyList => string.Join(", ", Properties.Select(p => p.Name));

    /// <summary>Describes the JSON a value of this shape must be, such as <c>a whole number</c>.</summary>
    public string Expected => Kind switch
    {
        JsonShapeKind.Object or JsonShapeKind.Map => "an object",
        JsonShapeKind.List => "an array",
        JsonShapeKind.String => "a string",
        JsonShapeKind.Int => "a whole number",
        JsonShapeKind.Decimal or JsonShapeKind.Double => "a number",
        _ => "true or false",
    };

    public bool TryGetIndex(string name, out int index) => indexByName.TryGetValue(name, out index);

    /// <summary>Finds a property by its unescaped UTF-8 name, without making a string; −1 when there is none.</summary>
    public int IndexOfUtf8(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < utf8Names.Length; i++)
        {
            if (name.SequenceEqual(utf8Names[i]))
                return i;
        }
        return -1;
    }

    /// <summary>
    /// Gets the shape of a type and of everything in it, from its source-generated metadata. Each
    /// document format builds its shape once (<see cref="JsonDocumentFormat{TModel, TDocument}"/>), so the
    /// types built are kept only for this call, where a type used twice gets one shape.
    /// </summary>
    /// <param name="typeInfo">The metadata, such as <c>CatalogJsonContext.Default.CatalogDocument</c>.</param>
    /// <returns>The shape.</returns>
    public static JsonShape Of(JsonTypeInfo typeInfo) => Build(typeInfo.Type, typeInfo.Options, []);

    private static JsonShape Build(Type type, System.Text.Json.JsonSerializerOptions options, Dictionary<Type, JsonShape> built)
    {
        if (built.TryGetValue(type, out var known))
            return known;
        var leaf = LeafKind(type);
        if (leaf is { } kind)
            return built[type] = new JsonShape(kind, null);
        if (!options.TryGetTypeInfo(type, out var info))
            throw new InvalidOperationException($"{options.TypeInfoResolver?.GetType().Name} has no metadata for {type.Name}.");
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
            {
                var shape = built[type] = new JsonShape(JsonShapeKind.Object, info);
                shape.Properties = info.Properties
                    .Select((p, i) => new JsonShapeProperty(i, p.Name, p.IsRequired, Build(p.PropertyType, options, built), p))
                    .ToArray();
                if (shape.Properties.Count > 63)
                    throw new InvalidOperationException($"{type.Name} has more than 63 properties; JsonDto tracks faults in one ulong.");
                shape.indexByName = shape.Properties.ToFrozenDictionary(p => p.Name, p => p.Index, StringComparer.Ordinal);
                shape.utf8Names = [.. shape.Properties.Select(p => System.Text.Encoding.UTF8.GetBytes(p.Name))];
                return shape;
            }
            case JsonTypeInfoKind.Enumerable:
                return built[type] = new JsonShape(JsonShapeKind.List, info) { Element = Build(info.ElementType!, options, built) };
            case JsonTypeInfoKind.Dictionary when info.KeyType == typeof(string):
                var element = Build(info.ElementType!, options, built);
                if (element.Kind != JsonShapeKind.Object)
                    throw new InvalidOperationException($"Map values must be objects, but {type.Name} holds {info.ElementType!.Name}.");
                return built[type] = new JsonShape(JsonShapeKind.Map, info) { Element = element };
            default:
                throw new InvalidOperationException($"The JSON format has no shape for {type.Name}.");
        }
    }

    private static JsonShapeKind? LeafKind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return JsonShapeKind.String;
        if (type == typeof(int))
            return JsonShapeKind.Int;
        if (type == typeof(decimal))
            return JsonShapeKind.Decimal;
        if (type == typeof(double))
            return JsonShapeKind.Double;
        if (type == typeof(bool))
            return JsonShapeKind.Bool;
        return null;
    }
}

/// <summary>One property of an object shape.</summary>
/// <param name="Index">The property's position in its object.</param>
/// <param name="Name">The JSON name.</param>
/// <param name="IsRequired">Whether the property must be given.</param>
/// <param name="Shape">The shape of its value.</param>
/// <param name="Info">The source-generated metadata, which sets the value.</param>
internal sealed record JsonShapeProperty(int Index, string Name, bool IsRequired, JsonShape Shape, JsonPropertyInfo Info);
