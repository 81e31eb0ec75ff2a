namespace CareerModel.Recommendation;

/// <summary>
/// How near every role is to one target role for one request: the fewest moves and the fewest
/// months from the role to the target (<see cref="int.MaxValue"/> when it cannot be reached).
/// Lower bounds that let a target search drop paths that cannot end in time and bound the rest
/// more tightly.
/// </summary>
internal sealed class TargetReach(int target, int[] hops, int[] months)
{
    public int Target { get; } = target;

    public int[] Hops { get; } = hops;

    public int[] Months { get; } = months;
}
