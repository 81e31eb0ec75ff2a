using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// A merit matrix scaled so that a population's merit increases spend a pool: one factor applies
/// to every cell, keeping the matrix's shape and proportions.
/// </summary>
/// <remarks>
/// <para>
/// The factor is pool ÷ (the total the unscaled matrix would give the population), exact to
/// decimal precision. Each person's increase under the scaled matrix is rounded to the currency's
/// minor units (banker's rounding), as it would be paid; <see cref="Total"/> is their sum, which
/// differs from <see cref="Pool"/> by at most half a minor unit per person.
/// </para>
/// <para>
/// Every pay, every band and the pool must be in one currency: amounts are never converted, and
/// a mix throws <see cref="CurrencyMismatchException"/>.
/// </para>
/// </remarks>
public sealed class MeritBudget
{
    private MeritBudget(MeritMatrix matrix, decimal factor, Money pool, Money payroll, RatedEmployee[] population, Money[] increases)
    {
        Matrix = matrix;
        Factor = factor;
        Pool = pool;
        Payroll = payroll;
        Population = Array.AsReadOnly(population);
        Increases = Array.AsReadOnly(increases);
        Total = increases.Aggregate(Money.Zero(pool.Currency), (sum, increase) => sum + increase);
    }

    /// <summary>Gets the scaled merit matrix: the given matrix with every cell multiplied by <see cref="Factor"/>.</summary>
    public MeritMatrix Matrix { get; }

    /// <summary>Gets the factor applied to every cell (1 leaves the matrix as it was, 0.8 takes a fifth off every increase).</summary>
    public decimal Factor { get; }

    /// <summary>Gets the pool the increases are to spend.</summary>
    public Money Pool { get; }

    /// <summary>Gets the population's total annual pay before the increases.</summary>
    public Money Payroll { get; }

    /// <summary>Gets the population, in the order given.</summary>
    public IReadOnlyList<RatedEmployee> Population { get; }

    /// <summary>Gets each person's increase under the scaled matrix, rounded to minor units, in <see cref="Population"/> order.</summary>
    public IReadOnlyList<Money> Increases { get; }

    /// <summary>Gets the sum of <see cref="Increases"/>: what the scaled matrix spends.</summary>
    public Money Total { get; }

