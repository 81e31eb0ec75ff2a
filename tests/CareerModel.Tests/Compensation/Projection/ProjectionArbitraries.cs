using CareerModel.Compensation;
using CareerModel.Compensation.Projection;
using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CareerModel.Tests.Compensation.Projection;

/// <summary>
/// Generators for the projection properties. Each case is built deterministically from an array
/// of seeds (non-negative ints), and the arbitrary is that of the seed array mapped with
/// <c>Convert</c>: FsCheck shrinks a failing case by shrinking its seeds (dropping them, or moving
/// them toward 0, which picks each range's simplest value), so counterexamples come out small.
/// </summary>
public static class ProjectionArbitraries
{
    private static readonly Arbitrary<int> SeedValue =
        Arb.From(Gen.Choose(0, 999_999), v => ArbMap.Default.ArbFor<int>().Shrinker(v).Where(s => s >= 0));

    /// <summary>
    /// Arrays of 256 seeds, more than any case reads, so that every parameter is drawn at random;
    /// shrinking may drop seeds, and the parameters they fed take their simplest values.
    /// </summary>
    private static Arbitrary<int[]> Seeds =>
        Arb.From(Gen.ArrayOf(SeedValue.Generator, 256), Arb.Array(SeedValue).Shrinker);

    public static Arbitrary<ProjectionCase> ProjectionCases() => Seeds.Convert(ProjectionCase.From, c => c.Seed);

    public static Arbitrary<BudgetCase> BudgetCases() => Seeds.Convert(BudgetCase.From, c => c.Seed);

    public static Arbitrary<AgeingCase> AgeingCases() => Seeds.Convert(AgeingCase.From, c => c.Seed);
}

/// <summary>Reads seeds in turn, mapping each into a range; a missing seed reads as 0, the range's minimum.</summary>
internal sealed class SeedReader(int[] seed)
{
    private int next;

    public int Next(int minimum, int maximum)
    {
        var value = next < seed.Length ? seed[next] : 0;
        next++;
        return minimum + (int)((uint)value % (uint)(maximum - minimum + 1));
    }

    public decimal Fraction(int minimumBasisPoints, int maximumBasisPoints) => Next(minimumBasisPoints, maximumBasisPoints) / 10_000m;

    public T Pick<T>(params T[] choices) => choices[Next(0, choices.Length - 1)];
}

/// <summary>A projection's inputs: non-negative increases everywhere, any rounding policy.</summary>
public sealed class ProjectionCase
{
    private ProjectionCase(int[] seed) => Seed = seed;

    public int[] Seed { get; }

    public Money StartingPay { get; private init; }

    public LocalDate Start { get; private init; }

    public LocalDate End { get; private init; }

    public IReadOnlyList<CareerStep> Path { get; private init; } = [];

    public PayProjector Projector { get; private init; } = null!;

    public Func<int, LocalDate, string> RatingFor { get; private init; } = null!;

    public static ProjectionCase From(int[] seed)
    {
        var read = new SeedReader(seed);
        var currency = read.Pick(Currency.USD, Currency.JPY);
        var basis = read.Pick(RangePositionBasis.CompaRatio, RangePositionBasis.RangePenetration);
        var ratings = Enumerable.Range(1, read.Next(1, 5)).Select(r => "R" + r).ToArray();
        var boundaries = Boundaries(read, basis);
        var cells = ratings.Select(_ => Enumerable.Range(0, boundaries.Length + 1).Select(_ => read.Fraction(0, 1_500)).ToArray()).ToArray();
        var matrix = MeritMatrix.Create(ratings, basis, boundaries, cells);
        var increase = read.Fraction(0, 3_000);
        var promotion = read.Pick(PromotionPolicy.Percentage(increase), PromotionPolicy.ToBandMinimum, PromotionPolicy.PercentageOrBandMinimum(increase));
        var rounding = read.Pick(
            RoundingPolicy.None,
            RoundingPolicy.ToMinorUnits(),
            RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep),
            RoundingPolicy.UpTo(100, RoundingMoment.EachStep),
            RoundingPolicy.DownTo(1_000, RoundingMoment.EachStep),
            RoundingPolicy.ToNearest(500));
        var projector = new PayProjector(matrix, promotion, rounding, read.Fraction(0, 1_000));

