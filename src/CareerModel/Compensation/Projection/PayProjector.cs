using CareerModel.Internal;
using CareerModel.Monetary;
using NodaTime;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// Projects annual pay year by year along a career path under one set of pay rules: a merit
/// matrix, a promotion policy, an optional cost-of-living adjustment and a rounding policy.
/// </summary>
/// <remarks>
/// <para>
/// A projection runs from a start date to an end date, both included, and needs no clock: every
/// date is an input. At each anniversary of the start (the start plus whole years; a 29 February
/// start falls on 28 February in common years) the pay gets a merit increase from the matrix, for
/// the rating the caller gives that year and the pay's position in the band held, and then, when
/// <see cref="CostOfLiving"/> is not zero, the cost-of-living adjustment. When a later step of the
/// path begins, the pay gets a promotion increase under <see cref="Promotion"/>. Changes on the
/// same date apply in the order merit (in the band held over the year just ended), promotion,
/// cost of living, each on the pay the one before left. Steps that begin after the end date are
/// not reached.
/// </para>
/// <para>
/// With <see cref="RoundingMoment.EachStep"/> the pay is rounded after every change, and the next
/// change works on the rounded figure; with <see cref="RoundingMoment.AtEnd"/> the pay is carried
/// exactly and only the figures reported in the timeline are rounded.
/// </para>
/// <para>Two projectors are equal when their rules are equal.</para>
/// </remarks>
public sealed class PayProjector
{
    /// <summary>The largest annual cost-of-living adjustment accepted: 1, that is 100%.</summary>
    public const decimal MaxCostOfLiving = 1m;

    /// <summary>Creates a projector.</summary>
    /// <param name="meritMatrix">The merit matrix that sets the increase at each anniversary.</param>
    /// <param name="promotion">How pay rises when a new step of the path begins.</param>
    /// <param name="rounding">How and when pay is rounded; pass <see cref="RoundingPolicy.None"/> to keep it exact.</param>
    /// <param name="costOfLiving">
    /// The annual cost-of-living (inflation) adjustment as a fraction (0.02 for 2%), applied at each
    /// anniversary after the merit increase; from 0 to <see cref="MaxCostOfLiving"/>. The default is 0 (none).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="meritMatrix"/>, <paramref name="promotion"/> or <paramref name="rounding"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="costOfLiving"/> is negative or above <see cref="MaxCostOfLiving"/>.</exception>
    public PayProjector(MeritMatrix meritMatrix, PromotionPolicy promotion, RoundingPolicy rounding, decimal costOfLiving = 0m)
    {
        ArgumentNullException.ThrowIfNull(meritMatrix);
        ArgumentNullException.ThrowIfNull(promotion);
        ArgumentNullException.ThrowIfNull(rounding);
        if (costOfLiving < 0 || costOfLiving > MaxCostOfLiving)
            throw InvariantArgument.OutOfRange(nameof(costOfLiving), costOfLiving, $"costOfLiving {Check.Format(costOfLiving)} must be from 0 to {Check.Format(MaxCostOfLiving)} ({ProjectionText.Percent(MaxCostOfLiving)}); a negative cost-of-living adjustment is not allowed.");
        MeritMatrix = meritMatrix;
        Promotion = promotion;
        Rounding = rounding;
        CostOfLiving = costOfLiving;
    }

    /// <summary>Gets the merit matrix that sets the increase at each anniversary.</summary>
    public MeritMatrix MeritMatrix { get; }

    /// <summary>Gets how pay rises when a new step of the path begins.</summary>
    public PromotionPolicy Promotion { get; }

    /// <summary>Gets how and when pay is rounded.</summary>
    public RoundingPolicy Rounding { get; }

    /// <summary>Gets the annual cost-of-living adjustment as a fraction; 0 for none.</summary>
    public decimal CostOfLiving { get; }

