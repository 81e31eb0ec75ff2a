using System.Text.Json;
using CareerModel.Monetary;

namespace CareerModel.Serialization;

/// <summary>
/// The checks the value converters share: the token or object a value must be, its properties
/// (known ones only, each once), amounts read exactly as decimals, and messages that quote a
/// value without echoing a huge one.
/// </summary>
internal static class JsonValues
{
    private const int QuotedLength = 60;

    /// <summary>Reads a string token, or refuses with what was expected.</summary>
    public static string String(ref Utf8JsonReader reader, string expected) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!
            : throw new JsonException($"Expected {expected}, not {Describe(reader.TokenType)}.");

    /// <summary>Shortens a value for a message, as the document readers do.</summary>
    public static string Quote(string text) => text.Length <= QuotedLength ? text : string.Concat(text.AsSpan(0, QuotedLength), "…");

    /// <summary>Gets the built-in currency with a code, or refuses.</summary>
    public static Currency Currency(string code) =>
        Monetary.Currency.TryFromCode(code, out var currency)
            ? currency
            : throw new JsonException($"'{Quote(code)}' is not a currency code CareerModel knows; it knows {string.Join(", ", Monetary.Currency.BuiltIn.Select(c => c.Code))}.");

    /// <summary>Gets an object's properties, refusing anything but an object, an unknown property, or one given twice.</summary>
    public static Dictionary<string, JsonElement> Properties(JsonElement element, string what, params ReadOnlySpan<string> allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
            throw new JsonException($"Expected {what} as an object, not {Describe(element.ValueKind)}.");
        var known = allowed.ToArray();
        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
                throw new JsonException($"Unknown property '{Quote(property.Name)}' of {what}; it may have: {string.Join(", ", known)}.");
            if (!properties.TryAdd(property.Name, property.Value))
                throw new JsonException($"Property '{property.Name}' of {what} is given twice.");
        }
        return properties;
    }

    /// <summary>Gets a required property, refusing a missing or null one.</summary>
    public static JsonElement Required(Dictionary<string, JsonElement> properties, string name, string what) =>
        properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : throw new JsonException($"Required property '{name}' of {what} is missing.");

    /// <summary>Gets an optional property, or null when it is missing or null.</summary>
    public static JsonElement? Optional(Dictionary<string, JsonElement> properties, string name) =>
        properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>Reads an amount exactly as a decimal.</summary>
    public static decimal Amount(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var amount)
            ? amount
            : throw new JsonException($"Property '{name}' must be an amount, a JSON number of at most 28–29 significant digits, not {Describe(value.ValueKind)}.");

    /// <summary>Reads a text property.</summary>
    public static string Text(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new JsonException($"Property '{name}' must be a string, not {Describe(value.ValueKind)}.");

    /// <summary>Reads money in its object form.</summary>
    public static Money Money(JsonElement element, string what)
    {
        var properties = Properties(element, what, "amount", "currency");
        var amount = Amount(Required(properties, "amount", what), "amount");
        var currency = Currency(Text(Required(properties, "currency", what), "currency"));
        return new Money(amount, currency);
    }

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "true or false",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        _ => "null",
    };
}
