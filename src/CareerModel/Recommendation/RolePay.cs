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
/// <see cref="RecommendationOptions.UnknownPayGain"/>.
/// </remarks>
internal sealed class RolePay
{
    /// <summary>Works out the pay of every role of <paramref name="roles"/> for a person in a region, or with no region (<see langword="null"/>: every gain unknown).</summary>
    public RolePay(RegionPay? region, int roles, int current, double unknownGain)
    {
        Current = region?.Local[current];
        Projected = new Money?[roles];
        Basis = new PayBasis[roles];
        Gain = new double[roles];
        if (region is null)
        {
            Array.Fill(Basis, PayBasis.Unknown);
            Array.Fill(Gain, unknownGain);
            return;
        }
        var now = region.Local[current];
        var referenceNow = region.Reference[current];
        for (var r = 0; r < roles; r++)
        {
            if (now is { } a && region.Local[r] is { } b && a.Amount > 0 && b.Amount > 0)
            {
                Projected[r] = b;
                Basis[r] = PayBasis.Published;
                Gain[r] = Log2Gain(b.Amount / a.Amount);
            }
            else if (referenceNow is { } x && region.Reference[r] is { } y && x.Amount > 0 && y.Amount > 0)
            {
                var ratio = y.Amount / x.Amount;
                Projected[r] = region.Local[r] ?? (now is { } today ? new Money(today.Amount * ratio, today.Currency) : null);
                Basis[r] = PayBasis.Estimated;
                Gain[r] = Log2Gain(ratio);
            }
            else
            {
                Projected[r] = region.Local[r];
                Basis[r] = PayBasis.Unknown;
                Gain[r] = unknownGain;
            }
        }
    }

    /// <summary>Gets today's pay in the person's region, or <see langword="null"/>.</summary>
    public Money? Current { get; }

    /// <summary>Gets each role's pay in the person's region and currency, published or estimated; <see langword="null"/> where unknown.</summary>
    public Money?[] Projected { get; }

    /// <summary>Gets where each role's gain comes from.</summary>
    public PayBasis[] Basis { get; }

    /// <summary>Gets each role's salary gain over today's pay, as the score counts it.</summary>
    public double[] Gain { get; }

    private static double Log2Gain(decimal ratio) =>
        Math.Clamp(Math.Log2((double)ratio), -RecommendationOptions.MaxSalaryGain, RecommendationOptions.MaxSalaryGain);
}
