namespace CareerModel.Compensation.Equity;

/// <summary>
/// An employee left out of the compa-ratio distributions, with the reason, so that nobody is
/// skipped silently. The employee still counts in every pay gap, which does not use the band.
/// </summary>
/// <remarks>Two exclusions are equal when every property is equal.</remarks>
public sealed class CompaRatioExclusion
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

    /// <summary>Describes the exclusion: <c>employee 'e7' (role intern, group F): the band's midpoint is zero, …</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"employee '{EmployeeId}' (role {RoleId}, group {Group}): {Reason}";
}
