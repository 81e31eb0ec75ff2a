using System.Collections.ObjectModel;
using CareerModel.Internal;
using CareerModel.Monetary;
using static CareerModel.Compensation.Equity.EquityMath;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// Pay equity analysis of a population grouped by any attribute (gender, say): mean and median pay
/// gaps between groups, the gaps by pay quartile, the gaps within each role, compa-ratio
/// distributions, and the gaps that reach a threshold such as the EU pay transparency directive's 5%.
/// </summary>
/// <remarks>
/// <para>
/// A gap is (reference group's pay − group's pay) / reference group's pay, for the mean and for the
/// median pay: 0.05 means the group is paid 5% less than the reference group, −0.05 5% more. The
/// reference group is the caller's choice or, by default, the group with the highest mean pay (the
/// first by ordinal group name when several share it), so that by default no population-wide gap is
/// negative. Within a quartile or a role the same reference group is used, over the members of that
/// segment only.
/// </para>
/// <para>
/// Nothing is rounded: amounts, gaps, shares and ratios are exact in <see cref="decimal"/> up to its
/// 28 significant digits. Mean gaps are computed from pay totals, never from rounded means, so that
/// scaling every pay by one factor leaves them unchanged. The report's <c>ToString</c> rounds for
/// display only.
/// </para>
/// </remarks>
public static class PayEquityAnalysis
{
    /// <summary>
    /// The default threshold, 5% (0.05): the EU pay transparency directive (2023/970, Art. 10) calls
    /// for a joint pay assessment when the gap in average pay in any category of workers is at least
    /// 5% and not justified by objective, gender-neutral criteria.
    /// </summary>
    public const decimal DefaultThreshold = 0.05m;

    private const string ZeroMidpointReason = "the band's midpoint is zero, so pay ÷ midpoint is undefined";

    /// <summary>Analyses the pay equity of a population.</summary>
    /// <param name="employees">The population: at least one employee, ids unique, every pay and band in one currency.</param>
    /// <param name="referenceGroup">
    /// The group gaps are measured against, which must have members; null (the default) for the group
    /// with the highest mean pay. Trimmed like <see cref="EmployeePay.Group"/>.
    /// </param>
    /// <param name="threshold">
    /// The absolute mean gap at which a gap is flagged, as a fraction greater than 0 and less than 1.
    /// The default is <see cref="DefaultThreshold"/> (5%). A gap exactly at the threshold is flagged.
    /// </param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="employees"/> is null.</exception>
    /// <exception cref="PopulationCurrencyMismatchException">The pays and bands are not all in one currency; every offending employee is listed.</exception>
    /// <exception cref="ArgumentException">
    /// The population is empty, holds a null or a repeated employee id; the reference group is blank or
    /// has no members; or the reference group's mean or median pay is zero (gaps are fractions of it).
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold is not greater than 0 and less than 1.</exception>
    public static PayEquityReport Analyze(IEnumerable<EmployeePay> employees, string? referenceGroup = null, decimal threshold = DefaultThreshold)
    {
        if (threshold <= 0m || threshold >= 1m)
            throw InvariantArgument.OutOfRange(nameof(threshold), threshold, $"Pay gap threshold {Check.Format(threshold)} must be greater than 0 and less than 1 (a fraction: 0.05 for 5%).");
        ArgumentNullException.ThrowIfNull(employees);
        var given = ReadOnly.Copy(employees, nameof(employees));
        if (given.Count == 0)
            throw new ArgumentException("The population must hold at least one employee, but employees is empty.", nameof(employees));
        RequireUniqueIds(given);
        var currency = RequireOneCurrency(given);

        // Every later step walks the employees in id order, so the report never depends on input order.
        var population = given.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var statsByGroup = population
            .GroupBy(e => e.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, PayStats.Of, StringComparer.Ordinal);
        var groups = statsByGroup.Keys.Order(StringComparer.Ordinal).ToArray();
        var reference = ChooseReference(referenceGroup, groups, statsByGroup);
        var referenceStats = statsByGroup[reference];
        RequirePositivePay(reference, referenceStats, currency, referenceGroup is null ? nameof(employees) : nameof(referenceGroup));

        var groupGaps = groups.Select(g =>
        {
            var stats = statsByGroup[g];
            return new GroupPayGap(
                g, g == reference, stats.Count, new Money(stats.Mean, currency), new Money(stats.Median, currency),
                MeanGap(referenceStats, stats)!.Value, MedianGap(referenceStats, stats)!.Value);
        }).ToArray();

        var quartiles = Quartiles(population, groups, reference, currency);
        var roles = population
            .GroupBy(e => e.RoleId, StringComparer.Ordinal)
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r =>
            {
                var members = r.ToArray();
                var present = members.Select(e => e.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                return new RolePayGaps(r.Key, members.Length, SegmentGaps(present, members, reference, currency));
            })
            .ToArray();
        var (compaRatios, exclusions) = CompaRatios(population, groups);
        var flags = Flags(groupGaps, roles, reference, threshold);

        return new PayEquityReport(
            currency, population.Length, reference, threshold,
            Array.AsReadOnly(groupGaps), quartiles, Array.AsReadOnly(roles), compaRatios, exclusions, flags);
    }