    /// <summary>Projects pay with the same rating every year.</summary>
    /// <param name="startingPay">The annual pay on the start date; not negative.</param>
    /// <param name="start">The first date of the projection.</param>
    /// <param name="end">The last date of the projection (included); not before <paramref name="start"/>.</param>
    /// <param name="path">
    /// The steps of the career path in date order, each beginning after the one before; the first
    /// begins on <paramref name="start"/> and gives the band held then. Every band is in the
    /// currency of <paramref name="startingPay"/>.
    /// </param>
    /// <param name="rating">The rating for every year: one of the merit matrix's ratings.</param>
    /// <returns>The timeline of pay changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, a step or <paramref name="rating"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rating"/> is not one of the merit matrix's ratings; <paramref name="end"/> is
    /// before <paramref name="start"/>; or the path is empty, out of date order, does not begin on
    /// the start date, mixes calendars, or holds a band in which the merit matrix cannot place pay.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startingPay"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">A step's band is in another currency than <paramref name="startingPay"/>.</exception>
    /// <exception cref="ArithmeticException">Pay carried exactly (not rounded at each step) outgrew a decimal's 28 significant digits; Money refuses to round it silently. Round at each step for long projections.</exception>
    public PayTimeline Project(Money startingPay, LocalDate start, LocalDate end, IEnumerable<CareerStep> path, string rating)
    {
        MeritMatrix.RowOf(rating, nameof(rating));
        return Project(startingPay, start, end, path, (_, _) => rating);
    }

