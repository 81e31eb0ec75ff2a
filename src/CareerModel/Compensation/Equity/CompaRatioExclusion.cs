namespace CareerModel.Compensation.Equity;

/// <summary>
/// An employee left out of the compa-ratio distributions, with the reason, so that nobody is
/// skipped silently. The employee still counts in every pay gap, which does not use the band.
/// </summary>
/// <remarks>Two exclusions are equal when every property is equal.</remarks>
public sealed class CompaRatioExclusion : IEquatable<CompaRatioExclusion>
{
    internal CompaRatioExclusion(string employeeId, string roleId, string group, string reason)
    {
        EmployeeId = employeeId;
        RoleId = roleId;
        Group = group;
        Reason = reason;
    }

    /// <summary>Gets the employee id.</summary>
    public string EmployeeId { get; }

    /// <summary>Gets the employee's role id.</summary>
    public string RoleId { get; }

    /// <summary>Gets the employee's group.</summary>
    public string Group { get; }

    /// <summary>Gets why the employee has no compa-ratio, as a plain phrase such as <c>the band's midpoint is zero, so pay ÷ midpoint is undefined</c>.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public bool Equals(CompaRatioExclusion? other) =>
        other is not null && EmployeeId == other.EmployeeId && RoleId == other.RoleId && Group == other.Group && Reason == other.Reason;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CompaRatioExclusion);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(EmployeeId, RoleId, Group, Reason);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(CompaRatioExclusion? left, CompaRatioExclusion? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CompaRatioExclusion? left, CompaRatioExclusion? right) => !(left == right);

    /// <summary>Describes the exclusion: <c>employee 'e7' (role intern, group F): the band's midpoint is zero, …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"employee '{EmployeeId}' (role {RoleId}, group {Group}): {Reason}";
}
