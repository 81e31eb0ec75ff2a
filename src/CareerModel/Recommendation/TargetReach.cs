namespace CareerModel.Recommendation;

/// <summary>
/// How near every role is to one target role for one request: the fewest moves and the fewest
/// months from the role to the target (<see cref="int.MaxValue"/> when it cannot be reached), and
/// the strongest chain of moves to it (the largest product of strengths, 0 when none leads there;
/// <see langword="null"/> when every move has strength 1).
/// Bounds that let a target search drop paths that cannot end in time and bound the rest more tightly.
/// </summary>
internal sealed class TargetReach(int target, int[] hops, int[] months, double[]? strongestChain)
{
    public int Target { get; } = target;

    public int[] Hops { get; } = hops;

    public int[] Months { get; } = months;

    /// <summary>Gets each role's strongest chain to the target, or <see langword="null"/> when every move has strength 1.</summary>
    public double[]? StrongestChain { get; } = strongestChain;
}
