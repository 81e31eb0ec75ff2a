namespace CareerModel.Recommendation;

/// <summary>
/// The requirements as two roles × skills matrices, the required levels and the weights over them,
/// each row padded to whole vectors with zeros: read in one vectorised pass by <see cref="ScoringKernel"/>.
/// </summary>
internal sealed class DenseRequirements : RequirementTable
{
    private readonly float[] monthsPerLevel;

    public DenseRequirements(int stride, float[] fitConstant, IReadOnlyList<(int Skill, float Need, float WeightOverNeed)[]> terms, float[] monthsPerLevel)
        : base(fitConstant)
    {
        Stride = stride;
        this.monthsPerLevel = monthsPerLevel;
        Need = new float[fitConstant.Length * stride];
        WeightOverNeed = new float[Need.Length];
        for (var r = 0; r < terms.Count; r++)
        {
            foreach (var (skill, need, weightOverNeed) in terms[r])
            {
                Need[(r * stride) + skill] = need;
                WeightOverNeed[(r * stride) + skill] = weightOverNeed;
            }
        }
    }

    /// <summary>Gets the floats per row: the skill count rounded up to whole vectors.</summary>
    public int Stride { get; }

    /// <summary>Gets the required levels, row by row (0 where a role does not require the skill).</summary>
    public float[] Need { get; }

    /// <summary>Gets the weights over the required levels, row by row.</summary>
    public float[] WeightOverNeed { get; }

    public override ScoringLayout Layout => ScoringLayout.Dense;

    public override long SizeInBytes => sizeof(float) * ((2L * Need.Length) + FitConstant.Length);

    protected override void Score(int firstRole, int roles, ReadOnlySpan<float> have, float concurrentSkills, Span<float> fit, Span<float> gapMonths) =>
        ScoringKernel.ScoreAll(Need.AsSpan(firstRole * Stride, roles * Stride), WeightOverNeed.AsSpan(firstRole * Stride, roles * Stride),
            FitConstant.AsSpan(firstRole, roles), monthsPerLevel, have, Stride, concurrentSkills, fit, gapMonths);
}
