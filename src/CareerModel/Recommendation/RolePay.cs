using CareerModel.Monetary;

namespace CareerModel.Recommendation;

/// <summary>
/// Every role's pay and salary gain for one person: today's pay in their region, each role's pay
/// there (published, or estimated from the reference region's ratio), and the gain the score counts.
/// </summary>
/// <remarks>
/// The gain is log₂(pay ÷ today's pay), clamped to ±<see cref="RecommendationOptions.MaxSalaryGain"/>:
/// a raise of 10% counts 0.14, doubling counts 1 and more counts no more, so pay cannot swamp the
/// other parts; a cut counts the same amount against. Unknown pay counts
/// <see cref="RecommendationOptions.UnknownPayGain"/>. Only the gains are kept per role (the search
/// reads them at every path); a role's basis and projected pay are worked out when asked, for the
/// few roles a result shows.
/// </remarks>
internal sealed class RolePay
{
    private readonly RegionPay? region;
    private readonly int current;

    /// <summary>Works out the gains of every role of <paramref name="roles"/> for a person in a region, or with no region (<see langword="null"/>: every gain unknown).</summary>
    public RolePay(RegionPay? region, int roles, int current, double unknownGain)
    {
        this.region = region;
        this.current = current;
        Current = region?.Local[current];
        Gain = new double[roles];
        for (var r = 0; r < roles; r++)
            Gain[r] = Log2Ratio(r) is { } gain ? Math.Clamp(gain, -RecommendationOptions.MaxSalaryGain, RecommendationOptions.MaxSalaryGain) : unknownGain;
    }

    /// <summary>Gets today's pay in the person's region, or <see langword="null"/>.</summary>
    public Money? Current { get; }

    /// <summary>Gets each role's salary gain over today's pay, as the score counts it.</summary>
    public double[] Gain { get; }

    /// <summary>Where a role's gain comes from.</summary>
    public PayBasis BasisOf(int role)
    {
        Amounts(role, out var basis);
        return basis;
    }

    /// <summary>A role's pay in the person's region and currency, published or estimated; <see langword="null"/> where unknown.</summary>
    public Money? ProjectedOf(int role)
    {
        if (region is null)
            return null;
        if (region.Local[role] is { } published)
            return published;
        if (Amounts(role, out var basis) is not var (today, target) || basis != PayBasis.Estimated || Current is not { } pay)
            return null;
        // Today's pay times the reference region's ratio; the product of two amounts over a third
        // can pass decimal's range only for absurd bands (a 10¹⁵ band over a fraction of a cent).
        try
        {
            return new Money(pay.Amount * (target / today), pay.Currency);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// Today's and the role's pay, from the region's bands where both are published, else from the
    /// reference region's; <see langword="null"/> when neither has both.
    /// </summary>
    private (decimal Today, decimal Role)? Amounts(int role, out PayBasis basis)
    {
        if (region is not null)
        {
            if (region.Local[current] is { } a && region.Local[role] is { } b && a.Amount > 0 && b.Amount > 0)
            {
                basis = PayBasis.Published;
                return (a.Amount, b.Amount);
            }
            if (region.Reference[current] is { } x && region.Reference[role] is { } y && x.Amount > 0 && y.Amount > 0)
            {
                basis = PayBasis.Estimated;
                return (x.Amount, y.Amount);
            }
        }
        basis = PayBasis.Unknown;
        return null;
    }

    /// <summary>
    /// log₂ of the role's pay over today's, as a difference of logarithms: the decimal quotient of
    /// a 10¹⁵ band over a cent could overflow, and the score caps the gain at a doubling anyway.
    /// </summary>
    private double? Log2Ratio(int role) =>
        Amounts(role, out _) is var (today, target) ? Math.Log2((double)target) - Math.Log2((double)today) : null;
}
