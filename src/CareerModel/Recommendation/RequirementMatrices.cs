namespace CareerModel.Recommendation;

/// <summary>
/// The requirements of every role compiled at one <see cref="RequirementView"/>, in the form
/// <see cref="ScoringKernel"/> reads: roles × skills matrices of the required levels and of the
/// weights over them (rows padded to whole vectors with zeros), and each role's constant part of
/// the fit (the share of requirements met at level 0, or 1 for a role that requires nothing).
/// </summary>
internal sealed class RequirementMatrices(int roles, int stride)
{
    public float[] Need { get; } = new float[roles * stride];

    public float[] WeightOverNeed { get; } = new float[roles * stride];

    public float[] FitConstant { get; } = new float[roles];
}
