using System.Numerics;

namespace CareerModel.Recommendation;

/// <summary>
/// Where the entries of sparse rows go so that a kernel can read them a vector at a time in the
/// dense layout's lanes: each row's skills are laid out over whole vectors, a skill in lane
/// (its index mod <see cref="Vector{T}.Count"/>), a lane's skills in ascending order down the row's
/// vectors. The slots left over are padding, pointing at a skill of their own lane (index = lane,
/// always a valid index) so that a gather by skill index never needs a check; whatever value sits
/// beside a padding slot must be zero.
/// </summary>
/// <remarks>
/// Laid out this way, a lane of the sparse row adds up the same terms in the same order as that
/// lane of a dense row, so a sparse kernel gets the dense kernel's bits (see <see cref="SparseScoringKernel"/>).
/// </remarks>
internal sealed class LaneSlots
{
    /// <summary>Lays out rows of skill indices, each ascending.</summary>
    public LaneSlots(IReadOnlyList<int[]> skillsByRow)
    {
        var width = Vector<float>.Count;
        RowStart = new int[skillsByRow.Count + 1];
        Span<int> perLane = stackalloc int[width];
        for (var r = 0; r < skillsByRow.Count; r++)
        {
            perLane.Clear();
            foreach (var skill in skillsByRow[r])
                perLane[skill % width]++;
            RowStart[r + 1] = checked(RowStart[r] + MaxOf(perLane));
        }
        Skill = new int[checked(RowStart[^1] * width)];
        SlotOf = new int[skillsByRow.Count][];
        for (var r = 0; r < skillsByRow.Count; r++)
        {
            perLane.Clear();
            var row = skillsByRow[r];
            var slots = SlotOf[r] = new int[row.Length];
            for (var k = 0; k < row.Length; k++)
            {
                var lane = row[k] % width;
                slots[k] = ((RowStart[r] + perLane[lane]++) * width) + lane;
                Skill[slots[k]] = row[k];
            }
            for (var lane = 0; lane < width; lane++)
            {
                for (var down = perLane[lane]; down < RowStart[r + 1] - RowStart[r]; down++)
                    Skill[((RowStart[r] + down) * width) + lane] = lane;
            }
        }
        SkillsSpanned = Math.Max(width, Skill.Length == 0 ? 0 : Skill.Max() + 1);
    }

    /// <summary>Gets where each row's vectors start; the last element is the number of vectors.</summary>
    public int[] RowStart { get; }

    /// <summary>Gets each slot's skill index (a padding slot's is its lane).</summary>
    public int[] Skill { get; }

    /// <summary>Gets, for each row, the slot of each of its entries, in the order given.</summary>
    public int[][] SlotOf { get; }

    /// <summary>Gets one more than the largest skill index of any slot, and at least one vector: the least length of a vector gathered from.</summary>
    public int SkillsSpanned { get; }

    private static int MaxOf(ReadOnlySpan<int> values)
    {
        var largest = 0;
        foreach (var value in values)
            largest = Math.Max(largest, value);
        return largest;
    }
}