    /// <summary>Scales a merit matrix so that the population's increases spend a pool of money.</summary>
    /// <param name="matrix">The merit matrix to scale.</param>
    /// <param name="population">The people, each with band, pay and a rating of the matrix; at least one.</param>
    /// <param name="pool">The money to spend on increases; not negative, in the population's currency.</param>
    /// <returns>The budget: scaled matrix, factor, total and each person's increase.</returns>
    /// <exception cref="ArgumentNullException">An argument or a person is null.</exception>
    /// <exception cref="ArgumentException">
    /// The population is empty; a person's rating is not one of the matrix's, or their band cannot
    /// place their pay on the matrix's basis; or the pool is positive but the unscaled matrix gives
    /// the population no positive total, so no factor can spend it.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The pool is negative, or spending it would take an increase above <see cref="MeritMatrix.MaxIncrease"/>.
    /// </exception>
    /// <exception cref="CurrencyMismatchException">A person's pay is in another currency than the pool.</exception>
    public static MeritBudget Fit(MeritMatrix matrix, IEnumerable<RatedEmployee> population, Money pool)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var people = CheckPopulation(population);
        for (var i = 0; i < people.Length; i++)
        {
            if (!people[i].Pay.Currency.Equals(pool.Currency))
                throw new CurrencyMismatchException($"budget, for population[{i}]'s pay and the pool,", people[i].Pay.Currency, pool.Currency);
        }
        if (pool.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(pool), pool, $"The merit pool {pool} must not be negative.");
        return Build(matrix, people, pool, nameof(pool));
    }

    /// <summary>Scales a merit matrix so that the population's increases spend a fraction of their payroll.</summary>
    /// <param name="matrix">The merit matrix to scale.</param>
    /// <param name="population">The people, each with band, pay and a rating of the matrix; at least one, all in one currency.</param>
    /// <param name="fractionOfPayroll">The pool as a fraction of the population's total pay (0.03 for 3%), from 0 to <see cref="MeritMatrix.MaxIncrease"/>.</param>
    /// <returns>The budget, whose <see cref="Pool"/> is payroll × <paramref name="fractionOfPayroll"/>, unrounded.</returns>
    /// <exception cref="ArgumentNullException">An argument or a person is null.</exception>
    /// <exception cref="ArgumentException">
    /// The population is empty; a person's rating is not one of the matrix's, or their band cannot
    /// place their pay on the matrix's basis; or the fraction is positive but the unscaled matrix
    /// gives the population no positive total.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The fraction is outside 0 to <see cref="MeritMatrix.MaxIncrease"/>, or spending it would
    /// take an increase above <see cref="MeritMatrix.MaxIncrease"/>.
    /// </exception>
    /// <exception cref="CurrencyMismatchException">The people's pay is in more than one currency.</exception>
    public static MeritBudget FitToPayroll(MeritMatrix matrix, IEnumerable<RatedEmployee> population, decimal fractionOfPayroll)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var people = CheckPopulation(population);
        var currency = people[0].Pay.Currency;
        for (var i = 1; i < people.Length; i++)
        {
            if (!people[i].Pay.Currency.Equals(currency))
                throw new CurrencyMismatchException($"budget, for population[{i}]'s pay and population[0]'s pay,", people[i].Pay.Currency, currency);
        }
        if (fractionOfPayroll < 0 || fractionOfPayroll > MeritMatrix.MaxIncrease)
            throw InvariantArgument.OutOfRange(nameof(fractionOfPayroll), fractionOfPayroll, $"fractionOfPayroll {Check.Format(fractionOfPayroll)} must be from 0 to {Check.Format(MeritMatrix.MaxIncrease)} ({ProjectionText.Percent(MeritMatrix.MaxIncrease)} of payroll).");
        return Build(matrix, people, PayrollOf(people, currency) * fractionOfPayroll, nameof(fractionOfPayroll));
    }

    /// <summary>
    /// Describes the budget, such as
    /// <c>factor 0.8 spends USD 2,999.99 of a USD 3,000.00 pool on 3 people (payroll USD 100,000.00)</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"factor {Check.Format(Factor)} spends {Total} of a {Pool} pool on {Population.Count} {(Population.Count == 1 ? "person" : "people")} (payroll {Payroll})";

    private static RatedEmployee[] CheckPopulation(IEnumerable<RatedEmployee> population)
    {
        ArgumentNullException.ThrowIfNull(population);
        var people = population.ToArray();
        if (people.Length == 0)
            throw new ArgumentException("population must hold at least one person to share a merit pool.", nameof(population));
        for (var i = 0; i < people.Length; i++)
        {
            if (people[i] is null)
                throw new ArgumentNullException(nameof(population), $"population[{i}] must not be null.");
        }
        return people;
    }

    private static Money PayrollOf(RatedEmployee[] people, Currency currency) =>
        people.Aggregate(Money.Zero(currency), (sum, person) => sum + person.Pay);

    private static MeritBudget Build(MeritMatrix matrix, RatedEmployee[] population, Money pool, string poolParamName)
    {
        var currency = pool.Currency;
        var unscaled = Money.Zero(currency);
        var cells = new (int Row, int Column)[population.Length];
        for (var i = 0; i < population.Length; i++)
        {
            var person = population[i];
            var row = matrix.IndexOfRating(person.Rating);
            if (row < 0)
                throw new ArgumentException($"population[{i}]'s rating '{person.Rating}' is not a rating of the merit matrix; its ratings are {matrix.RatingList}.", nameof(population));
            var column = 0;
            if (matrix.NeedsPosition)
            {
                var problem = matrix.CannotMeasure(person.Band);
                if (problem is not null)
                    throw new ArgumentException($"population[{i}]'s band {person.Band} {problem}", nameof(population));
                column = matrix.ColumnOf(matrix.Measure(person.Band, person.Pay));
            }
            cells[i] = (row, column);
            unscaled += person.Pay * matrix.Cell(row, column);
        }

        decimal factor;
        if (pool.IsZero)
        {
            factor = 0m;
        }
        else if (unscaled.Amount <= 0)
        {
            throw new ArgumentException($"The merit matrix gives the population a total increase of {unscaled}, so no factor can make it spend the pool of {pool}; the unscaled total must be greater than zero.", nameof(population));
        }
        else
        {
            factor = pool.Amount / unscaled.Amount;
            var problem = matrix.ScaleProblem(factor);
            if (problem is not null)
                throw InvariantArgument.OutOfRange(poolParamName, pool, $"Spending the pool of {pool} needs the factor {Check.Format(factor)}, which {problem}");
        }

        var scaled = matrix.Scale(factor);
        var increases = new Money[population.Length];
        for (var i = 0; i < population.Length; i++)
            // The scaled cells carry a quotient's digits, so the product is rounded once, explicitly, to the cent.
            increases[i] = population[i].Pay.MultiplyAndRound(scaled.Cell(cells[i].Row, cells[i].Column));
        return new MeritBudget(scaled, factor, pool, PayrollOf(population, currency), population, increases);
    }
}