    /// <summary>Projects pay with a rating chosen by the caller for each year.</summary>
    /// <param name="startingPay">The annual pay on the start date; not negative.</param>
    /// <param name="start">The first date of the projection.</param>
    /// <param name="end">The last date of the projection (included); not before <paramref name="start"/>.</param>
    /// <param name="path">
    /// The steps of the career path in date order, each beginning after the one before; the first
    /// begins on <paramref name="start"/> and gives the band held then. Every band is in the
    /// currency of <paramref name="startingPay"/>.
    /// </param>
    /// <param name="ratingFor">
    /// Gives the rating for a year from the year's number (1 for the first anniversary) and the
    /// anniversary's date; it must return one of the merit matrix's ratings.
    /// </param>
    /// <returns>The timeline of pay changes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/>, a step or <paramref name="ratingFor"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="end"/> is before <paramref name="start"/>; the path is empty, out of date
    /// order, does not begin on the start date, mixes calendars, or holds a band in which the merit
    /// matrix cannot place pay; or <paramref name="ratingFor"/> returns null or a label that is not
    /// one of the merit matrix's ratings.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startingPay"/> is negative.</exception>
    /// <exception cref="CurrencyMismatchException">A step's band is in another currency than <paramref name="startingPay"/>.</exception>
    /// <exception cref="ArithmeticException">Pay carried exactly (not rounded at each step) outgrew a decimal's 28 significant digits; Money refuses to round it silently. Round at each step for long projections.</exception>
    public PayTimeline Project(Money startingPay, LocalDate start, LocalDate end, IEnumerable<CareerStep> path, Func<int, LocalDate, string> ratingFor)
    {
        ArgumentNullException.ThrowIfNull(ratingFor);
        if (startingPay.IsNegative)
            throw InvariantArgument.OutOfRange(nameof(startingPay), startingPay, $"Starting pay {startingPay} must not be negative.");
        if (end.Calendar != start.Calendar)
            throw new ArgumentException($"Projection end {ProjectionText.Date(end)} is in the {end.Calendar.Id} calendar but the start is in {start.Calendar.Id}; all dates of a projection must share one calendar.", nameof(end));
        if (end < start)
            throw new ArgumentException($"Projection end {ProjectionText.Date(end)} is before its start {ProjectionText.Date(start)}; a projection that starts after it ends cannot be made.", nameof(end));
        var steps = CheckPath(path, startingPay, start);

        var events = new List<(LocalDate Date, ProjectionEntryKind Kind, int Index)>();
        for (var year = 1; year <= end.Year - start.Year; year++)
        {
            var anniversary = start.PlusYears(year);
            if (anniversary > end)
                break;
            events.Add((anniversary, ProjectionEntryKind.Merit, year));
            if (CostOfLiving != 0)
                events.Add((anniversary, ProjectionEntryKind.CostOfLiving, year));
        }
        for (var i = 1; i < steps.Length && steps[i].Begins <= end; i++)
            events.Add((steps[i].Begins, ProjectionEntryKind.Promotion, i));
        events.Sort((a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Kind.CompareTo(b.Kind));

        var held = 0;
        var pay = Rounding.AfterStep(startingPay);
        var entries = new List<ProjectionEntry>(events.Count + 1)
        {
            new(start, Rounding.Round(pay), ProjectionEntryKind.Start, $"start as {steps[0].Label}", steps[0].Label),
        };
        foreach (var (date, kind, index) in events)
        {
            string detail;
            switch (kind)
            {
                case ProjectionEntryKind.Merit:
                    (pay, detail) = Merit(pay, steps, held, index, date, ratingFor);
                    break;
                case ProjectionEntryKind.Promotion:
                    held = index;
                    pay = Rounding.AfterStep(Promotion.Apply(pay, steps[held].Band, out var how));
                    detail = $"promotion to {steps[held].Label}: {how}";
                    break;
                default:
                    pay = Rounding.AfterStep(pay * (1m + CostOfLiving));
                    detail = $"cost of living {ProjectionText.Percent(CostOfLiving)}";
                    break;
            }
            entries.Add(new ProjectionEntry(date, Rounding.Round(pay), kind, detail, steps[held].Label));
        }
        return new PayTimeline(start, end, [.. entries]);
    }

    /// <summary>
    /// Describes the rules, such as <c>merit by compa-ratio (3 ratings × 3 columns); promotion 10%;
    /// cost of living 2%; rounding to minor units (ToEven), at each step</c>.
    /// </summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"merit by {MeritMatrix.BasisName(MeritMatrix.Basis)} ({Count(MeritMatrix.Ratings.Count, "rating")} × {Count(MeritMatrix.ColumnCount, "column")}); "
        + $"promotion {Promotion}; cost of living {ProjectionText.Percent(CostOfLiving)}; rounding {Rounding}";

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private static CareerStep[] CheckPath(IEnumerable<CareerStep> path, Money startingPay, LocalDate start)
    {
        ArgumentNullException.ThrowIfNull(path);
        var steps = path.ToArray();
        if (steps.Length == 0)
            throw new ArgumentException("path must hold at least one step: the band held on the start date.", nameof(path));
        for (var i = 0; i < steps.Length; i++)
        {
            var step = steps[i] ?? throw new ArgumentNullException(nameof(path), $"path[{i}] must not be null.");
            if (!step.Band.Currency.Equals(startingPay.Currency))
                throw new CurrencyMismatchException($"project, for the starting pay and the band of path[{i}] ({step.Label}),", startingPay.Currency, step.Band.Currency);
            if (step.Begins.Calendar != start.Calendar)
                throw new ArgumentException($"path[{i}] begins {ProjectionText.Date(step.Begins)} in the {step.Begins.Calendar.Id} calendar but the start is in {start.Calendar.Id}; all dates of a projection must share one calendar.", nameof(path));
            if (i == 0 && step.Begins != start)
            {
                var relation = step.Begins < start ? "before" : "after";
                throw new ArgumentException($"path[0] ({step.Label}) begins {ProjectionText.Date(step.Begins)}, {relation} the projection starts on {ProjectionText.Date(start)}; the first step must begin on the start date, as it gives the band held then.", nameof(path));
            }
            if (i > 0 && step.Begins <= steps[i - 1].Begins)
                throw new ArgumentException($"path[{i}] ({step.Label}) begins {ProjectionText.Date(step.Begins)}, not after path[{i - 1}] ({steps[i - 1].Label}) on {ProjectionText.Date(steps[i - 1].Begins)}; steps must be in date order, each beginning after the one before.", nameof(path));
        }
        return steps;
    }

    private (Money Pay, string Detail) Merit(Money pay, CareerStep[] path, int held, int year, LocalDate date, Func<int, LocalDate, string> ratingFor)
    {
        var rating = ratingFor(year, date)
            ?? throw new ArgumentException($"ratingFor returned null for year {year} ({ProjectionText.Date(date)}); it must return one of the merit matrix's ratings: {MeritMatrix.RatingList}.", nameof(ratingFor));
        var row = MeritMatrix.IndexOfRating(rating);
        if (row < 0)
            throw new ArgumentException($"ratingFor returned '{rating}' for year {year} ({ProjectionText.Date(date)}), which is not a rating of the merit matrix; its ratings are {MeritMatrix.RatingList}.", nameof(ratingFor));
        var band = path[held].Band;
        var problem = MeritMatrix.CannotMeasure(band);
        if (problem is not null && MeritMatrix.NeedsPosition)
            throw new ArgumentException($"The band of path[{held}] ({path[held].Label}), {band}, {problem}", nameof(path));
        decimal? position = problem is null ? MeritMatrix.Measure(band, pay) : null;
        var increase = MeritMatrix.Cell(row, position is { } p ? MeritMatrix.ColumnOf(p) : 0);
        var where = position is { } q ? $", {MeritMatrix.BasisName(MeritMatrix.Basis)} {ProjectionText.Short(q)}" : string.Empty;
        return (Rounding.AfterStep(pay * (1m + increase)), $"merit {ProjectionText.Percent(increase)} (rating {rating}{where})");
    }
}
