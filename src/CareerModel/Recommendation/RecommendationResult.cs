namespace CareerModel.Recommendation;

/// <summary>The answer to a recommendation request: ranked paths and notes.</summary>
/// <remarks>The trade-off front between pay, time and skill gap is a request of its own: <see cref="Recommender.FindTradeOffs"/>.</remarks>
public sealed class RecommendationResult
{
    internal RecommendationResult(IReadOnlyList<PathRecommendation> paths, IReadOnlyList<RecommendationWarning> warnings, string? emptyReason)
    {
        Paths = paths;
        Warnings = warnings;
        EmptyReason = emptyReason;
    }

    /// <summary>Gets the paths, best first (ties broken by the role ids along them).</summary>
    public IReadOnlyList<PathRecommendation> Paths { get; }

    /// <summary>
    /// Gets notes about the input and the data, such as skills the catalog does not know (which
    /// were ignored), or final roles whose pay was estimated or unknown or whose skill data is missing.
    /// </summary>
    public IReadOnlyList<RecommendationWarning> Warnings { get; }

    /// <summary>Gets why no path was found, when <see cref="Paths"/> is empty; otherwise <see langword="null"/>.</summary>
    public string? EmptyReason { get; }

    /// <summary>Lists the paths, one a line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Paths.Count == 0 ? $"No path: {EmptyReason}" : string.Join(Environment.NewLine, Paths);
}
