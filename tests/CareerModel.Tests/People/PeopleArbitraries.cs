using CareerModel.Careers;
using CareerModel.People;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareerModel.Tests.People;

/// <summary>A work history's periods, in the order given, and the day experience is measured on.</summary>
public sealed record HistoryCase(Employment[] Employments, LocalDate Today)
{
    public override string ToString() => $"today {Today:uuuu-MM-dd}: [{string.Join("; ", Employments.Select(e => e.ToString()))}]";
}

/// <summary>A history and the same periods in another order.</summary>
public sealed record ShuffledHistory(HistoryCase History, Employment[] Shuffled)
{
    public override string ToString() => $"{History} shuffled to [{string.Join("; ", Shuffled.Select(e => e.ToString()))}]";
}

/// <summary>
/// Bounded generators for work histories: up to eight periods within twenty years, often
/// overlapping, some ongoing, some ending after today, at fractions from a quarter to full time.
/// Histories shrink by dropping periods, then by making them full time, then by ending ongoing ones.
/// </summary>
public static class PeopleArbitraries
{
    public static LocalDate Origin { get; } = new(2005, 1, 1);

    public static LocalDate Today { get; } = Origin.PlusDays(7_300);

    public static Gen<decimal> FractionGen { get; } = Gen.Frequency(
        (3, Gen.Constant(1m)),
        (2, Gen.Elements(0.25m, 0.5m, 0.6m, 0.8m)),
        (1, Gen.Choose(1, 100).Select(n => n / 100m)));

    public static Gen<Employment> EmploymentGen { get; } =
        from start in Gen.Choose(0, 7_300)
        from length in Gen.Frequency((1, Gen.Constant<int?>(null)), (5, Gen.Choose(1, 2_500).Select(n => (int?)n)))
        from fraction in FractionGen
        from role in Gen.Elements("cs-specialist", "cs-team-lead", "barista", "qa-analyst")
        from family in Gen.Elements<string?>(null, "customer-service", "retail")
        from track in Gen.Elements<CareerTrack?>(null, CareerTrack.IndividualContributor, CareerTrack.Management)
        select new Employment(role, Origin.PlusDays(start), length is { } days ? Origin.PlusDays(start + days) : null, fraction, family, track);

    public static Gen<HistoryCase> HistoryGen { get; } =
        from count in Gen.Choose(0, 8)
        from employments in Gen.ArrayOf(EmploymentGen, count)
        select new HistoryCase(employments, Today);

    public static Gen<ShuffledHistory> ShuffledGen { get; } =
        from history in HistoryGen
        from shuffled in Gen.Shuffle(history.Employments)
        select new ShuffledHistory(history, shuffled);

    public static Arbitrary<HistoryCase> HistoryArb() => Arb.From(HistoryGen, Shrink);

    /// <summary>Shrinks by dropping a period from both orders.</summary>
    public static Arbitrary<ShuffledHistory> ShuffledArb() => Arb.From(ShuffledGen, ShrinkShuffled);

    public static IEnumerable<ShuffledHistory> ShrinkShuffled(ShuffledHistory input)
    {
        var periods = input.History.Employments;
        for (var i = 0; i < periods.Length; i++)
        {
            var j = Array.IndexOf(input.Shuffled, periods[i]);
            yield return new ShuffledHistory(
                input.History with { Employments = [.. periods[..i], .. periods[(i + 1)..]] },
                [.. input.Shuffled[..j], .. input.Shuffled[(j + 1)..]]);
        }
    }

    public static IEnumerable<HistoryCase> Shrink(HistoryCase history)
    {
        var periods = history.Employments;
        for (var i = 0; i < periods.Length; i++)
            yield return history with { Employments = [.. periods[..i], .. periods[(i + 1)..]] };
        for (var i = 0; i < periods.Length; i++)
        {
            var e = periods[i];
            if (e.FullTimeEquivalent != 1m)
                yield return Replace(history, i, new Employment(e.RoleId, e.Start, e.End, 1m, e.Family, e.Track));
            if (e.End is null)
                yield return Replace(history, i, new Employment(e.RoleId, e.Start, e.Start.PlusDays(1), e.FullTimeEquivalent, e.Family, e.Track));
        }
    }

    private static HistoryCase Replace(HistoryCase history, int index, Employment employment)
    {
        var copy = (Employment[])history.Employments.Clone();
        copy[index] = employment;
        return history with { Employments = copy };
    }
}
