using CareerModel.Careers;
using CareerModel.Recommendation;

namespace CareerModel.Diagrams;

/// <summary>
/// Pictures of a career graph as text for the two diagram languages people paste into documents:
/// Mermaid (rendered by GitHub, GitLab and most wikis) and Graphviz DOT. Roles are grouped by
/// family and track and ordered by rank; each move is an edge labelled with its kind and typical
/// time. Given a recommended path, the picture highlights its roles and moves and labels each of
/// its moves with the time to get there and the pay projected on arrival.
/// </summary>
/// <remarks>The text is the same for the same input in every culture, so it can be committed and compared.</remarks>
public static class CareerDiagram
{
    /// <summary>Draws a catalog's roles and moves as a Mermaid flowchart.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The Mermaid source, one statement a line.</returns>
    public static string ToMermaid(CareerCatalog catalog) => MermaidWriter.Write(DiagramGraph.Of(catalog, null));

    /// <summary>Draws a catalog's roles and moves as a Mermaid flowchart with one recommended path highlighted.</summary>
    /// <param name="catalog">The catalog the path was recommended on.</param>
    /// <param name="path">The path to highlight.</param>
    /// <returns>The Mermaid source, one statement a line.</returns>
    /// <exception cref="UnknownRoleException">The path names a role the catalog does not have.</exception>
    public static string ToMermaid(CareerCatalog catalog, PathRecommendation path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return MermaidWriter.Write(DiagramGraph.Of(catalog, path));
    }

    /// <summary>Draws a catalog's roles and moves as a Graphviz DOT digraph.</summary>
    /// <param name="catalog">The catalog.</param>
    /// <returns>The DOT source.</returns>
    public static string ToDot(CareerCatalog catalog) => DotWriter.Write(DiagramGraph.Of(catalog, null));

    /// <summary>Draws a catalog's roles and moves as a Graphviz DOT digraph with one recommended path highlighted.</summary>
    /// <param name="catalog">The catalog the path was recommended on.</param>
    /// <param name="path">The path to highlight.</param>
    /// <returns>The DOT source.</returns>
    /// <exception cref="UnknownRoleException">The path names a role the catalog does not have.</exception>
    public static string ToDot(CareerCatalog catalog, PathRecommendation path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return DotWriter.Write(DiagramGraph.Of(catalog, path));
    }
}
