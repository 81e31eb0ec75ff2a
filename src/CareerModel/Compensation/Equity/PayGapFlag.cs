namespace CareerModel.Compensation.Equity;

/// <summary>
/// A mean pay gap that reaches the analysis threshold, in the whole population or within one role:
/// where, which groups, the gap and the headcounts behind it.
/// </summary>
/// <remarks>
/// The EU pay transparency directive (2023/970, Art. 10) calls for a joint pay assessment when the
/// difference in average pay level in any category of workers is at least 5% and not justified by
/// objective, gender-neutral criteria; a flag marks where that question arises, not that it is
/// unjustified. Two flags are equal when every property is equal.
/// </remarks>
public sealed class PayGapFlag
{
    internal PayGapFlag(string? roleId, string group, string referenceGroup, decimal gap, int headcount, int referenceHeadcount)
    {
        RoleId = roleId;
        Group = group;
        ReferenceGroup = referenceGroup;
        Gap = gap;
        Headcount = headcount;
        ReferenceHeadcount = referenceHeadcount;
    }

    /// <summary>Gets the role the gap was measured in, or null for a gap across the whole population.</summary>
    public string? RoleId { get; }

    /// <summary>Gets a value indicating whether the gap is measured across the whole population rather than within a role.</summary>
    public bool IsPopulationWide => RoleId is null;

    /// <summary>Gets the group whose pay is compared.</summary>
    public string Group { get; }

    /// <summary>Gets the reference group it is compared with.</summary>
    public string ReferenceGroup { get; }

    /// <summary>
    /// Gets the mean pay gap, (reference mean − group mean) / reference mean, exact and unrounded:
    /// positive when the group is paid less, negative when it is paid more; its absolute value reaches the threshold.
    /// </summary>
    public decimal Gap { get; }

    /// <summary>Gets the number of the group's employees compared (in the role, or in all).</summary>
    public int Headcount { get; }

    /// <summary>Gets the number of the reference group's employees compared (in the role, or in all).</summary>
    public int ReferenceHeadcount { get; }

    /// <summary>
    /// Describes the flag: <c>role cs-specialist: F is paid 5% less than M on average (1 vs 1 employees)</c>;
    /// the gap is rounded to two decimals of a percent for display only.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{(RoleId is null ? "whole population" : $"role {RoleId}")}: {Group} is paid {EquityMath.Percent(Math.Abs(Gap))} "
        + $"{(Gap < 0 ? "more" : "less")} than {ReferenceGroup} on average ({Headcount} vs {ReferenceHeadcount} {(ReferenceHeadcount == 1 ? "employee" : "employees")})";
}
