using System.Globalization;
using System.Text;

namespace CareerModel.Serialization;

/// <summary>
/// Where a value sits: under a property of an object, possibly at an index of an array or a key of
/// a map there. Formats as a JSON path such as <c>$.roles[3].payBands.US.minimum</c>.
/// </summary>
internal readonly record struct JsonPlace(JsonDto? Owner, string? Property, int Index = -1, string? Key = null)
{
    public static JsonPlace Root => new(null, null);

    public JsonPlace AtIndex(int index) => this with { Index = index };

    public JsonPlace AtKey(string key) => this with { Key = key };

    /// <summary>Describes the value in a message: <c>Property 'rank'</c>, <c>Item 2 of 'levelNames'</c>, <c>Entry 'US' of 'payBands'</c>.</summary>
    public string Describe() =>
        Property is null ? "The document"
        : Index >= 0 ? $"Item {Index.ToString(CultureInfo.InvariantCulture)} of '{Property}'"
        : Key is not null ? $"Entry '{Key}' of '{Property}'"
        : $"Property '{Property}'";

    public string Path()
    {
        var text = new StringBuilder();
        Append(text, Owner, Property, Index, Key);
        return text.ToString();
    }

    public static string PathOf(JsonDto dto, string? property = null, int index = -1) =>
        new JsonPlace(dto, property, index).Path();

    private static void Append(StringBuilder text, JsonDto? owner, string? property, int index, string? key)
    {
        if (owner is null)
            text.Append('$');
        else
            Append(text, owner.Parent, owner.ParentProperty, owner.Index, owner.Key);
        if (property is not null)
            AppendName(text, property);
        if (index >= 0)
            text.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
        if (key is not null)
            AppendName(text, key);
    }

    /// <summary>
    /// The longest name a path spells out: an id's longest (<see cref="Internal.Check.MaxIdLength"/>).
    /// A longer one, which only an unknown property or a bad key can be, is cut with an ellipsis,
    /// as messages cut values, so a 10 MB property name cannot make a 10-million-character path.
    /// </summary>
    internal const int MaxNameLength = Internal.Check.MaxIdLength;

    /// <summary>Names as <c>.name</c> when the name is an identifier, otherwise as <c>['north-america']</c>; a name over <see cref="MaxNameLength"/> cut to <c>['aaaa…']</c>.</summary>
    private static void AppendName(StringBuilder text, string name)
    {
        if (name.Length > MaxNameLength)
            name = string.Concat(name.AsSpan(0, MaxNameLength - 1), "…");
        if (IsIdentifier(name))
        {
            text.Append('.').Append(name);
            return;
        }
        text.Append("['");
        foreach (var c in name)
        {
            if (c is '\'' or '\\')
                text.Append('\\');
            text.Append(c);
        }
        text.Append("']");
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
