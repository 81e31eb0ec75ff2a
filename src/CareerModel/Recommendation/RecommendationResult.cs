namespace CareerModel.Recommendation;

/// <summary>The answer to a recommendation request: ranked paths, the trade-off front, and notes.</summary>
public sealed class RecommendationResult
{
    private readonly Lazy<IReadOnlyList<PathRecommendation>> paretoFront;

    internal RecommendationResult(IReadOnlyList<PathRecommendation> paths, Func<IReadOnlyList<PathRecommendation>> paretoFront, IReadOnlyList<string> warnings, string? emptyReason)
    {
        Paths = paths;
        this.paretoFront = new Lazy<IReadOnlyList<PathRecommendation>>(paretoFront, LazyThreadSafetyMode.ExecutionAndPublication);
        Warnings = warnings;
        EmptyReason = emptyReason;
    }

    /// <summary>Gets the paths, best first (ties broken by the role ids along them).</summary>
    public IReadOnlyList<PathRecommendation> Paths { get; }

    /// <summary>
    /// Gets the paths no other path beats on all three of pay gain, time to get there and skill
    /// gap (1 − mean fit) — the trade-offs a person can choose between — ordered by pay gain.
    /// </summary>
    /// <remarks>
    /// The front is chosen among every path the request allows (up to 100,000 of them), which
    /// costs far more than finding the best few, so it is worked out on first access (once; safe
    /// from several threads) rather than with <see cref="Paths"/>.
    /// </remarks>
    public IReadOnlyList<PathRecommendation> ParetoFront => paretoFront.Value;

    /// <summary>Gets notes about the input, such as skills the catalog does not know (which were ignored).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Gets why no path was found, when <see cref="Paths"/> is empty; otherwise <see langword="null"/>.</summary>
    public string? EmptyReason { get; }

    /// <summary>Lists the paths, one a line.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Paths.Count == 0 ? $"No path: {EmptyReason}" : string.Join(Environment.NewLine, Paths);
}
