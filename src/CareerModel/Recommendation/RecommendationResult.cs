namespace CareerModel.Recommendation;

/// <summary>The answer to a recommendation request: ranked paths, the trade-off front, and notes.</summary>
public sealed class RecommendationResult
{
    internal RecommendationResult(IReadOnlyList<PathRecommendation> paths, IReadOnlyList<PathRecommendation> paretoFront, IReadOnlyList<string> warnings, string? emptyReason)
    {
        Paths = paths;
        ParetoFront = paretoFront;
        Warnings = warnings;
        EmptyReason = emptyReason;
    }

    /// <summary>Gets the paths, best first (ties broken by the role ids along them).</summary>
    public IReadOnlyList<PathRecommendation> Paths { get; }

    /// <summary>
    /// Gets the paths no other path beats on all three of pay gain, time to get there and skill
    /// gap (1 − mean fit) — the trade-offs a person can choose between — ordered by pay gain.
    /// </summary>
    public IReadOnlyList<PathRecommendation> ParetoFront { get; }

    /// <summary>Gets notes about the input, such as skills the catalog does not know (which were ignored).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets why no path was found, when <see cref="Paths"/> is empty; otherwise <see langword="null"/>.</summary>
    public string? EmptyReason { get; }

    /// <summary>Lists the paths, one a line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Paths.Count == 0 ? $"No path: {EmptyReason}" : string.Join(Environment.NewLine, Paths);
}
