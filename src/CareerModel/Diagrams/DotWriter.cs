using System.Globalization;
using System.Text;

namespace CareerModel.Diagrams;

/// <summary>Writes a <see cref="DiagramGraph"/> as a Graphviz DOT digraph, left to right, one cluster per group.</summary>
internal static class DotWriter
{
    public static string Write(DiagramGraph graph)
    {
        var text = new StringBuilder("digraph careers {\n");
        text.Append("  rankdir=LR;\n");
        text.Append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        text.Append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (var g = 0; g < graph.Groups.Count; g++)
        {
            var group = graph.Groups[g];
            text.Append(CultureInfo.InvariantCulture, $"  subgraph cluster_{g} {{\n    label={Quote(group.Label)};\n");
            foreach (var node in group.Nodes)
            {
                var style = node.OnPath ? ", style=\"rounded,filled,bold\", fillcolor=\"#ffe599\", color=\"#b8860b\"" : "";
                text.Append(CultureInfo.InvariantCulture, $"    {node.Key} [label={Quote(node.Label)}, tooltip={Quote(node.RoleId)}{style}];\n");
            }
            text.Append("  }\n");
        }
        foreach (var edge in graph.Edges)
        {
            var style = edge.OnPath ? ", color=\"#b8860b\", penwidth=3" : "";
            text.Append(CultureInfo.InvariantCulture, $"  {edge.From.Key} -> {edge.To.Key} [label={Quote(edge.Label)}{style}];\n");
        }
        return text.Append("}\n").ToString();
    }

    /// <summary>A DOT string: quoted, with backslashes and quotes escaped and line breaks as DOT's \n.</summary>
    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
