namespace CareerModel.Diagrams;

/// <summary>A role: its place in the drawing, id, label and whether a highlighted path visits it.</summary>
internal sealed record DiagramNode(int Index, string RoleId, string Label, bool OnPath)
{
    /// <summary>Gets the node's name in the diagram source, <c>r0</c>, <c>r1</c>, …: role ids may hold dots, which Mermaid ids may not.</summary>
    public string Key => $"r{Index}";
}
