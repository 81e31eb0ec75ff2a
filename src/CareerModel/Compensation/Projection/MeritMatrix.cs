using System.Text;
using CareerModel.Internal;
using CareerModel.Monetary;

namespace CareerModel.Compensation.Projection;

/// <summary>
/// A merit matrix: the merit increase, as a fraction of pay (0.03 for 3%), for each performance
/// rating (the rows) and position in range (the columns).
/// </summary>
/// <remarks>
/// <para>
/// Ratings are labels ordered from lowest to highest, such as <c>1</c>…<c>5</c> or
/// <c>Below</c>, <c>Meets</c>, <c>Exceeds</c>; they are compared ordinally (case-sensitive).
/// </para>
/// <para>
/// Columns are cut by ascending boundaries on the chosen <see cref="RangePositionBasis"/>:
/// <c>n</c> boundaries make <c>n + 1</c> columns. Column 0 holds positions below the first
/// boundary, column <c>j</c> positions from boundary <c>j − 1</c> up to (not including) boundary
/// <c>j</c>, and the last column positions at or above the last boundary; a position equal to a
/// boundary falls in the column above it. With range penetration, boundaries 0.25, 0.5 and 0.75
/// make quartiles; with compa-ratio, 0.9 and 1.1 make "below", "around" and "above" the midpoint.
/// A matrix with no boundaries has one column and ignores position.
/// </para>
/// <para>
/// Conventionally a higher rating and a lower position in range earn a larger increase. That is
/// not required; <see cref="ConventionBreaks"/> lists where a matrix departs from it. Two
/// matrices are equal when their ratings, basis, boundaries and increases are equal.
/// </para>
/// </remarks>
public sealed class MeritMatrix : IEquatable<MeritMatrix>
{
    /// <summary>The largest merit increase a cell may hold: 1, that is 100% (doubling pay).</summary>
    public const decimal MaxIncrease = 1m;

    private readonly string[] ratings;
    private readonly decimal[] boundaries;
    private readonly decimal[][] cells;

    private MeritMatrix(string[] ratings, RangePositionBasis basis, decimal[] boundaries, decimal[][] cells)
    {
        this.ratings = ratings;
        Basis = basis;
        this.boundaries = boundaries;
        this.cells = cells;
        Ratings = Array.AsReadOnly(ratings);
        Boundaries = Array.AsReadOnly(boundaries);
        Increases = Array.AsReadOnly(cells.Select(row => (IReadOnlyList<decimal>)Array.AsReadOnly(row)).ToArray());
    }

    /// <summary>Gets the rating labels, from lowest to highest: one row each.</summary>
    public IReadOnlyList<string> Ratings { get; }

    /// <summary>Gets how position in range is measured to choose the column.</summary>
    public RangePositionBasis Basis { get; }

    /// <summary>Gets the column boundaries on <see cref="Basis"/>, strictly ascending; one fewer than the columns.</summary>
    public IReadOnlyList<decimal> Boundaries { get; }

    /// <summary>Gets the number of columns: one more than the boundaries.</summary>
    public int ColumnCount => boundaries.Length + 1;

    /// <summary>Gets the increases as fractions, one row per rating (in <see cref="Ratings"/> order) and one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<decimal>> Increases { get; }

    /// <summary>Creates a merit matrix.</summary>
    /// <param name="ratings">The rating labels from lowest to highest; at least one, each non-blank (trimmed) and unique.</param>
    /// <param name="basis">How position in range is measured for the columns.</param>
    /// <param name="boundaries">
    /// The column boundaries, strictly ascending; empty for a single column. For
    /// <see cref="RangePositionBasis.CompaRatio"/> each must be greater than zero.
    /// </param>
    /// <param name="increases">
    /// One row per rating, in the order of <paramref name="ratings"/>, each with one increase per
    /// column (<paramref name="boundaries"/> + 1 cells), as fractions from 0 to
    /// <see cref="MaxIncrease"/>.
    /// </param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// There are no ratings, a rating is blank or repeated, the boundaries are not strictly
    /// ascending, or the rows and cells do not match the ratings and columns.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The basis is not defined, a compa-ratio boundary is not greater than zero, or an increase
    /// is negative (<see cref="CreateWithPayCuts"/> accepts those) or above <see cref="MaxIncrease"/>.
    /// </exception>
    public static MeritMatrix Create(
        IEnumerable<string> ratings,
        RangePositionBasis basis,
        IEnumerable<decimal> boundaries,
        IEnumerable<IEnumerable<decimal>> increases) =>
        Build(ratings, basis, boundaries, increases, allowPayCuts: false);

