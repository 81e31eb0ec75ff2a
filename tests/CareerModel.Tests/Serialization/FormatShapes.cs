using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

/// <summary>The objects of a document's format, as the reader sees them, for checking the schema and the guide against.</summary>
public static class FormatShapes
{
    /// <summary>Every object shape reachable from a document's root, the root first.</summary>
    internal static IEnumerable<JsonShape> Objects(JsonShape document)
    {
        var seen = new HashSet<JsonShape>();
        var pending = new Stack<JsonShape>([document]);
        while (pending.TryPop(out var shape))
        {
            if (!seen.Add(shape))
                continue;
            if (shape.Kind == JsonShapeKind.Object)
                yield return shape;
            foreach (var child in shape.Properties.Select(p => p.Shape).Append(shape.Element).OfType<JsonShape>())
                pending.Push(child);
        }
    }
}
