using System.Globalization;
using CareerModel.Internal;

namespace CareerModel.Monetary;

/// <summary>
/// How and when to round money: not at all, to the currency's minor units, or to a multiple such
/// as up to the nearest 100 (as GitLab's compensation calculator did) — at every step of a
/// calculation or once at the end.
/// </summary>
/// <remarks>
/// Calculations that take a policy call <see cref="AfterStep"/> after each intermediate step and
/// <see cref="Round"/> on the result, so the policy alone decides what is rounded when.
/// </remarks>
public sealed class RoundingPolicy : IEquatable<RoundingPolicy>
{
    private enum Method
    {
        None,
        MinorUnits,
        Nearest,
        Up,
        Down,
    }

    private readonly Method method;

    private RoundingPolicy(Method method, decimal increment, MidpointRounding mode, RoundingMoment moment)
    {
        this.method = method;
        Increment = increment;
        Mode = mode;
        Moment = moment;
    }

    /// <summary>Gets the policy that never rounds.</summary>
    public static RoundingPolicy None { get; } = new(Method.None, 0m, MidpointRounding.ToEven, RoundingMoment.AtEnd);

    /// <summary>Gets the multiple amounts round to, or 0 when rounding to minor units or not at all.</summary>
    public decimal Increment { get; }

    /// <summary>Gets how a value exactly half-way is rounded, where that applies.</summary>
    public MidpointRounding Mode { get; }

    /// <summary>Gets when the policy applies in a calculation of several steps.</summary>
    public RoundingMoment Moment { get; }

    /// <summary>Rounds to the currency's minor units (cents for USD, whole yen for JPY).</summary>
    /// <param name="mode">How to round a half-way value. The default is <see cref="MidpointRounding.ToEven"/> (banker's rounding).</param>
    /// <param name="moment">When to round. The default is <see cref="RoundingMoment.AtEnd"/>.</param>
    /// <returns>The policy.</returns>
    public static RoundingPolicy ToMinorUnits(MidpointRounding mode = MidpointRounding.ToEven, RoundingMoment moment = RoundingMoment.AtEnd) =>
        new(Method.MinorUnits, 0m, Check.Defined(mode, nameof(mode)), Check.Defined(moment, nameof(moment)));

    /// <summary>Rounds to the nearest multiple of an increment, such as the nearest 1,000.</summary>
    /// <param name="increment">The multiple, greater than zero, in units of the currency.</param>
    /// <param name="mode">How to round a half-way value. The default is <see cref="MidpointRounding.ToEven"/>.</param>
    /// <param name="moment">When to round. The default is <see cref="RoundingMoment.AtEnd"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The increment is not greater than zero.</exception>
    public static RoundingPolicy ToNearest(decimal increment, MidpointRounding mode = MidpointRounding.ToEven, RoundingMoment moment = RoundingMoment.AtEnd) =>
        new(Method.Nearest, Check.Positive(increment, nameof(increment)), Check.Defined(mode, nameof(mode)), Check.Defined(moment, nameof(moment)));

    /// <summary>Rounds up (toward positive infinity) to a multiple of an increment: up to the nearest 100, as GitLab's calculator did.</summary>
    /// <param name="increment">The multiple, greater than zero, in units of the currency.</param>
    /// <param name="moment">When to round. The default is <see cref="RoundingMoment.AtEnd"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The increment is not greater than zero.</exception>
    public static RoundingPolicy UpTo(decimal increment, RoundingMoment moment = RoundingMoment.AtEnd) =>
        new(Method.Up, Check.Positive(increment, nameof(increment)), MidpointRounding.ToPositiveInfinity, Check.Defined(moment, nameof(moment)));

    /// <summary>Rounds down (toward negative infinity) to a multiple of an increment.</summary>
    /// <param name="increment">The multiple, greater than zero, in units of the currency.</param>
    /// <param name="moment">When to round. The default is <see cref="RoundingMoment.AtEnd"/>.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The increment is not greater than zero.</exception>
    public static RoundingPolicy DownTo(decimal increment, RoundingMoment moment = RoundingMoment.AtEnd) =>
        new(Method.Down, Check.Positive(increment, nameof(increment)), MidpointRounding.ToNegativeInfinity, Check.Defined(moment, nameof(moment)));

    /// <summary>Rounds an amount by this policy, whatever its <see cref="Moment"/>: use it on a final result.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns>The rounded amount, in the same currency.</returns>
    public Money Round(Money amount) => method switch
    {
        Method.None => amount,
        Method.MinorUnits => amount.RoundToMinorUnits(Mode),
        Method.Nearest => new Money(Math.Round(amount.Amount / Increment, Mode) * Increment, amount.Currency),
        Method.Up => new Money(Math.Ceiling(amount.Amount / Increment) * Increment, amount.Currency),
        _ => new Money(Math.Floor(amount.Amount / Increment) * Increment, amount.Currency),
    };

    /// <summary>Rounds an intermediate amount when the policy rounds at <see cref="RoundingMoment.EachStep"/>; otherwise returns it unchanged.</summary>
    /// <param name="amount">The intermediate amount.</param>
    /// <returns>The amount, rounded or not.</returns>
    public Money AfterStep(Money amount) => Moment == RoundingMoment.EachStep ? Round(amount) : amount;

    /// <inheritdoc/>
    public bool Equals(RoundingPolicy? other) =>
        other is not null && method == other.method && Increment == other.Increment && Mode == other.Mode && Moment == other.Moment;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as RoundingPolicy);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(method, Increment, Mode, Moment);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(RoundingPolicy? left, RoundingPolicy? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(RoundingPolicy? left, RoundingPolicy? right) => !(left == right);

    /// <summary>Describes the policy, such as <c>up to a multiple of 100, at the end</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var when = Moment == RoundingMoment.EachStep ? "at each step" : "at the end";
        var increment = Increment.ToString("#,0.##", CultureInfo.InvariantCulture);
        return method switch
        {
            Method.None => "no rounding",
            Method.MinorUnits => $"to minor units ({Mode}), {when}",
            Method.Nearest => $"to the nearest multiple of {increment} ({Mode}), {when}",
            Method.Up => $"up to a multiple of {increment}, {when}",
            _ => $"down to a multiple of {increment}, {when}",
        };
    }
}
