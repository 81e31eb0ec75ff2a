using CareerModel.Internal;
using NodaTime;

namespace CareerModel.Careers;

/// <summary>
/// A directed move from one role to another, with its kind and the time it typically takes
/// in the source role before the move.
/// </summary>
/// <remarks>
/// Transitions are directional: A → B says nothing of B → A. A catalog holds at most one
/// transition per ordered pair of roles and checks that both roles exist and that the kind fits
/// them (a promotion raises rank, a track switch changes track).
/// </remarks>
public sealed class Transition : IEquatable<Transition>
{
    /// <summary>Creates a transition.</summary>
    /// <param name="fromRoleId">The id of the role moved from.</param>
    /// <param name="toRoleId">The id of the role moved to; not the same role.</param>
    /// <param name="kind">What the move is.</param>
    /// <param name="typicalTime">The time typically spent in the source role before the move, in years and months, if known.</param>
    /// <exception cref="ArgumentException">An id is invalid, the move is to the same role, or the time has weeks or days.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined, or the time is negative.</exception>
    public Transition(string fromRoleId, string toRoleId, TransitionKind kind, Period? typicalTime = null)
    {
        FromRoleId = Check.Id(fromRoleId, nameof(fromRoleId));
        ToRoleId = Check.Id(toRoleId, nameof(toRoleId));
        if (FromRoleId == ToRoleId)
            throw new ArgumentException($"A transition must lead to another role, but '{fromRoleId}' leads to itself.", nameof(toRoleId));
        Kind = Check.Defined(kind, nameof(kind));
        TypicalTime = typicalTime is null ? null : Periods.YearsAndMonths(typicalTime, nameof(typicalTime));
    }

    /// <summary>Gets the id of the role moved from.</summary>
    public string FromRoleId { get; }

    /// <summary>Gets the id of the role moved to.</summary>
    public string ToRoleId { get; }

    /// <summary>Gets what the move is.</summary>
    public TransitionKind Kind { get; }

    /// <summary>Gets the time typically spent in the source role before the move, or <see langword="null"/>.</summary>
    public Period? TypicalTime { get; }

    /// <inheritdoc/>
    public bool Equals(Transition? other) =>
        other is not null && FromRoleId == other.FromRoleId && ToRoleId == other.ToRoleId
        && Kind == other.Kind && Equals(TypicalTime, other.TypicalTime);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Transition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FromRoleId, ToRoleId, Kind, TypicalTime);

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

    /// <summary>Describes the move, such as <c>cs-specialist → cs-senior-specialist (Promotion, after 2 years)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        TypicalTime is null
            ? $"{FromRoleId} → {ToRoleId} ({Kind})"
            : $"{FromRoleId} → {ToRoleId} ({Kind}, after {Periods.Describe(TypicalTime)})";
}
