namespace CareerModel.Recommendation;

/// <summary>
/// Every role's required skills compiled at one <see cref="RequirementView"/>, in the form a
/// scoring kernel reads: per required skill its level (the need) and its weight over that level,
/// and per role the constant part of the fit (the share of requirements met at level 0, or 1 for a
/// role that requires nothing). <see cref="DenseRequirements"/> and <see cref="SparseRequirements"/>
/// hold the same terms and score them to the same bits.
/// </summary>
internal abstract class RequirementTable(float[] fitConstant)
{
    /// <summary>Gets each role's constant part of the fit.</summary>
    public float[] FitConstant { get; } = fitConstant;

    /// <summary>Gets the layout this table is in.</summary>
    public abstract ScoringLayout Layout { get; }

    /// <summary>Gets the bytes the table's arrays hold: what a full pass reads.</summary>
    public abstract long SizeInBytes { get; }

    /// <summary>Scores every role against one skill vector, allocating nothing (see <see cref="ScoringKernel"/> for the arithmetic).</summary>
    /// <param name="have">The person's levels, one per skill, padded to the compiled stride.</param>
    /// <param name="concurrentSkills">How many skills are learnt side by side.</param>
    /// <param name="fit">Receives each role's fit.</param>
    /// <param name="gapMonths">Receives each role's learning months.</param>
    public void ScoreAll(ReadOnlySpan<float> have, float concurrentSkills, Span<float> fit, Span<float> gapMonths) =>
        Score(0, FitConstant.Length, have, concurrentSkills, fit, gapMonths);

    /// <summary>One role's fit and months, summed in the same order as within <see cref="ScoreAll"/>, so the same to the bit.</summary>
    public (float Fit, float Months) ScoreRow(int role, ReadOnlySpan<float> have, float concurrentSkills)
    {
        Span<float> fit = stackalloc float[1];
        Span<float> months = stackalloc float[1];
        Score(role, 1, have, concurrentSkills, fit, months);
        return (fit[0], months[0]);
    }

    /// <summary>Scores the roles from <paramref name="firstRole"/> on, <paramref name="roles"/> of them, into the spans' first elements.</summary>
    protected abstract void Score(int firstRole, int roles, ReadOnlySpan<float> have, float concurrentSkills, Span<float> fit, Span<float> gapMonths);

    /// <summary>
    /// Builds a table in a layout from the terms of every role: <paramref name="terms"/>[r] lists
    /// role r's skill indices (ascending) with their need and weight over need.
    /// </summary>
    public static RequirementTable Create(
        ScoringLayout layout, int stride, float[] fitConstant, IReadOnlyList<(int Skill, float Need, float WeightOverNeed)[]> terms, float[] monthsPerLevel) =>
        layout == ScoringLayout.Sparse
            ? new SparseRequirements(fitConstant, terms, monthsPerLevel)
            : new DenseRequirements(stride, fitConstant, terms, monthsPerLevel);
}
