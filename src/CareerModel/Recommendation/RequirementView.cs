using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>Which level of each requirement a set of fit matrices is compiled at.</summary>
internal enum RequirementView
{
    /// <summary>The requirement's level: its estimate.</summary>
    Estimate,

    /// <summary>
    /// The upper end of the level's confidence interval: a higher required level is a worse fit.
    /// See <see cref="RequirementViews.NeedOf"/>.
    /// </summary>
    Pessimistic,

    /// <summary>The lower end of the level's confidence interval.</summary>
    Optimistic,
}

/// <summary>The required level of a requirement under each <see cref="RequirementView"/>.</summary>
internal static class RequirementViews
{
    /// <summary>The normal quantile of a two-sided 95% interval, for a requirement with a standard error but no bounds.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Whether a requirement's level carries an interval: confidence bounds, or a standard error to make one from.</summary>
    public static bool HasInterval(SkillRequirement requirement) =>
        requirement.LowerBound is not null || requirement.UpperBound is not null || requirement.StandardError is not null;

    /// <summary>
    /// The level a requirement asks for under a view: the estimate; its upper confidence bound
    /// (pessimistic) or lower bound (optimistic); where that bound is missing but a standard error
    /// is given, the estimate ± 1.96 standard errors (a 95% normal interval, as O*NET's bounds are);
    /// where neither, the estimate. The result is clamped onto the scale from 0 to
    /// <paramref name="scaleMaximum"/>, so it never lies on the wrong side of the estimate.
    /// </summary>
    public static double NeedOf(SkillRequirement requirement, RequirementView view, double scaleMaximum)
    {
        var level = requirement.MinimumLevel;
        var need = view switch
        {
            RequirementView.Pessimistic => requirement.UpperBound ?? level + (Z95 * (requirement.StandardError ?? 0)),
            RequirementView.Optimistic => requirement.LowerBound ?? level - (Z95 * (requirement.StandardError ?? 0)),
            _ => level,
        };
        return view switch
        {
            RequirementView.Pessimistic => Math.Max(level, Math.Min(need, scaleMaximum)),
            RequirementView.Optimistic => Math.Min(level, Math.Max(need, 0)),
            _ => level,
        };
    }
}
