using CareerModel.Compensation.Equity;
using FsCheck;
using FsCheck.Fluent;
using static CareerModel.Tests.Compensation.Equity.Ladder;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>A population for property tests, printed one employee a line when a property fails.</summary>
public sealed class Population(IReadOnlyList<EmployeePay> employees)
{
    public IReadOnlyList<EmployeePay> Employees { get; } = employees;

    public IReadOnlyList<string> Groups => Employees.Select(e => e.Group).Distinct().Order(StringComparer.Ordinal).ToArray();

    public override string ToString() =>
        $"{Employees.Count} employees:{string.Concat(Employees.Select(e => $"{Environment.NewLine}  {e.Id} {e.RoleId} {e.Group} {e.Pay.Amount}"))}";
}

/// <summary>A population in which every group has the same pays in the same roles.</summary>
public sealed class EqualPopulation(IReadOnlyList<EmployeePay> employees)
{
    public IReadOnlyList<EmployeePay> Employees { get; } = employees;

    public override string ToString() =>
        $"{Employees.Count} employees:{string.Concat(Employees.Select(e => $"{Environment.NewLine}  {e.Id} {e.RoleId} {e.Group} {e.Pay.Amount}"))}";
}

/// <summary>A positive factor in eighths (0.125, 0.25, …), so that scaled pays stay exact decimals.</summary>
public sealed class PayFactor(int eighths)
{
    public int Eighths { get; } = eighths;

    public decimal Value => Eighths / 8m;

    public override string ToString() => $"× {Value}";
}

/// <summary>
/// Bounded generators with shrinkers: populations of 1–40 employees on three ladder roles, in up to
/// three groups, paid 20,000–150,000 with cents, and often the same round pays so that ties cross
/// quartile boundaries. Shrinking drops employees and rounds pays to thousands.
/// </summary>
public static class EquityArbitraries
{
    private static readonly string[] Roles = [Specialist, Senior, TeamLead];
    private static readonly string[] GroupNames = ["F", "M", "X"];

    private static readonly Gen<decimal> PayGen = Gen.Frequency(
        (3, from dollars in Gen.Choose(20_000, 150_000) from cents in Gen.Choose(0, 99) select dollars + (cents / 100m)),
        (2, Gen.Elements(40_000m, 50_000m, 60_000m)));

    private static readonly Gen<(string Role, decimal Pay)> ProfileGen =
        from role in Gen.Elements(Roles)
        from pay in PayGen
        select (role, pay);

    private static readonly Gen<Population> PopulationGen =
        from count in Gen.Choose(1, 40)
        from groupCount in Gen.Choose(1, 3)
        from rows in Gen.ArrayOf(
            from profile in ProfileGen
            from g in Gen.Choose(0, groupCount - 1)
            select (profile.Role, profile.Pay, Group: GroupNames[g]),
            count)
        select new Population(rows.Select((r, i) => Employee($"e{i:00}", r.Role, r.Pay, r.Group)).ToArray());

    private static readonly Gen<EqualPopulation> EqualPopulationGen =
        from count in Gen.Choose(1, 12)
        from groupCount in Gen.Choose(2, 3)
        from profiles in Gen.ArrayOf(ProfileGen, count)
        select EqualOf(profiles, groupCount);

    public static Arbitrary<Population> Population() => Arb.From(PopulationGen, ShrinkPopulation);

    public static Arbitrary<EqualPopulation> EqualPopulation() => Arb.From(EqualPopulationGen, ShrinkEqualPopulation);

    public static Arbitrary<PayFactor> PayFactor() =>
        ArbMap.Default.ArbFor<int>()
            .MapFilter(i => Math.Abs(i) % 200, i => i > 0)
            .Convert(i => new PayFactor(i), f => f.Eighths);

    private static EqualPopulation EqualOf(IReadOnlyList<(string Role, decimal Pay)> profiles, int groupCount) =>
        new(GroupNames.Take(groupCount)
            .SelectMany(group => profiles.Select((p, i) => Employee($"{group}{i:00}", p.Role, p.Pay, group)))
            .ToArray());

    private static IEnumerable<Population> ShrinkPopulation(Population population)
    {
        var employees = population.Employees;
        for (var i = 0; i < employees.Count && employees.Count > 1; i++)
            yield return new Population([.. employees.Take(i), .. employees.Skip(i + 1)]);
        for (var i = 0; i < employees.Count; i++)
        {
            var e = employees[i];
            var rounded = decimal.Floor(e.Pay.Amount / 1000m) * 1000m;
            if (rounded != e.Pay.Amount && rounded > 0m)
                yield return new Population([.. employees.Take(i), Employee(e.Id, e.RoleId, rounded, e.Group), .. employees.Skip(i + 1)]);
        }
    }

    private static IEnumerable<EqualPopulation> ShrinkEqualPopulation(EqualPopulation population)
    {
        var groups = population.Employees.Select(e => e.Group).Distinct().Count();
        var profiles = population.Employees.Take(population.Employees.Count / groups).Select(e => (e.RoleId, e.Pay.Amount)).ToArray();
        for (var i = 0; i < profiles.Length && profiles.Length > 1; i++)
            yield return EqualOf([.. profiles.Take(i), .. profiles.Skip(i + 1)], groups);
    }
}
