using System.Text;
using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// The result of a <see cref="PayEquityAnalysis"/>: the mean and median pay gap of every group,
/// the pay quartiles with each group's share and gap, the gaps within each role, the compa-ratio
/// distribution of every group (with the employees left out of it), and the gaps that reach the
/// threshold.
/// </summary>
/// <remarks>
/// <para>
/// Every gap is (reference group's pay − group's pay) / reference group's pay, an exact fraction
/// (0.05 for 5%) that is never rounded; only <see cref="ToString"/> rounds, for display. Lists are
/// in a fixed order (groups and roles ordinal, quartiles lowest first), so the same population in
/// any order gives an equal report.
/// </para>
/// <para>Two reports are equal when every property is equal.</para>
/// </remarks>
public sealed class PayEquityReport
{
    internal PayEquityReport(
        Currency currency,
        int headcount,
        string referenceGroup,
        decimal threshold,
        IReadOnlyList<GroupPayGap> groups,
        IReadOnlyList<PayQuartile> quartiles,
        IReadOnlyList<RolePayGaps> roles,
        IReadOnlyList<CompaRatioDistribution> compaRatios,
        IReadOnlyList<CompaRatioExclusion> compaRatioExclusions,
        IReadOnlyList<PayGapFlag> flags)
    {
        Currency = currency;
        Headcount = headcount;
        ReferenceGroup = referenceGroup;
        Threshold = threshold;
        Groups = groups;
        Quartiles = quartiles;
        Roles = roles;
        CompaRatios = compaRatios;
        CompaRatioExclusions = compaRatioExclusions;
        Flags = flags;
    }

    /// <summary>Gets the currency every pay and band of the population is in.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the number of employees analysed.</summary>
    public int Headcount { get; }

    /// <summary>Gets the group every gap is measured against: the caller's choice, or the group with the highest mean pay.</summary>
    public string ReferenceGroup { get; }

    /// <summary>Gets the threshold a mean gap's absolute value must reach to be flagged, as a fraction (0.05 for 5%).</summary>
    public decimal Threshold { get; }

    /// <summary>Gets every group's pay and gaps across the whole population, ordered by group (ordinal).</summary>
    public IReadOnlyList<GroupPayGap> Groups { get; }

    /// <summary>Gets the four pay quartiles, lowest-paid first; see <see cref="PayQuartile"/> for how ties and remainders are split.</summary>
    public IReadOnlyList<PayQuartile> Quartiles { get; }

    /// <summary>Gets the gaps within every role, ordered by role id (ordinal).</summary>
    public IReadOnlyList<RolePayGaps> Roles { get; }

    /// <summary>Gets the compa-ratio distribution of every group with at least one compa-ratio, ordered by group (ordinal).</summary>
    public IReadOnlyList<CompaRatioDistribution> CompaRatios { get; }

    /// <summary>Gets every employee left out of <see cref="CompaRatios"/>, with the reason, ordered by employee id (ordinal).</summary>
    public IReadOnlyList<CompaRatioExclusion> CompaRatioExclusions { get; }

    /// <summary>
    /// Gets every mean gap whose absolute value is at least <see cref="Threshold"/>: first across the
    /// whole population, then within each role (by role id), each by group.
    /// </summary>
    public IReadOnlyList<PayGapFlag> Flags { get; }

    /// <summary>Gets one group's pay and gaps across the whole population.</summary>
    /// <param name="group">The group, such as <c>F</c> (ordinal, case-sensitive).</param>
    /// <returns>The group's pay and gaps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The group has no members in the population.</exception>
    public GroupPayGap GetGroup(string group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Groups.FirstOrDefault(g => g.Group == group)
            ?? throw new KeyNotFoundException($"Group '{group}' has no members in the population; groups present: {string.Join(", ", Groups.Select(g => g.Group))}.");
    }

    /// <summary>Gets the gaps within one role.</summary>
    /// <param name="roleId">The role id.</param>
    /// <returns>The role's gaps.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No employee of the population is in that role.</exception>
    public RolePayGaps GetRole(string roleId)
    {
        ArgumentNullException.ThrowIfNull(roleId);
        return Roles.FirstOrDefault(r => r.RoleId == roleId)
            ?? throw new KeyNotFoundException($"Role '{roleId}' has no employees in the population; roles present: {string.Join(", ", Roles.Select(r => r.RoleId))}.");
    }

    /// <summary>
    /// Describes the report in a few sections, one line per group, quartile, role, distribution,
    /// exclusion and flag. Amounts are rounded to minor units, gaps and shares to two decimals of a
    /// percent and ratios to three decimals, for display only.
    /// </summary>
    /// <returns>The description, lines separated by <see cref="Environment.NewLine"/>.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        Line($"Pay equity report: {Headcount} {(Headcount == 1 ? "employee" : "employees")} paid in {Currency.Code}, reference group {ReferenceGroup}, threshold {EquityMath.Percent(Threshold)}");
        Section("Groups (gap = (reference pay − group pay) / reference pay)", Groups);
        Section("Pay quartiles (ranked by pay, equal pays by employee id)", Quartiles);
        Section("Roles", Roles);
        Section("Compa-ratios (pay ÷ band midpoint)", CompaRatios);
        if (CompaRatioExclusions.Count > 0)
            Section("Left out of the compa-ratios", CompaRatioExclusions);
        if (Flags.Count == 0)
            Line($"Mean gaps of at least {EquityMath.Percent(Threshold)}: none");
        else
            Section($"Mean gaps of at least {EquityMath.Percent(Threshold)}", Flags);
        return text.ToString().TrimEnd();

        void Line(string line) => text.Append(line).Append(Environment.NewLine);

        void Section<T>(string title, IEnumerable<T> items)
        {
            Line(title + ":");
            foreach (var item in items)
                Line("  " + item);
        }
    }
}
