namespace CareerModel.Internal;

/// <summary>Helpers for the immutable collections that domain types expose.</summary>
internal static class ReadOnly
{
    /// <summary>
    /// Copies a caller's sequence into an array the caller can no longer change, rejecting
    /// null elements. The array is exposed as <see cref="IReadOnlyList{T}"/> through a wrapper so
    /// that nobody can cast it back and mutate it.
    /// </summary>
    public static IReadOnlyList<T> Copy<T>(IEnumerable<T>? items, string paramName) where T : class
    {
        if (items is null)
            return [];
        var array = items.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (array[i] is null)
                throw new ArgumentException($"{paramName}[{i}] must not be null.", paramName);
        }
        return array.Length == 0 ? [] : Array.AsReadOnly(array);
    }

    public static bool SequenceEqual<T>(IReadOnlyList<T> left, IReadOnlyList<T> right)
    {
        if (left.Count != right.Count)
            return false;
        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Count; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
                return false;
        }
        return true;
    }

    public static int SequenceHash<T>(IReadOnlyList<T> items)
    {
        var hash = new HashCode();
        hash.Add(items.Count);
        foreach (var item in items)
            hash.Add(item);
        return hash.ToHashCode();
    }
}
