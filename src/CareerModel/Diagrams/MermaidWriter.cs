using System.Globalization;
using System.Text;

namespace CareerModel.Diagrams;

/// <summary>Writes a <see cref="DiagramGraph"/> as a Mermaid flowchart, left to right.</summary>
internal static class MermaidWriter
{
    public static string Write(DiagramGraph graph)
    {
        var text = new StringBuilder("flowchart LR\n");
        for (var g = 0; g < graph.Groups.Count; g++)
        {
            var group = graph.Groups[g];
            text.Append(CultureInfo.InvariantCulture, $"  subgraph g{g}[\"{Escape(group.Label)}\"]\n");
            foreach (var node in group.Nodes)
                text.Append(CultureInfo.InvariantCulture, $"    {node.Key}[\"{Escape(node.Label)}\"]\n");
            text.Append("  end\n");
        }
        foreach (var edge in graph.Edges)
            text.Append(CultureInfo.InvariantCulture, $"  {edge.From.Key} -->|\"{Escape(edge.Label)}\"| {edge.To.Key}\n");
        var pathNodes = graph.Groups.SelectMany(g => g.Nodes).Where(n => n.OnPath).Select(n => n.Key).ToArray();
        if (pathNodes.Length > 0)
        {
            text.Append("  classDef path fill:#ffe599,stroke:#b8860b,stroke-width:2px\n");
            text.Append(CultureInfo.InvariantCulture, $"  class {string.Join(',', pathNodes)} path\n");
        }
        var pathEdges = graph.Edges.Select((e, i) => (e, i)).Where(x => x.e.OnPath).Select(x => x.i.ToString(CultureInfo.InvariantCulture)).ToArray();
        if (pathEdges.Length > 0)
            text.Append(CultureInfo.InvariantCulture, $"  linkStyle {string.Join(',', pathEdges)} stroke:#b8860b,stroke-width:3px\n");
        return text.ToString();
    }

    /// <summary>Mermaid labels are quoted; a quote inside is written as an entity, and so are the characters Mermaid reads as markup.</summary>
    private static string Escape(string label) =>
        label.Replace("&", "#amp;", StringComparison.Ordinal).Replace("\"", "#quot;", StringComparison.Ordinal)
            .Replace("<", "#lt;", StringComparison.Ordinal).Replace(">", "#gt;", StringComparison.Ordinal);
}
