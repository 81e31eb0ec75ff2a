namespace CareerModel.Diagrams;

/// <summary>A box of roles of one family and track.</summary>
internal sealed record DiagramGroup(string Label, IReadOnlyList<DiagramNode> Nodes);
