using System.Globalization;

namespace CareerModel.Recommendation;

/// <summary>Why one path ranks above another, part by part: the differences add up to the difference of the totals.</summary>
public sealed class ScoreComparison
{
    internal ScoreComparison(PathRecommendation first, PathRecommendation second)
    {
        First = first;
        Second = second;
        Differences = first.Score.Parts.Zip(second.Score.Parts, (a, b) => KeyValuePair.Create(a.Key, a.Value - b.Value))
            .OrderByDescending(d => Math.Abs(d.Value))
            .ThenBy(d => d.Key, StringComparer.Ordinal)
            .ToArray();
    }

    /// <summary>Gets the first path.</summary>
    public PathRecommendation First { get; }

    /// <summary>Gets the second path.</summary>
    public PathRecommendation Second { get; }

    /// <summary>Gets the first path's total minus the second's.</summary>
    public double TotalDifference => First.Score.Total - Second.Score.Total;

    /// <summary>Gets each part's difference (first − second), the largest in size first.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Differences { get; }

    /// <summary>
    /// Explains the comparison in a sentence, such as <c>cs-specialist ranks above qa-analyst by 0.3:
    /// salary gain +0.2, time +0.1, …</c>; two paths to the same role are named by their whole
    /// route (<c>a → b ranks above a → c → b by …</c>).
    /// </summary>
    /// <returns>The explanation.</returns>
    public override string ToString()
    {
        var (above, below, sign) = TotalDifference >= 0 ? (First, Second, 1) : (Second, First, -1);
        var parts = Differences.Where(d => d.Value != 0).Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Key} {sign * d.Value:+0.###;-0.###}"));
        // Two paths to the same role are told apart by their whole route.
        var sameEnd = above.Final.Target.Id == below.Final.Target.Id;
        string Name(PathRecommendation path) => sameEnd ? string.Join(" → ", path.RoleIds) : path.Final.Target.Id;
        return string.Create(CultureInfo.InvariantCulture,
            $"{Name(above)} ranks above {Name(below)} by {Math.Abs(TotalDifference):0.###}: {string.Join(", ", parts)}");
    }
}
