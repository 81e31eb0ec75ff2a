using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// One employee as a pay equity analysis sees them: an id, a role and the role's salary band,
/// annual pay, and the value of the attribute the population is grouped by (a gender, say).
/// </summary>
/// <remarks>
/// <para>
/// The group is a plain string so that any attribute can be analysed; groups are compared
/// ordinally (case-sensitive) after trimming white space, so <c>"F "</c> and <c>"F"</c> are one
/// group but <c>"f"</c> and <c>"F"</c> are two.
/// </para>
/// <para>
/// The band is the role's band as it applies to this employee (it may differ between employees in
/// one role, by region say). Whether the pay and the band share the population's currency is
/// checked by <see cref="PayEquityAnalysis.Analyze"/>, across the whole population at once, so
/// that every offending employee is listed together.
/// </para>
/// <para>Two employees are equal when every property is equal.</para>
/// </remarks>
public sealed class EmployeePay : IEquatable<EmployeePay>
{
    /// <summary>Creates an employee's pay record.</summary>
    /// <param name="id">The employee id (letters, digits, '-', '_', '.'); unique within a population.</param>
    /// <param name="roleId">The id of the employee's role (letters, digits, '-', '_', '.'), such as <c>cs-specialist</c>.</param>
    /// <param name="band">The role's salary band for this employee.</param>
    /// <param name="pay">The employee's annual pay; not negative.</param>
    /// <param name="group">The employee's value of the grouping attribute, such as <c>F</c>; not blank.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id is not a valid id, or the group is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The pay is negative.</exception>
    public EmployeePay(string id, string roleId, SalaryBand band, Money pay, string group)
    {
        Id = Check.Id(id, nameof(id));
        RoleId = Check.Id(roleId, nameof(roleId));
        ArgumentNullException.ThrowIfNull(band);
        if (pay.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(pay), pay, $"Employee '{id}' pay {pay} must not be negative.");
        if (group is null)
            throw new ArgumentNullException(nameof(group), $"Employee '{id}' group must not be null.");
        if (string.IsNullOrWhiteSpace(group))
            throw new ArgumentException($"Employee '{id}' group '{group}' must not be empty or white space; it names the group the employee is compared in.", nameof(group));
        Band = band;
        Pay = pay;
        Group = group.Trim();
    }

    /// <summary>Gets the employee id.</summary>
    public string Id { get; }

    /// <summary>Gets the id of the employee's role.</summary>
    public string RoleId { get; }

    /// <summary>Gets the role's salary band for this employee.</summary>
    public SalaryBand Band { get; }

    /// <summary>Gets the employee's annual pay.</summary>
    public Money Pay { get; }

    /// <summary>Gets the employee's value of the grouping attribute, trimmed.</summary>
    public string Group { get; }

    /// <inheritdoc/>
    public bool Equals(EmployeePay? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Id == other.Id && RoleId == other.RoleId && Band.Equals(other.Band)
            && Pay == other.Pay && Group == other.Group);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EmployeePay);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, RoleId, Band, Pay, Group);

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(EmployeePay? left, EmployeePay? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EmployeePay? left, EmployeePay? right) => !(left == right);

    /// <summary>Describes the employee: <c>e1 (cs-specialist, group F): USD 39,900.00 in band USD 42,000.00 (median)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Id} ({RoleId}, group {Group}): {Pay} in band {Band}";
}
