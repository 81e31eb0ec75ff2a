using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Careers;

/// <summary>
/// A directed move from one role to another, with its kind and the time it typically takes
/// in the source role before the move.
/// </summary>
/// <remarks>
/// <para>
/// Transitions are directional: A → B says nothing of B → A. A catalog holds at most one
/// transition per ordered pair of roles and checks that both roles exist and that the kind fits
/// them (a promotion raises rank, a track switch changes track).
/// </para>
/// <para>
/// <see cref="Strength"/> says how plausible the move is, from 0 (barely) to 1 (fully): an
/// importer gives its inferred moves a strength from the evidence for them, a catalog author may
/// give one, and a hand-written move without one is <see cref="DefaultStrength"/>.
/// </para>
/// </remarks>
public sealed class Transition : IEquatable<Transition>
{
    /// <summary>
    /// The strength of a move whose author gives none: 1, fully plausible. A hand-written move is
    /// one its author vouches for, so it is taken at full strength unless the author says otherwise.
    /// </summary>
    public const double DefaultStrength = 1.0;

    /// <summary>Creates a transition.</summary>
    /// <param name="fromRoleId">The id of the role moved from.</param>
    /// <param name="toRoleId">The id of the role moved to; not the same role.</param>
    /// <param name="kind">What the move is.</param>
    /// <param name="typicalTime">The time typically spent in the source role before the move, in years and months, if known.</param>
    /// <param name="strength">How plausible the move is, a finite number from 0 to 1; <see cref="DefaultStrength"/> when not given.</param>
    /// <exception cref="ArgumentException">An id is invalid, the move is to the same role, or the time has weeks or days.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, the time is negative, or the strength is not a finite number from 0 to 1.</exception>
    public Transition(string fromRoleId, string toRoleId, TransitionKind kind, Period? typicalTime = null, double strength = DefaultStrength)
    {
        FromRoleId = Check.Id(fromRoleId, nameof(fromRoleId));
        ToRoleId = Check.Id(toRoleId, nameof(toRoleId));
        if (FromRoleId == ToRoleId)
            throw new ArgumentException($"A transition must lead to another role, but '{fromRoleId}' leads to itself.", nameof(toRoleId));
        Kind = Check.Defined(kind, nameof(kind));
        TypicalTime = typicalTime is null ? null : Periods.CareerSpan(typicalTime, nameof(typicalTime));
        Strength = Check.FiniteInRange(strength, 0, 1, nameof(strength));
    }

    /// <summary>Gets the id of the role moved from.</summary>
    public string FromRoleId { get; }

    /// <summary>Gets the id of the role moved to.</summary>
    public string ToRoleId { get; }

    /// <summary>Gets what the move is.</summary>
    public TransitionKind Kind { get; }

    /// <summary>Gets the time typically spent in the source role before the move, or <see langword="null"/>.</summary>
    public Period? TypicalTime { get; }

    /// <summary>Gets how plausible the move is, from 0 (barely) to 1 (fully); <see cref="DefaultStrength"/> unless its author or importer gave one.</summary>
    public double Strength { get; }

    /// <inheritdoc/>
    public bool Equals(Transition? other) =>
        other is not null && FromRoleId == other.FromRoleId && ToRoleId == other.ToRoleId
        && Kind == other.Kind && Equals(TypicalTime, other.TypicalTime) && Strength.Equals(other.Strength);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Transition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FromRoleId, ToRoleId, Kind, TypicalTime, Strength);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(Transition? left, Transition? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Transition? left, Transition? right) => !(left == right);

    /// <summary>
    /// Describes the move, such as <c>cs-specialist → cs-senior-specialist (Promotion, after 2 years)</c>,
    /// with its strength when it is not the default: <c>a → b (Lateral, strength 0.62)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var time = TypicalTime is null ? string.Empty : $", after {Periods.Describe(TypicalTime)}";
        // The default says nothing, so only an explicit strength is shown.
        var strength = Strength == DefaultStrength ? string.Empty : $", strength {Check.Format(Strength)}";
        return $"{FromRoleId} → {ToRoleId} ({Kind}{time}{strength})";
    }
}
