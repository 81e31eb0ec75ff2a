using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CareerModel.Serialization;

/// <summary>
/// Reads a document (a catalog, a profile) into the objects of its format, following the shapes of
/// <see cref="JsonShape"/>, without stopping at the first problem: a value of the wrong type, a
/// missing, unknown or repeated property is logged with its path and skipped, and reading goes
/// on. Only what makes the rest unreadable stops it: a syntax error, nesting deeper than the
/// limit, an array or map longer than the limit.
/// </summary>
/// <remarks>
/// Works on one <see cref="Utf8JsonReader"/> over the whole text, so every token's offset is its
/// offset in the document. Values it skips (unknown properties, wrong types) are walked token by
/// token with the depth checked, never buffered. Nothing here recurses deeper than the format's
/// own nesting.
/// </remarks>
internal sealed class DocumentReader(ProblemLog problems, CareerJsonReadOptions limits)
{
    private JsonPlace current = JsonPlace.Root;

    /// <summary>Reads the document; <see langword="null"/> when its root is not an object.</summary>
    /// <param name="utf8Json">The document's text.</param>
    /// <param name="document">The shape of the whole document, such as that of <see cref="CatalogDocument"/>.</param>
    /// <exception cref="ProblemLog.ReadingStopped">A fatal problem was logged.</exception>
    public JsonDto? Read(ReadOnlySpan<byte> utf8Json, JsonShape document)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
            // One more than the limit, so that this class finds the violation (with its path) first.
            MaxDepth = limits.MaxDepth + 1,
        });
        try
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
                problems.Add(CareerJsonProblemKind.WrongType, reader.TokenStartIndex, "$", "The document must be an object, not null.");
            var root = ReadValue(ref reader, document, JsonPlace.Root) as JsonDto;
            // Anything after the root value is a syntax error, which Read reports.
            while (reader.Read())
            {
            }
            return root;
        }
        catch (JsonException e)
        {
            problems.Fatal(CareerJsonProblemKind.Syntax, OffsetOf(e, utf8Json), current.Path(), "The document is not valid JSON: " + SyntaxMessage(e));
            return null;
        }
    }

    private object? ReadValue(ref Utf8JsonReader reader, JsonShape shape, JsonPlace place)
    {
        current = place;
        if (reader.TokenType == JsonTokenType.Null)
            return null;
        return shape.Kind switch
        {
            JsonShapeKind.Object => ReadObject(ref reader, shape, place),
            JsonShapeKind.List => ReadList(ref reader, shape, place),
            JsonShapeKind.Map => ReadMap(ref reader, shape, place),
            _ => ReadLeaf(ref reader, shape, place),
        };
    }

    private JsonDto? ReadObject(ref Utf8JsonReader reader, JsonShape shape, JsonPlace place)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return WrongType(ref reader, shape, place);
        CheckDepth(ref reader, place);
        var dto = (JsonDto)shape.TypeInfo!.CreateObject!();
        dto.Place(shape, place, (int)reader.TokenStartIndex);
        var seen = 0UL;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var nameStart = reader.TokenStartIndex;
            // Known names are matched on their UTF-8 bytes; a string is made only for an escaped or unknown name.
            var index = reader.ValueIsEscaped ? -1 : shape.IndexOfUtf8(reader.ValueSpan);
            var name = index >= 0 ? shape.Properties[index].Name : ReadName(ref reader, place);
            reader.Read();
            if (name is null)
            {
                Skip(ref reader, place);
                continue;
            }
            var namePlace = new JsonPlace(dto, name);
            if (index < 0 && !shape.TryGetIndex(name, out index))
            {
                problems.Add(CareerJsonProblemKind.UnknownProperty, nameStart, namePlace.Path(), $"Unknown property '{Shorten(name)}'; this object may have: {shape.PropertyList}.");
                Skip(ref reader, namePlace);
                continue;
            }
            var property = shape.Properties[index];
            if ((seen & (1UL << index)) != 0)
            {
                problems.Add(CareerJsonProblemKind.DuplicateProperty, nameStart, namePlace.Path(), $"Property '{name}' appears more than once in this object; give it once.");
                Skip(ref reader, namePlace);
                continue;
            }
            seen |= 1UL << index;
            dto.RecordValueStart(index, (int)reader.TokenStartIndex);
            var value = ReadValue(ref reader, property.Shape, namePlace);
            if (value is not null)
            {
                property.Info.Set!(dto, value);
            }
            else if (reader.TokenType == JsonTokenType.Null && property.IsRequired)
            {
                problems.Add(CareerJsonProblemKind.MissingProperty, reader.TokenStartIndex, namePlace.Path(), $"Property '{name}' is required and must not be null.");
                dto.MarkFaulty(name);
            }
            else if (reader.TokenType != JsonTokenType.Null)
            {
                dto.MarkFaulty(name);
            }
        }
        foreach (var property in shape.Properties)
        {
            if (property.IsRequired && (seen & (1UL << property.Index)) == 0)
            {
                problems.Add(CareerJsonProblemKind.MissingProperty, dto.ObjectStart, JsonPlace.PathOf(dto, property.Name), $"Required property '{property.Name}' is missing.");
                dto.MarkFaulty(property.Name);
            }
        }
        return dto;
    }

    private IList? ReadList(ref Utf8JsonReader reader, JsonShape shape, JsonPlace place)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
            return (IList?)WrongType(ref reader, shape, place);
        CheckDepth(ref reader, place);
        var list = (IList)shape.TypeInfo!.CreateObject!();
        var element = shape.Element!;
        var leaf = element.Kind is not (JsonShapeKind.Object or JsonShapeKind.List or JsonShapeKind.Map);
        var propertyIndex = -1;
        if (leaf && place.Owner?.Shape is { } ownerShape)
            ownerShape.TryGetIndex(place.Property!, out propertyIndex);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPlace = place.AtIndex(list.Count);
            CheckCount(ref reader, list.Count, itemPlace, "array");
            if (propertyIndex >= 0)
                place.Owner!.RecordItemStart(propertyIndex, (int)reader.TokenStartIndex);
            var value = ReadValue(ref reader, element, itemPlace);
            if (value is null)
            {
                if (reader.TokenType == JsonTokenType.Null)
                    problems.Add(CareerJsonProblemKind.WrongType, reader.TokenStartIndex, itemPlace.Path(), $"{itemPlace.Describe()} must be {element.Expected}, not null.");
                place.Owner?.MarkFaulty(place.Property!);
            }
            // A null keeps the indices of the items after it right; the mapper skips it.
            list.Add(value);
        }
        return list;
    }

    private IDictionary? ReadMap(ref Utf8JsonReader reader, JsonShape shape, JsonPlace place)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return (IDictionary?)WrongType(ref reader, shape, place);
        CheckDepth(ref reader, place);
        var map = (IDictionary)shape.TypeInfo!.CreateObject!();
        var count = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var keyStart = reader.TokenStartIndex;
            var key = ReadName(ref reader, place);
            reader.Read();
            if (key is null)
            {
                Skip(ref reader, place);
                continue;
            }
            var entryPlace = place.AtKey(key);
            CheckCount(ref reader, count++, entryPlace, "object");
            if (map.Contains(key))
            {
                problems.Add(CareerJsonProblemKind.DuplicateProperty, keyStart, entryPlace.Path(), $"Key '{Shorten(key)}' appears more than once in '{place.Property}'; give it once.");
                place.Owner?.MarkFaulty(place.Property!);
                Skip(ref reader, entryPlace);
                continue;
            }
            var value = ReadValue(ref reader, shape.Element!, entryPlace);
            if (value is not null)
            {
                map.Add(key, value);
                continue;
            }
            if (reader.TokenType == JsonTokenType.Null)
                problems.Add(CareerJsonProblemKind.WrongType, reader.TokenStartIndex, entryPlace.Path(), $"{entryPlace.Describe()} must be {shape.Element!.Expected}, not null.");
            place.Owner?.MarkFaulty(place.Property!);
        }
        return map;
    }

    private object? ReadLeaf(ref Utf8JsonReader reader, JsonShape shape, JsonPlace place)
    {
        var token = reader.TokenType;
        switch (shape.Kind)
        {
            case JsonShapeKind.String when token == JsonTokenType.String:
                return ReadString(ref reader, place);
            case JsonShapeKind.Bool when token is JsonTokenType.True or JsonTokenType.False:
                return reader.GetBoolean();
            case JsonShapeKind.Int when token == JsonTokenType.Number:
                if (reader.TryGetInt32(out var whole))
                    return whole;
                return OutOfRange(ref reader, place, "must be a whole number from -2,147,483,648 to 2,147,483,647, written without a fraction or exponent");
            case JsonShapeKind.Decimal when token == JsonTokenType.Number:
                if (reader.TryGetDecimal(out var amount))
                    return amount;
                return OutOfRange(ref reader, place, "is out of range: a decimal number holds at most 28 to 29 significant digits, up to about 7.9e28");
            case JsonShapeKind.Double when token == JsonTokenType.Number:
                if (reader.TryGetDouble(out var number) && double.IsFinite(number))
                    return number;
                return OutOfRange(ref reader, place, "is out of range for a number (a double)");
            default:
                return WrongType(ref reader, shape, place);
        }
    }

    private string? ReadString(ref Utf8JsonReader reader, JsonPlace place)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            problems.Add(CareerJsonProblemKind.Syntax, reader.TokenStartIndex, place.Path(), $"{place.Describe()} is not valid text: it holds bytes that are not UTF-8, or a lone surrogate escape.");
            place.Owner?.MarkFaulty(place.Property!);
            return null;
        }
    }

    private string? ReadName(ref Utf8JsonReader reader, JsonPlace owner)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            problems.Add(CareerJsonProblemKind.Syntax, reader.TokenStartIndex, owner.Path(), "A property name is not valid text: it holds bytes that are not UTF-8, or a lone surrogate escape.");
            return null;
        }
    }

    private object? OutOfRange(ref Utf8JsonReader reader, JsonPlace place, string rule)
    {
        problems.Add(CareerJsonProblemKind.InvalidValue, reader.TokenStartIndex, place.Path(), $"{place.Describe()} value {Shorten(Encoding.UTF8.GetString(reader.ValueSpan))} {rule}.");
        place.Owner?.MarkFaulty(place.Property!);
        return null;
    }

    private JsonDto? WrongType(ref Utf8JsonReader reader, JsonShape shape, JsonPlace place)
    {
        problems.Add(CareerJsonProblemKind.WrongType, reader.TokenStartIndex, place.Path(), $"{place.Describe()} must be {shape.Expected}, not {Actual(reader.TokenType)}.");
        place.Owner?.MarkFaulty(place.Property!);
        Skip(ref reader, place);
        return null;
    }

    /// <summary>Moves past the current value, checking the depth of everything in it.</summary>
    private void Skip(ref Utf8JsonReader reader, JsonPlace place)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
            return;
        var depth = reader.CurrentDepth;
        CheckDepth(ref reader, place);
        while (reader.Read() && reader.CurrentDepth > depth)
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                CheckDepth(ref reader, place);
        }
    }

    private void CheckDepth(ref Utf8JsonReader reader, JsonPlace place)
    {
        if (reader.CurrentDepth >= limits.MaxDepth)
        {
            problems.Fatal(CareerJsonProblemKind.LimitExceeded, reader.TokenStartIndex, place.Path(),
                $"The document nests objects and arrays more than {Count(limits.MaxDepth)} levels deep (MaxDepth); reading stopped there.");
        }
    }

    private void CheckCount(ref Utf8JsonReader reader, int countSoFar, JsonPlace place, string what)
    {
        if (countSoFar >= limits.MaxArrayLength)
        {
            problems.Fatal(CareerJsonProblemKind.LimitExceeded, reader.TokenStartIndex, place.Path(),
                $"'{place.Property}' holds more than {Count(limits.MaxArrayLength)} items (MaxArrayLength, the limit for one {what}); reading stopped there.");
        }
    }

    private static string Actual(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => "null",
    };

    internal static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    /// <summary>The reader's own words without its zero-based " LineNumber: … | BytePositionInLine: …" tail.</summary>
    private static string SyntaxMessage(JsonException e)
    {
        var message = e.Message;
        var tail = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return tail < 0 ? message : message[..tail];
    }

    private static long OffsetOf(JsonException e, ReadOnlySpan<byte> utf8Json)
    {
        long line = e.LineNumber ?? 0;
        var offset = 0;
        for (; line > 0; line--)
        {
            var next = utf8Json[offset..].IndexOf((byte)'\n');
            if (next < 0)
                break;
            offset += next + 1;
        }
        return Math.Min(offset + (e.BytePositionInLine ?? 0), utf8Json.Length);
    }

    /// <summary>The culture-invariant text of a count, for messages.</summary>
    internal static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
