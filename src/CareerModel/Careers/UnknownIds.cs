using System.Collections.ObjectModel;

namespace CareerModel.Careers;

/// <summary>Shared wording for the exceptions that list ids the catalog does not hold.</summary>
internal static class UnknownIds
{
    public static ReadOnlyCollection<string> Sorted(IEnumerable<string> ids, string paramName)
    {
        ArgumentNullException.ThrowIfNull(ids, paramName);
        var sorted = ids.Select(id => id ?? throw new ArgumentException($"{paramName} must not hold null.", paramName))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (sorted.Length == 0)
            throw new ArgumentException($"{paramName} must hold at least one id.", paramName);
        return Array.AsReadOnly(sorted);
    }

    public static string Describe(string what, IReadOnlyList<string> ids) =>
        ids.Count == 1
            ? $"The catalog holds no {what} with id '{ids[0]}'."
            : $"The catalog holds no {what}s with ids {string.Join(", ", ids.Select(id => $"'{id}'"))}.";
}
