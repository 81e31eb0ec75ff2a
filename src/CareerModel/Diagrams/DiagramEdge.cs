namespace CareerModel.Diagrams;

/// <summary>A move, labelled; <see cref="OnPath"/> when the highlighted path takes it.</summary>
internal sealed record DiagramEdge(DiagramNode From, DiagramNode To, string Label, bool OnPath);
