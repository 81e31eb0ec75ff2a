namespace CareerModel.Serialization;

/// <summary>
/// The base of every object in the JSON format: where the object sits in the document (its parent,
/// the property and index or key it is under, its byte offset) and which of its properties have a
/// problem already. The reader fills these in; the writer ignores them (they are not public, so
/// the source generator does not see them).
/// </summary>
internal abstract class JsonDto
{
    private int[]? valueStarts;
    private ulong faults;
    private Dictionary<int, List<int>>? itemStarts;

    /// <summary>Gets the object's shape in the format, or <see langword="null"/> for an object made by the writer.</summary>
    internal JsonShape? Shape { get; private set; }

    /// <summary>Gets the object that holds this one, or <see langword="null"/> for the document.</summary>
    internal JsonDto? Parent { get; private set; }

    /// <summary>Gets the JSON name of the parent's property that holds this object.</summary>
    internal string? ParentProperty { get; private set; }

    /// <summary>Gets the index of this object in its parent's array, or −1.</summary>
    internal int Index { get; private set; } = -1;

    /// <summary>Gets the key of this object in its parent's map, or <see langword="null"/>.</summary>
    internal string? Key { get; private set; }

    /// <summary>Gets the byte offset of the object's opening brace.</summary>
    internal int ObjectStart { get; private set; }

    /// <summary>Gets a value indicating whether any property of this object has a problem already.</summary>
    internal bool HasFaults => faults != 0;

    internal void Place(JsonShape shape, JsonPlace place, int start)
    {
        Shape = shape;
        Parent = place.Owner;
        ParentProperty = place.Property;
        Index = place.Index;
        Key = place.Key;
        ObjectStart = start;
        valueStarts = new int[shape.Properties.Count];
        Array.Fill(valueStarts, -1);
    }

    internal void RecordValueStart(int property, int start) => valueStarts![property] = start;

    internal void RecordItemStart(int property, int start)
    {
        itemStarts ??= [];
        if (!itemStarts.TryGetValue(property, out var starts))
            itemStarts[property] = starts = [];
        starts.Add(start);
    }

    /// <summary>Finds where a property's value (or one item of it) starts; the object's own start when unknown.</summary>
    internal int StartOf(string? property, int index = -1)
    {
        if (property is null || Shape is null || !Shape.TryGetIndex(property, out var i) || valueStarts![i] < 0)
            return ObjectStart;
        if (index >= 0 && itemStarts is not null && itemStarts.TryGetValue(i, out var starts) && index < starts.Count)
            return starts[index];
        return valueStarts[i];
    }

    /// <summary>Marks a property as having a problem, so that later checks of it stay quiet.</summary>
    internal void MarkFaulty(string property)
    {
        if (Shape is not null && Shape.TryGetIndex(property, out var i))
            faults |= 1UL << i;
        else
            faults |= 1UL << 63;
    }

    internal bool IsFaulty(string property) =>
        Shape is not null && Shape.TryGetIndex(property, out var i) && (faults & (1UL << i)) != 0;
}
