using System.Collections.Frozen;
using System.Text.Json;

namespace CareerModel.Serialization;

/// <summary>
/// The JSON names of an enum's values: the C# names in camelCase (<c>IndividualContributor</c> is
/// <c>individualContributor</c>). Reading accepts exactly these names.
/// </summary>
/// <typeparam name="T">The enum.</typeparam>
internal static class JsonEnum<T>
    where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> NameByValue =
        Enum.GetValues<T>().ToFrozenDictionary(v => v, v => JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static readonly FrozenDictionary<string, T> ValueByName =
        NameByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Gets every name, in the enum's order, for messages: <c>onSite, hybrid, remote</c>.</summary>
    public static string Names { get; } = string.Join(", ", Enum.GetValues<T>().Select(v => NameByValue[v]));

    public static string Name(T value) => NameByValue[value];

    public static bool TryParse(string name, out T value) => ValueByName.TryGetValue(name, out value);
}
