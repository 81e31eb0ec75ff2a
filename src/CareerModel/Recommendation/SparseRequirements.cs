namespace CareerModel.Recommendation;

/// <summary>
/// The requirements in compressed sparse rows: role r's required skills are entries
/// <see cref="RowStart"/>[r] to <see cref="RowStart"/>[r + 1] − 1, each with its skill index
/// (ascending within a row), need, weight over need and months per level step, in four contiguous
/// arrays read by <see cref="SparseScoringKernel"/>. Its size follows the number of requirements:
/// ESCO's 3,007 occupations × 13,896 skills hold about 70,000, where the dense matrices would hold
/// 42 million cells each.
/// </summary>
internal sealed class SparseRequirements : RequirementTable
{
    public SparseRequirements(float[] fitConstant, IReadOnlyList<(int Skill, float Need, float WeightOverNeed)[]> terms, float[] monthsPerLevel)
        : base(fitConstant)
    {
        RowStart = new int[terms.Count + 1];
        for (var r = 0; r < terms.Count; r++)
            RowStart[r + 1] = checked(RowStart[r] + terms[r].Length);
        var entries = RowStart[^1];
        Skill = new int[entries];
        Need = new float[entries];
        WeightOverNeed = new float[entries];
        MonthsPerLevel = new float[entries];
        for (var r = 0; r < terms.Count; r++)
        {
            var k = RowStart[r];
            foreach (var (skill, need, weightOverNeed) in terms[r])
            {
                Skill[k] = skill;
                Need[k] = need;
                WeightOverNeed[k] = weightOverNeed;
                MonthsPerLevel[k] = monthsPerLevel[skill];
                k++;
            }
        }
        SkillsSpanned = entries == 0 ? 0 : Skill.Max() + 1;
    }

    /// <summary>Gets one more than the largest skill index of any entry: the least length of a skill vector.</summary>
    public int SkillsSpanned { get; }

    /// <summary>Gets where each role's entries start; the last element is the number of entries.</summary>
    public int[] RowStart { get; }

    /// <summary>Gets each entry's skill index.</summary>
    public int[] Skill { get; }

    /// <summary>Gets each entry's required level.</summary>
    public float[] Need { get; }

    /// <summary>Gets each entry's weight over its required level.</summary>
    public float[] WeightOverNeed { get; }

    /// <summary>Gets each entry's months per level step (its skill's, copied so the kernel reads it in order).</summary>
    public float[] MonthsPerLevel { get; }

    public override ScoringLayout Layout => ScoringLayout.Sparse;

    public override long SizeInBytes => sizeof(float) * ((4L * Skill.Length) + RowStart.Length + FitConstant.Length);

    public override void ScoreAll(ReadOnlySpan<float> have, ReadOnlySpan<float> monthsPerLevel, float concurrentSkills, Span<float> fit, Span<float> gapMonths) =>
        SparseScoringKernel.ScoreAll(this, 0, FitConstant.Length, have, concurrentSkills, fit, gapMonths);

    public override (float Fit, float Months) ScoreRow(int role, ReadOnlySpan<float> have, ReadOnlySpan<float> monthsPerLevel, float concurrentSkills)
    {
        Span<float> fit = stackalloc float[1];
        Span<float> months = stackalloc float[1];
        SparseScoringKernel.ScoreAll(this, role, 1, have, concurrentSkills, fit, months);
        return (fit[0], months[0]);
    }
}