    private static void RequireUniqueIds(IReadOnlyList<EmployeePay> employees)
    {
        var repeated = employees
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"'{g.Key}' appears {g.Count()} times")
            .ToArray();
        if (repeated.Length > 0)
            throw new ArgumentException($"Employee ids must be unique in a population, but {string.Join(", ", repeated)}.", nameof(employees));
    }

    /// <summary>
    /// The population's currency is the one most pays and bands are in (the first by code on a tie);
    /// every employee whose pay or band is in another is listed in one exception.
    /// </summary>
    private static Currency RequireOneCurrency(IReadOnlyList<EmployeePay> employees)
    {
        var currency = employees
            .SelectMany(e => new[] { e.Pay.Currency, e.Band.Currency })
            .GroupBy(c => c)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
            .First().Key;
        var offenders = employees.Where(e => !e.Pay.Currency.Equals(currency) || !e.Band.Currency.Equals(currency)).ToArray();
        return offenders.Length == 0 ? currency : throw new PopulationCurrencyMismatchException(currency, offenders);
    }

    private static string ChooseReference(string? referenceGroup, string[] groups, Dictionary<string, PayStats> statsByGroup)
    {
        if (referenceGroup is not null)
        {
            if (string.IsNullOrWhiteSpace(referenceGroup))
                throw new ArgumentException($"Reference group '{referenceGroup}' must not be empty or white space; pass null for the group with the highest mean pay.", nameof(referenceGroup));
            var trimmed = referenceGroup.Trim();
            return statsByGroup.ContainsKey(trimmed)
                ? trimmed
                : throw new ArgumentException($"Reference group '{trimmed}' has no members in the population; groups present: {string.Join(", ", groups)}.", nameof(referenceGroup));
        }

        // Highest mean pay, comparing totals crosswise (S₁·n₂ against S₂·n₁) so that no mean is rounded.
        var best = groups[0];
        foreach (var group in groups.Skip(1))
        {
            PayStats candidate = statsByGroup[group], leader = statsByGroup[best];
            if (candidate.Sum * leader.Count > leader.Sum * candidate.Count)
                best = group;
        }
        return best;
    }

    private static void RequirePositivePay(string reference, PayStats stats, Currency currency, string paramName)
    {
        var measure = stats.Sum == 0m ? "mean" : stats.Median == 0m ? "median" : null;
        if (measure is not null)
            throw new ArgumentException($"The reference group '{reference}' has a {measure} pay of {Money.Zero(currency)}; gaps are fractions of the reference group's pay, so its mean and median pay must be greater than zero.", paramName);
    }

    private static ReadOnlyCollection<PayQuartile> Quartiles(EmployeePay[] population, string[] groups, string reference, Currency currency)
    {
        // Population is in id order and OrderBy is stable, so equal pays stay in id order.
        var ranked = population.OrderBy(e => e.Pay.Amount).ToArray();
        var n = ranked.Length;
        var quartiles = new PayQuartile[4];
        for (var k = 0; k < 4; k++)
        {
            var start = k * n / 4;
            var end = (k + 1) * n / 4;
            var members = ranked[start..end].OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
            Money? lowest = members.Length == 0 ? null : ranked[start].Pay;
            Money? highest = members.Length == 0 ? null : ranked[end - 1].Pay;
            quartiles[k] = new PayQuartile(k + 1, members.Length, lowest, highest, SegmentGaps(groups, members, reference, currency));
        }
        return Array.AsReadOnly(quartiles);
    }

    private static ReadOnlyCollection<SegmentGroupGap> SegmentGaps(IEnumerable<string> groups, EmployeePay[] segment, string reference, Currency currency)
    {
        var statsByGroup = segment
            .GroupBy(e => e.Group, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, PayStats.Of, StringComparer.Ordinal);
        var hasReference = statsByGroup.TryGetValue(reference, out var referenceStats);
        return groups.Select(group =>
        {
            var isReference = group == reference;
            if (!statsByGroup.TryGetValue(group, out var stats))
                return new SegmentGroupGap(group, isReference, 0, 0m, null, null, null, null, "the group has no members here");
            var share = (decimal)stats.Count / segment.Length;
            Money mean = new(stats.Mean, currency), median = new(stats.Median, currency);
            if (!hasReference)
                return new SegmentGroupGap(group, isReference, stats.Count, share, mean, median, null, null, $"the reference group '{reference}' has no members here");
            var meanGap = MeanGap(referenceStats, stats);
            var medianGap = MedianGap(referenceStats, stats);
            var reason = meanGap is null ? $"the reference group '{reference}' is paid zero here"
                : medianGap is null ? $"the reference group '{reference}' has a median pay of zero here"
                : null;
            return new SegmentGroupGap(group, isReference, stats.Count, share, mean, median, meanGap, medianGap, reason);
        }).ToArray().AsReadOnly();
    }

    private static (IReadOnlyList<CompaRatioDistribution>, IReadOnlyList<CompaRatioExclusion>) CompaRatios(EmployeePay[] population, string[] groups)
    {
        var exclusions = new List<CompaRatioExclusion>();
        var ratios = groups.ToDictionary(g => g, _ => new List<decimal>(), StringComparer.Ordinal);
        foreach (var employee in population)
        {
            if (employee.Band.Midpoint.IsZero)
                exclusions.Add(new CompaRatioExclusion(employee.Id, employee.RoleId, employee.Group, ZeroMidpointReason));
            else
                ratios[employee.Group].Add(employee.Band.CompaRatio(employee.Pay));
        }
        var distributions = groups
            .Where(g => ratios[g].Count > 0)
            .Select(g => new CompaRatioDistribution(g, [.. ratios[g].Order()]))
            .ToArray();
        return (Array.AsReadOnly(distributions), exclusions.AsReadOnly());
    }

    private static ReadOnlyCollection<PayGapFlag> Flags(GroupPayGap[] groups, RolePayGaps[] roles, string reference, decimal threshold)
    {
        var referenceHeadcount = groups.Single(g => g.IsReference).Headcount;
        var flags = groups
            .Where(g => !g.IsReference && Math.Abs(g.MeanGap) >= threshold)
            .Select(g => new PayGapFlag(null, g.Group, reference, g.MeanGap, g.Headcount, referenceHeadcount))
            .ToList();
        foreach (var role in roles)
        {
            var inRole = role.Groups.FirstOrDefault(g => g.IsReference)?.Headcount ?? 0;
            flags.AddRange(role.Groups
                .Where(g => !g.IsReference && g.MeanGap is { } gap && Math.Abs(gap) >= threshold)
                .Select(g => new PayGapFlag(role.RoleId, g.Group, reference, g.MeanGap!.Value, g.Headcount, inRole)));
        }
        return flags.AsReadOnly();
    }
}
