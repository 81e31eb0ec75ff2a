namespace CareerModel.Recommendation;

/// <summary>
/// The requirements in sparse rows laid out by vector lane (<see cref="LaneSlots"/>): role r's
/// required skills fill the vectors <see cref="RowStart"/>[r] to <see cref="RowStart"/>[r + 1] − 1,
/// each skill in the lane the dense matrices would put it in, the slots left over padded with zeros. Four
/// contiguous arrays (skill index, need, weight over need, months per level step) read by
/// <see cref="SparseScoringKernel"/>. Its size follows the number of requirements: ESCO's 3,007
/// occupations × 13,896 skills hold about 65,000 required ones, where each dense matrix holds 42
/// million cells.
/// </summary>
/// <remarks>
/// The lanes are the dense layout's so the sparse kernel adds each lane's terms in the dense
/// kernel's order, with the same vector operations, and gets the same bits: a padding slot (need 0,
/// weight 0, months 0) leaves every sum and the maximum as they were, as a zero cell of the dense
/// matrices does.
/// </remarks>
internal sealed class SparseRequirements : RequirementTable
{
    public SparseRequirements(float[] fitConstant, IReadOnlyList<(int Skill, float Need, float WeightOverNeed)[]> terms, float[] monthsPerLevel)
        : base(fitConstant)
    {
        // The terms come in ascending skill order, as the lanes need them.
        var slots = new LaneSlots([.. terms.Select(row => row.Select(t => t.Skill).ToArray())]);
        RowStart = slots.RowStart;
        Skill = slots.Skill;
        SkillsSpanned = slots.SkillsSpanned;
        Need = new float[Skill.Length];
        WeightOverNeed = new float[Skill.Length];
        MonthsPerLevel = new float[Skill.Length];
        for (var r = 0; r < terms.Count; r++)
        {
            for (var k = 0; k < terms[r].Length; k++)
            {
                var (skill, need, weightOverNeed) = terms[r][k];
                var slot = slots.SlotOf[r][k];
                Need[slot] = need;
                WeightOverNeed[slot] = weightOverNeed;
                MonthsPerLevel[slot] = monthsPerLevel[skill];
            }
        }
    }

    /// <summary>Gets where each role's vectors start; the last element is the number of vectors.</summary>
    public int[] RowStart { get; }

    /// <summary>Gets each slot's skill index.</summary>
    public int[] Skill { get; }

    /// <summary>Gets each slot's required level (0 in padding).</summary>
    public float[] Need { get; }

    /// <summary>Gets each slot's weight over its required level (0 in padding).</summary>
    public float[] WeightOverNeed { get; }

    /// <summary>Gets each slot's months per level step (its skill's, copied so the kernel reads it in order; 0 in padding).</summary>
    public float[] MonthsPerLevel { get; }

    /// <summary>Gets one more than the largest skill index of any slot: the least length of a skill vector.</summary>
    public int SkillsSpanned { get; }

    public override ScoringLayout Layout => ScoringLayout.Sparse;

    public override long SizeInBytes => sizeof(float) * ((4L * Skill.Length) + RowStart.Length + FitConstant.Length);

    protected override void Score(int firstRole, int roles, ReadOnlySpan<float> have, float concurrentSkills, Span<float> fit, Span<float> gapMonths) =>
        SparseScoringKernel.ScoreAll(this, firstRole, roles, have, concurrentSkills, fit, gapMonths);
}
