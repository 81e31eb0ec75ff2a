using System.Collections.Immutable;
using System.Globalization;
using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Onet.Internal;

/// <summary>One detailed occupation's row of the OEWS national cross-industry table.</summary>
internal sealed record OewsRow(string Code, string Title, long? Employment, WageDistribution Annual, WageDistribution Hourly);

/// <summary>
/// Reads the BLS OEWS table: the national (AREA_TYPE 1), cross-industry (NAICS 000000), detailed
/// (O_GROUP detailed) rows. <c>#</c> becomes a top-coded figure and <c>*</c> (or an empty cell) a
/// suppressed one: neither becomes a number.
/// </summary>
internal static class OewsReader
{
    private static readonly ImmutableArray<string> AnnualColumns = ["A_MEAN", "A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90"];
    private static readonly ImmutableArray<string> HourlyColumns = ["H_MEAN", "H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90"];

    public static Dictionary<string, OewsRow> Read(string path, OnetImportOptions options)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"The OEWS file '{Path.GetFileName(path)}' is missing from the folder '{Path.GetDirectoryName(Path.GetFullPath(path))}'.", path);
        using var tsv = TsvReader.Open(path, ignoreHeaderCase: true);
        int code = tsv.Column("OCC_CODE"), title = tsv.Column("OCC_TITLE"), group = tsv.Column("O_GROUP");
        int area = tsv.OptionalColumn("AREA_TYPE"), naics = tsv.OptionalColumn("NAICS"), employment = tsv.OptionalColumn("TOT_EMP");
        var annual = AnnualColumns.Select(tsv.Column).ToArray();
        var hourly = HourlyColumns.Select(tsv.Column).ToArray();
        var annualTop = Money(options.TopCodedAnnualWage);
        var hourlyTop = Money(options.TopCodedHourlyWage);
        var rows = new Dictionary<string, OewsRow>(StringComparer.Ordinal);
        while (tsv.Read())
        {
            if (area >= 0 && !tsv[area].SequenceEqual("1"))
                continue;
            if (naics >= 0 && !tsv[naics].SequenceEqual("000000"))
                continue;
            if (!tsv[group].Equals("detailed", StringComparison.OrdinalIgnoreCase))
                continue;
            var occ = tsv.GetRequiredString(code);
            if (occ.Length != 7 || occ[2] != '-' || occ.AsSpan(0, 2).ContainsAnyExceptInRange('0', '9') || occ.AsSpan(3).ContainsAnyExceptInRange('0', '9'))
                throw tsv.Error(code, $"'{occ}' is not a SOC code such as 43-4051.");
            var row = new OewsRow(occ, tsv.GetRequiredString(title), Employment(tsv, employment), Distribution(tsv, annual, annualTop), Distribution(tsv, hourly, hourlyTop));
            if (!rows.TryAdd(occ, row))
                throw tsv.Error(code, $"Occupation '{occ}' has more than one national cross-industry detailed row.");
        }
        return rows;
    }

    private static Money Money(decimal amount) => new(amount, Currency.USD);

    private static long? Employment(TsvReader tsv, int column)
    {
        if (column < 0)
            return null;
        var value = tsv[column];
        if (value.IsEmpty || value.SequenceEqual("**") || value.SequenceEqual("*"))
            return null;
        if (!long.TryParse(value, NumberStyles.Integer | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var number) || number < 0)
            throw tsv.Error(column, $"'{value}' is not an employment count (a whole number, or ** when not published).");
        return number;
    }

    /// <summary>The mean and five percentiles; the published percentiles must not decrease (a top-coded one is a lower bound, so it only bounds those before it).</summary>
    private static WageDistribution Distribution(TsvReader tsv, int[] columns, Money topCoded)
    {
        var figures = new WageFigure[6];
        for (var i = 0; i < figures.Length; i++)
            figures[i] = Figure(tsv, columns[i], topCoded);
        decimal? highest = null;
        var highestColumn = -1;
        for (var i = 1; i < figures.Length; i++)
        {
            if (figures[i].Status != WageFigureStatus.Exact)
                continue;
            var amount = figures[i].GetExact().Amount;
            if (highest is { } h && amount < h)
                throw tsv.Error(columns[i], $"{tsv.HeaderAt(columns[i])} {Format(amount)} is below {tsv.HeaderAt(highestColumn)} {Format(h)}; percentiles must not decrease.");
            (highest, highestColumn) = (amount, columns[i]);
        }
        return new(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]);
    }

    /// <summary>
    /// The largest wage read: far above any the BLS publishes (it top-codes annual wages at about
    /// USD 240,000), and small enough that an hourly one times a year's hours stays well inside
    /// <see cref="SalaryBand.MaxAmount"/>, so every band made from the file is valid.
    /// </summary>
    private const decimal MaxWage = 1_000_000_000m;

    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static WageFigure Figure(TsvReader tsv, int column, Money topCoded)
    {
        var value = tsv[column];
        if (value.SequenceEqual("#"))
            return WageFigure.TopCoded(topCoded);
        if (value.IsEmpty || value.SequenceEqual("*") || value.SequenceEqual("**"))
            return WageFigure.Suppressed;
        // The BLS writes wages as plain numbers with at most cents. A thousands separator or a
        // decimal comma ("52,30") would be read wrongly — as 5,230 — so no comma is accepted.
        if (value.Contains(','))
            throw tsv.Error(column, $"'{value}' is not a wage: a wage is a plain number such as 52300 or 25.14, without commas (a decimal comma would be read 100 times too large).");
        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
            throw tsv.Error(column, $"'{value}' is not a wage: expected a number, # (top-coded) or * (not available).");
        if (amount.Scale > 2 && amount != Math.Round(amount, 2))
            throw tsv.Error(column, $"'{value}' has more than two decimals; a wage is given to the cent.");
        if (amount > MaxWage)
            throw tsv.Error(column, $"'{value}' is above {Format(MaxWage)}, more than any wage the BLS publishes (it top-codes them with #).");
        return WageFigure.Exact(Money(amount));
    }
}