    /// <summary>
    /// Creates a merit matrix whose cells may be negative: pay cuts, each greater than −1 (a cut of
    /// less than 100%). Otherwise as <see cref="Create"/>.
    /// </summary>
    /// <param name="ratings">The rating labels from lowest to highest; at least one, each non-blank (trimmed) and unique.</param>
    /// <param name="basis">How position in range is measured for the columns.</param>
    /// <param name="boundaries">The column boundaries, strictly ascending; empty for a single column.</param>
    /// <param name="increases">One row per rating, each with one increase per column, as fractions above −1 and at most <see cref="MaxIncrease"/>.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Create"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The basis is not defined, a compa-ratio boundary is not greater than zero, or an increase
    /// is at most −1 or above <see cref="MaxIncrease"/>.
    /// </exception>
    public static MeritMatrix CreateWithPayCuts(
        IEnumerable<string> ratings,
        RangePositionBasis basis,
        IEnumerable<decimal> boundaries,
        IEnumerable<IEnumerable<decimal>> increases) =>
        Build(ratings, basis, boundaries, increases, allowPayCuts: true);

    private static MeritMatrix Build(
        IEnumerable<string> ratings,
        RangePositionBasis basis,
        IEnumerable<decimal> boundaries,
        IEnumerable<IEnumerable<decimal>> increases,
        bool allowPayCuts)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        ArgumentNullException.ThrowIfNull(boundaries);
        ArgumentNullException.ThrowIfNull(increases);
        var labels = CheckRatings(ratings);
        Check.Defined(basis, nameof(basis));
        var cuts = CheckBoundaries(boundaries.ToArray(), basis);
        var rows = increases.ToArray();
        if (rows.Length != labels.Length)
            throw new ArgumentException($"increases has {rows.Length} rows but there are {labels.Length} ratings; a merit matrix needs one row per rating.", nameof(increases));
        var cells = new decimal[rows.Length][];
        for (var r = 0; r < rows.Length; r++)
        {
            if (rows[r] is null)
                throw new ArgumentNullException(nameof(increases), $"increases[{r}] must not be null.");
            cells[r] = rows[r].ToArray();
            if (cells[r].Length != cuts.Length + 1)
                throw new ArgumentException($"increases[{r}] has {cells[r].Length} cells but {cuts.Length} boundaries make {cuts.Length + 1} columns; every row needs one cell per column.", nameof(increases));
            for (var c = 0; c < cells[r].Length; c++)
                CheckIncrease(cells[r][c], $"increases[{r}][{c}]", allowPayCuts, nameof(increases));
        }
        return new MeritMatrix(labels, basis, cuts, cells);
    }

    /// <summary>Gets the increase in one cell.</summary>
    /// <param name="rating">One of <see cref="Ratings"/>.</param>
    /// <param name="column">The column, from 0 to <see cref="ColumnCount"/> − 1.</param>
    /// <returns>The increase as a fraction.</returns>
    /// <exception cref="ArgumentException"><paramref name="rating"/> is not one of the ratings.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="column"/> is outside the columns.</exception>
    public decimal IncreaseAt(string rating, int column)
    {
        var row = RowOf(rating, nameof(rating));
        if (column < 0 || column >= ColumnCount)
            throw InvariantArgument.OutOfRange(nameof(column), column, $"column {column} must be from 0 to {ColumnCount - 1}, as the merit matrix has {ColumnCount} columns.");
        return cells[row][column];
    }

    /// <summary>Gets the column a position in range falls in; a position equal to a boundary falls in the column above it.</summary>
    /// <param name="position">The position on <see cref="Basis"/>, such as a range penetration of 0.42.</param>
    /// <returns>The column, from 0 to <see cref="ColumnCount"/> − 1.</returns>
    public int ColumnOf(decimal position)
    {
        var column = 0;
        while (column < boundaries.Length && position >= boundaries[column])
            column++;
        return column;
    }

    /// <summary>Measures where a pay sits in a band on this matrix's <see cref="Basis"/>.</summary>
    /// <param name="band">The band of the role held.</param>
    /// <param name="pay">The annual pay, in the band's currency.</param>
    /// <returns>The range penetration or compa-ratio of <paramref name="pay"/> in <paramref name="band"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> and <paramref name="band"/> are in different currencies.</exception>
    /// <exception cref="ArgumentException">
    /// The position is undefined in that band: range penetration in a point band (zero width), or
    /// compa-ratio in a band whose midpoint is zero.
    /// </exception>
    public decimal PositionOf(SalaryBand band, Money pay)
    {
        ArgumentNullException.ThrowIfNull(band);
        RequireSameCurrency(band, pay);
        var problem = CannotMeasure(band);
        if (problem is not null)
            throw new ArgumentException($"band {band} {problem}", nameof(band));
        return Measure(band, pay);
    }

    /// <summary>Looks up the merit increase for a rating and a pay in a band.</summary>
    /// <param name="rating">One of <see cref="Ratings"/>.</param>
    /// <param name="band">The band of the role held.</param>
    /// <param name="pay">The annual pay, in the band's currency.</param>
    /// <returns>The increase as a fraction (0.03 for 3%).</returns>
    /// <remarks>A matrix with one column ignores position, so any band will do, point bands included.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="band"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="rating"/> is not one of the ratings, or the matrix has several columns and
    /// the position is undefined in <paramref name="band"/> (see <see cref="PositionOf"/>).
    /// </exception>
    /// <exception cref="CurrencyMismatchException"><paramref name="pay"/> and <paramref name="band"/> are in different currencies.</exception>
    public decimal IncreaseFor(string rating, SalaryBand band, Money pay)
    {
        var row = RowOf(rating, nameof(rating));
        ArgumentNullException.ThrowIfNull(band);
        RequireSameCurrency(band, pay);
        return cells[row][boundaries.Length == 0 ? 0 : ColumnOf(PositionOf(band, pay))];
    }

    /// <summary>Multiplies every increase by one factor, as a merit budget does.</summary>
    /// <param name="factor">The factor; not negative.</param>
    /// <returns>The scaled matrix, with the same ratings, basis and boundaries.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The factor is negative, or it takes an increase above <see cref="MaxIncrease"/> (or a
    /// negative one to −1 or below).
    /// </exception>
    public MeritMatrix Scale(decimal factor)
    {
        if (factor < 0)
            throw InvariantArgument.OutOfRange(nameof(factor), factor, $"factor {Check.Format(factor)} must not be negative; scaling a merit matrix keeps the sign of every increase.");
        var problem = ScaleProblem(factor);
        if (problem is not null)
            throw InvariantArgument.OutOfRange(nameof(factor), factor, $"factor {Check.Format(factor)} {problem}");
        return new MeritMatrix(ratings, Basis, boundaries, cells.Select(row => row.Select(cell => cell * factor).ToArray()).ToArray());
    }

    /// <summary>
    /// Lists where the matrix breaks the usual convention that a higher rating never earns less
    /// (down a column) and a higher position in range never earns more (along a row). Only
    /// neighbouring cells are compared, which is enough: no breaks means every row falls and
    /// every column rises.
    /// </summary>
    /// <returns>One sentence per break, rows first; empty when the matrix follows the convention.</returns>
    public IReadOnlyList<string> ConventionBreaks()
    {
        var breaks = new List<string>();
        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 1; c < ColumnCount; c++)
            {
                if (cells[r][c] > cells[r][c - 1])
                    breaks.Add($"Rating '{ratings[r]}' earns {ProjectionText.Percent(cells[r][c])} in column {c} ({ColumnHeader(c)}) but only {ProjectionText.Percent(cells[r][c - 1])} in column {c - 1} ({ColumnHeader(c - 1)}): a higher position in range should not earn a larger increase.");
            }
        }
        for (var c = 0; c < ColumnCount; c++)
        {
            for (var r = 1; r < cells.Length; r++)
            {
                if (cells[r][c] < cells[r - 1][c])
                    breaks.Add($"In column {c} ({ColumnHeader(c)}) rating '{ratings[r]}' earns {ProjectionText.Percent(cells[r][c])}, less than the {ProjectionText.Percent(cells[r - 1][c])} of the lower rating '{ratings[r - 1]}': a higher rating should not earn a smaller increase.");
            }
        }
        return breaks.AsReadOnly();
    }

    /// <inheritdoc/>
    public bool Equals(MeritMatrix? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Basis == other.Basis
            && ratings.AsSpan().SequenceEqual(other.ratings)
            && boundaries.AsSpan().SequenceEqual(other.boundaries)
            && cells.Length == other.cells.Length
            && cells.Zip(other.cells).All(pair => pair.First.AsSpan().SequenceEqual(pair.Second)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as MeritMatrix);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Basis);
        foreach (var rating in ratings)
            hash.Add(rating, StringComparer.Ordinal);
        foreach (var boundary in boundaries)
            hash.Add(boundary);
        foreach (var row in cells)
        {
            foreach (var cell in row)
                hash.Add(cell);
        }
        return hash.ToHashCode();
    }

    /// <summary>Compares two values for equality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when both are null or they are equal.</returns>
    public static bool operator ==(MeritMatrix? left, MeritMatrix? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two values for inequality.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MeritMatrix? left, MeritMatrix? right) => !(left == right);

    /// <summary>
    /// Lays the matrix out as a table, one line per rating from lowest to highest under a line
    /// naming the basis and a header of columns, such as:
    /// <code>
    /// Merit matrix by compa-ratio
    /// rating  | &lt; 0.9 | 0.9 to &lt; 1.1 | ≥ 1.1
    /// Meets   | 4%    | 3%           | 2%
    /// Exceeds | 6%    | 5%           | 3.5%
    /// </code>
    /// </summary>
    /// <returns>The table, lines separated by <c>\n</c>.</returns>
    public override string ToString()
    {
        List<string[]> table = [["rating", .. Enumerable.Range(0, ColumnCount).Select(ColumnHeader)]];
        for (var r = 0; r < cells.Length; r++)
            table.Add([ratings[r], .. cells[r].Select(ProjectionText.Percent)]);
        var widths = Enumerable.Range(0, ColumnCount + 1).Select(c => table.Max(row => row[c].Length)).ToArray();
        var text = new StringBuilder("Merit matrix by ").Append(BasisName(Basis));
        foreach (var row in table)
            text.Append('\n').AppendJoin(" | ", row.Select((cell, c) => c == ColumnCount ? cell : cell.PadRight(widths[c])));
        return text.ToString();
    }

    /// <summary>Names a basis as prose: "range penetration" or "compa-ratio".</summary>
    internal static string BasisName(RangePositionBasis basis) =>
        basis == RangePositionBasis.CompaRatio ? "compa-ratio" : "range penetration";

    /// <summary>Gets the ratings as a list for messages: "Below, Meets, Exceeds".</summary>
    internal string RatingList => string.Join(", ", ratings);

    /// <summary>Gets the row of a rating, or −1 when it is not one of the ratings.</summary>
    internal int IndexOfRating(string rating) => Array.IndexOf(ratings, rating);

    /// <summary>Gets the row of a rating, or throws naming the known ratings.</summary>
    internal int RowOf(string? rating, string paramName)
    {
        ArgumentNullException.ThrowIfNull(rating, paramName);
        var row = IndexOfRating(rating);
        return row >= 0
            ? row
            : throw new ArgumentException($"{paramName} '{rating}' is not a rating of this merit matrix; its ratings are {RatingList}.", paramName);
    }

    /// <summary>
    /// Says how a non-negative factor would take a cell out of range (as the end of a sentence
    /// that begins with the factor), or returns null when every scaled cell stays in range.
    /// </summary>
    internal string? ScaleProblem(decimal factor)
    {
        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                var value = cells[r][c] * factor;
                if (value > MaxIncrease || value <= -1m)
                    return $"takes the increase for rating '{ratings[r]}' in column {c} from {ProjectionText.Percent(cells[r][c])} to {ProjectionText.Percent(value)}, outside the allowed range above -100% and up to {ProjectionText.Percent(MaxIncrease)}.";
            }
        }
        return null;
    }

    /// <summary>Gets the increase in a cell known to exist.</summary>
    internal decimal Cell(int row, int column) => cells[row][column];

    /// <summary>Tells whether the matrix needs a position to choose the column (it has several columns).</summary>
    internal bool NeedsPosition => boundaries.Length > 0;

    /// <summary>
    /// Says why a position on this matrix's basis is undefined in a band (as the end of a
    /// sentence that begins with the band), or returns null when it is defined.
    /// </summary>
    internal string? CannotMeasure(SalaryBand band) => Basis switch
    {
        RangePositionBasis.RangePenetration when band.IsPoint =>
            "has zero width (minimum = maximum), so range penetration is undefined in it; use RangePositionBasis.CompaRatio for point bands such as published medians.",
        RangePositionBasis.CompaRatio when band.Midpoint.IsZero =>
            "has a zero midpoint, so compa-ratio is undefined in it.",
        _ => null,
    };

    /// <summary>Measures a position already known to be defined, with currencies already checked.</summary>
    internal decimal Measure(SalaryBand band, Money pay) =>
        Basis == RangePositionBasis.CompaRatio ? band.CompaRatio(pay) : band.RangePenetration(pay);

    private static void RequireSameCurrency(SalaryBand band, Money pay)
    {
        if (!pay.Currency.Equals(band.Currency))
            throw new CurrencyMismatchException("place, for the pay and its band,", pay.Currency, band.Currency);
    }

    private static string[] CheckRatings(IEnumerable<string> ratings)
    {
        var labels = ratings.ToArray();
        if (labels.Length == 0)
            throw new ArgumentException("ratings must hold at least one rating label.", nameof(ratings));
        for (var i = 0; i < labels.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(labels[i]))
                throw new ArgumentException($"ratings[{i}] must not be null, empty or white space.", nameof(ratings));
            labels[i] = labels[i].Trim();
            var first = Array.IndexOf(labels, labels[i], 0, i);
            if (first >= 0)
                throw new ArgumentException($"ratings lists '{labels[i]}' twice (at {first} and {i}); each rating label must be unique.", nameof(ratings));
        }
        return labels;
    }

    private static decimal[] CheckBoundaries(decimal[] boundaries, RangePositionBasis basis)
    {
        for (var i = 0; i < boundaries.Length; i++)
        {
            if (basis == RangePositionBasis.CompaRatio && boundaries[i] <= 0)
                throw InvariantArgument.OutOfRange(nameof(boundaries), boundaries[i], $"boundaries[{i}] {Check.Format(boundaries[i])} must be greater than zero for compa-ratio columns, as a compa-ratio is never negative.");
            if (i > 0 && boundaries[i] <= boundaries[i - 1])
                throw new ArgumentException($"boundaries[{i}] {Check.Format(boundaries[i])} is not greater than boundaries[{i - 1}] {Check.Format(boundaries[i - 1])}; column boundaries must be strictly ascending.", nameof(boundaries));
        }
        return boundaries;
    }

    private static void CheckIncrease(decimal value, string name, bool allowNegative, string paramName)
    {
        if (value < 0 && !allowNegative)
            throw InvariantArgument.OutOfRange(paramName, value, $"{name} {Check.Format(value)} is negative; merit increases must not be negative (MeritMatrix.CreateWithPayCuts accepts pay cuts).");
        if (value <= -1m)
            throw InvariantArgument.OutOfRange(paramName, value, $"{name} {Check.Format(value)} must be greater than -1, as a cut of 100% or more would leave no pay.");
        if (value > MaxIncrease)
            throw InvariantArgument.OutOfRange(paramName, value, $"{name} {Check.Format(value)} must be at most {Check.Format(MaxIncrease)} ({ProjectionText.Percent(MaxIncrease)}).");
    }

    private string ColumnHeader(int column)
    {
        if (boundaries.Length == 0)
            return "any position";
        if (column == 0)
            return $"< {Check.Format(boundaries[0])}";
        return column == boundaries.Length
            ? $"≥ {Check.Format(boundaries[^1])}"
            : $"{Check.Format(boundaries[column - 1])} to < {Check.Format(boundaries[column])}";
    }
}
