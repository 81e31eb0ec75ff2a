using CareerModel.Internal;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// The pay gaps within one role: each group present in the role with its headcount, its share of
/// the role and its gap to the reference group computed over the role's employees only.
/// </summary>
/// <remarks>
/// A role is the "category of workers" of the EU pay transparency directive (2023/970): work of
/// equal value, so a gap here is not explained by the mix of jobs. Where the reference group has
/// no members in the role, every gap of the role is null and each group's
/// <see cref="SegmentGroupGap.NoGapReason"/> says so. Two values are equal when every property is equal.
/// </remarks>
public sealed class RolePayGaps
{
    internal RolePayGaps(string roleId, int headcount, IReadOnlyList<SegmentGroupGap> groups)
    {
        RoleId = roleId;
        Headcount = headcount;
        Groups = groups;
    }

    /// <summary>Gets the role id.</summary>
    public string RoleId { get; }

    /// <summary>Gets the number of employees in the role.</summary>
    public int Headcount { get; }

    /// <summary>Gets every group with members in the role, ordered by group (ordinal).</summary>
    public IReadOnlyList<SegmentGroupGap> Groups { get; }

    /// <summary>Describes the role on one line: <c>cs-specialist, 2 employees: F 50% (1): …; M (reference) 50% (1): …</c>; rounded for display only.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"{RoleId}, {Headcount} {(Headcount == 1 ? "employee" : "employees")}: {string.Join("; ", Groups)}";
}