        var start = new LocalDate(2000, 1, 1).PlusDays(read.Next(0, 9_000));
        var end = start.PlusYears(read.Next(0, 8)).PlusDays(read.Next(0, 364));
        var pointBandsAllowed = basis == RangePositionBasis.CompaRatio || boundaries.Length == 0;
        var path = new List<CareerStep>();
        var begins = start;
        for (var i = read.Next(1, 4); i > 0; i--)
        {
            path.Add(new CareerStep("step " + (path.Count + 1), Band(read, currency, pointBandsAllowed), begins));
            begins = begins.PlusDays(read.Next(1, 1_500));
        }
        var stride = read.Next(1, 7);
        var offset = read.Next(0, 10);
        return new ProjectionCase(seed)
        {
            StartingPay = new Money(read.Next(0, 200_000) + (currency.MinorUnits == 0 ? 0m : read.Next(0, 99) / 100m), currency),
            Start = start,
            End = end,
            Path = path,
            Projector = projector,
            RatingFor = (year, _) => ratings[((year * stride) + offset) % ratings.Length],
        };
    }

    public PayTimeline Run() => Projector.Project(StartingPay, Start, End, Path, RatingFor);

    /// <summary>
    /// Runs the projection; <see langword="null"/> when it carries pay exactly (no rounding at each
    /// step) and the exact pay outgrew a decimal's digits, which Money refuses rather than rounds.
    /// A projection rounded at each step is never refused so.
    /// </summary>
    public PayTimeline? RunOrRefuseAsInexact()
    {
        try
        {
            return Run();
        }
        catch (ArithmeticException) when (Projector.Rounding.Moment != RoundingMoment.EachStep)
        {
            return null;
        }
    }

    public override string ToString() =>
        $"{StartingPay} from {Start:uuuu-MM-dd} to {End:uuuu-MM-dd}; {Projector}\n{Projector.MeritMatrix}\npath: {string.Join("; ", Path)}";

    private static decimal[] Boundaries(SeedReader read, RangePositionBasis basis)
    {
        var count = read.Next(0, 3);
        var first = basis == RangePositionBasis.CompaRatio ? read.Fraction(5_000, 12_000) : read.Fraction(-5_000, 10_000);
        var boundaries = new List<decimal>();
        for (var i = 0; i < count; i++)
        {
            boundaries.Add(first);
            first += read.Fraction(100, 5_000);
        }
        return [.. boundaries];
    }

    private static SalaryBand Band(SeedReader read, Currency currency, bool pointAllowed)
    {
        var minimum = read.Next(1_000, 150_000);
        var width = read.Next(pointAllowed ? 0 : 1, 100_000);
        var midpoint = minimum + (width * read.Next(0, 100) / 100m);
        return new SalaryBand(new Money(minimum, currency), new Money(midpoint, currency), new Money(minimum + width, currency));
    }
}

/// <summary>A merit budget's inputs: a population in one currency, a matrix of positive increases and a pool of 0–4% of payroll.</summary>
public sealed class BudgetCase
{
    private BudgetCase(int[] seed) => Seed = seed;

    public int[] Seed { get; }

    public MeritMatrix Matrix { get; private init; } = null!;

    public IReadOnlyList<RatedEmployee> Population { get; private init; } = [];

    public Money Pool { get; private init; }

    public static BudgetCase From(int[] seed)
    {
        var read = new SeedReader(seed);
        var currency = read.Pick(Currency.USD, Currency.JPY, Currency.EUR);
        string[] ratings = ["Below", "Meets", "Exceeds"];
        var matrix = MeritMatrix.Create(
            ratings,
            RangePositionBasis.RangePenetration,
            [0.25m, 0.5m, 0.75m],
            ratings.Select(_ => Enumerable.Range(0, 4).Select(_ => read.Fraction(50, 1_000)).ToArray()));
        var population = new List<RatedEmployee>();
        for (var i = read.Next(1, 40); i > 0; i--)
        {
            var minimum = read.Next(10_000, 150_000);
            var band = SalaryBand.FromRange(new Money(minimum, currency), new Money(minimum + read.Next(1_000, 80_000), currency));
            var pay = band.Minimum + (band.Width * read.Fraction(-2_000, 12_000));
            population.Add(new RatedEmployee(band, Money.Max(pay.RoundToMinorUnits(), Money.Zero(currency)), read.Pick(ratings)));
        }
        var payroll = population.Aggregate(Money.Zero(currency), (sum, p) => sum + p.Pay);
        return new BudgetCase(seed)
        {
            Matrix = matrix,
            Population = population,
            Pool = (payroll * read.Fraction(0, 400)).RoundToMinorUnits(),
        };
    }

    public override string ToString() => $"pool {Pool} for {Population.Count} people: {string.Join("; ", Population)}\n{Matrix}";
}

/// <summary>A market figure, two dates up to 40 years apart either way, a rate from −20% to +30% and a method.</summary>
public sealed class AgeingCase
{
    private AgeingCase(int[] seed) => Seed = seed;

    public int[] Seed { get; }

    public Money Figure { get; private init; }

    public LocalDate Effective { get; private init; }

    public LocalDate Target { get; private init; }

    public decimal Rate { get; private init; }

    public AgeingMethod Method { get; private init; }

    public static AgeingCase From(int[] seed)
    {
        var read = new SeedReader(seed);
        var currency = read.Pick(Currency.USD, Currency.JPY);
        var effective = new LocalDate(1990, 1, 1).PlusDays(read.Next(0, 15_000));
        var method = read.Pick(AgeingMethod.Compound, AgeingMethod.Simple);
        var days = read.Next(-14_600, 14_600);
        var rate = read.Fraction(method == AgeingMethod.Simple ? 0 : -2_000, 3_000);
        return new AgeingCase(seed)
        {
            Figure = new Money(read.Next(0, 10_000_000) / (currency.MinorUnits == 0 ? 1m : 100m), currency),
            Effective = effective,
            Target = effective.PlusDays(days),
            Rate = rate,
            Method = method,
        };
    }

    public override string ToString() => $"{Figure} from {Effective:uuuu-MM-dd} to {Target:uuuu-MM-dd} at {Rate} {Method}";
}
