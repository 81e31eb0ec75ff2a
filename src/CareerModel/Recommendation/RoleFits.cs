namespace CareerModel.Recommendation;

/// <summary>
/// A person's fit for every role, as reported and as the score takes it, and the fit intervals of
/// the roles whose required levels carry one.
/// </summary>
internal sealed class RoleFits
{
    /// <summary>The most roles whose kernel output goes on the stack (16 KB).</summary>
    private const int MaxStackRoles = 4_096;

    private readonly CompiledCatalog compiled;
    private readonly BatchScorer scorer;
    private readonly float[] skills;

    /// <summary>Scores every role for a person's skill vector.</summary>
    /// <param name="compiled">The compiled catalog.</param>
    /// <param name="scorer">The kernel.</param>
    /// <param name="skills">The person's skill vector.</param>
    /// <param name="unknownFit">The fit a role with no skill data counts for ranking.</param>
    /// <param name="pessimistic">Whether the score takes each fit interval's pessimistic end.</param>
    public RoleFits(CompiledCatalog compiled, BatchScorer scorer, float[] skills, double unknownFit, bool pessimistic)
    {
        this.compiled = compiled;
        this.scorer = scorer;
        this.skills = skills;
        var roles = compiled.Roles.Length;
        // The kernel's single-precision fits are only read here, once: on the stack when they fit.
        Span<float> fit32 = roles <= MaxStackRoles ? stackalloc float[roles] : new float[roles];
        GapMonths = new float[roles];
        scorer.ScoreAll(skills, fit32, GapMonths);
        Reported = new double[roles];
        for (var r = 0; r < roles; r++)
            Reported[r] = AsScored(fit32[r], GapMonths[r]);
        IsPessimistic = pessimistic && compiled.HasIntervals;
        if (!IsPessimistic && compiled.AllHaveSkillData)
        {
            // The score takes the reported fits as they are: one array serves both.
            Scored = Reported;
            return;
        }
        Scored = new double[roles];
        for (var r = 0; r < roles; r++)
        {
            Scored[r] = !compiled.HasSkillData[r] ? unknownFit
                : IsPessimistic && compiled.RoleHasInterval[r] ? PessimisticFit(r, Reported[r])
                : Reported[r];
        }
    }

    /// <summary>Gets each role's fit at the requirements' estimates, as reported.</summary>
    public double[] Reported { get; }

    /// <summary>
    /// Gets each role's fit as the score takes it: <see cref="Reported"/>, the pessimistic end of its
    /// interval when ranking by it, or the unknown-fit estimate for a role with no skill data. Paths
    /// under search sum this fit, so exact scores and bounds agree on it.
    /// </summary>
    public double[] Scored { get; }

    /// <summary>Gets each role's months of learning.</summary>
    public float[] GapMonths { get; }

    /// <summary>Gets a value indicating whether the score takes the pessimistic end of each fit interval.</summary>
    public bool IsPessimistic { get; }

    /// <summary>
    /// A role's fit interval when its required levels carry one (else <see langword="null"/>): the
    /// fit with every requirement at the upper end of its interval (pessimistic) and at the lower
    /// end (optimistic).
    /// </summary>
    /// <remarks>
    /// The fit is Σ w · min(h ÷ n, 1) over required levels n (a requirement at level 0 counting as
    /// met), which never rises as n rises; and the learning time never falls, so the "1 when
    /// nothing is missing" rule keeps the order too. The ends are nonetheless clamped to the
    /// estimate's fit, so float rounding in the kernel's sums cannot put the estimate outside.
    /// </remarks>
    public FitInterval? IntervalOf(int role) =>
        compiled.HasIntervals && compiled.RoleHasInterval[role]
            ? new FitInterval(PessimisticFit(role, Reported[role]), Math.Max(RowFit(compiled.Optimistic, role), Reported[role]))
            : null;

    /// <summary>A fit as the score takes it: 1 exactly when nothing is missing (no learning time), otherwise the kernel's fit kept below 1.</summary>
    private static double AsScored(float fit, float gapMonths) =>
        gapMonths == 0 ? 1 : Math.Min(Math.Clamp(fit, 0, 1), Math.BitDecrement(1.0));

    /// <summary>A role's fit with its required levels at the upper ends of their intervals, clamped to the estimate's <paramref name="fit"/>.</summary>
    private double PessimisticFit(int role, double fit) => Math.Min(RowFit(compiled.Pessimistic!, role), fit);

    private double RowFit(RequirementTable table, int role)
    {
        var (fit, months) = scorer.ScoreRow(table, skills, role);
        return AsScored(fit, months);
    }
}
