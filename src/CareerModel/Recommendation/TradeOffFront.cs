namespace CareerModel.Recommendation;

/// <summary>
/// The paths no other path beats on every objective at once — pay gain (higher), time (shorter)
/// and skill gap (smaller) — for a person to choose among by their own priorities.
/// </summary>
public sealed class TradeOffFront
{
    internal TradeOffFront(IReadOnlyList<PathRecommendation> paths, int pathsConsidered, bool isTruncated)
    {
        Paths = paths;
        PathsConsidered = pathsConsidered;
        IsTruncated = isTruncated;
    }

    /// <summary>Gets the paths of the front, by pay gain (highest first), then time, then skill gap.</summary>
    public IReadOnlyList<PathRecommendation> Paths { get; }

    /// <summary>Gets how many paths the front was chosen from.</summary>
    public int PathsConsidered { get; }

    /// <summary>
    /// Gets a value indicating whether there were more paths than <see cref="MaxPathsConsidered"/>:
    /// the front is then the best among the first paths found, and a path beyond them may beat one of it.
    /// </summary>
    public bool IsTruncated { get; }

    /// <summary>The most paths a front is chosen from; past it the front is marked <see cref="IsTruncated"/>.</summary>
    public const int MaxPathsConsidered = 100_000;

    /// <summary>Describes the front on one line, such as <c>3 paths on the front of 52 (complete)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{Paths.Count} paths on the front of {PathsConsidered}{(IsTruncated ? " (truncated)" : " (complete)")}";
}
