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
            if (occ.Length != 7 || occ[2] != '-')
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

    private static WageDistribution Distribution(TsvReader tsv, int[] columns, Money topCoded) =>
        new(Figure(tsv, columns[0], topCoded), Figure(tsv, columns[1], topCoded), Figure(tsv, columns[2], topCoded),
            Figure(tsv, columns[3], topCoded), Figure(tsv, columns[4], topCoded), Figure(tsv, columns[5], topCoded));

    private static WageFigure Figure(TsvReader tsv, int column, Money topCoded)
    {
        var value = tsv[column];
        if (value.SequenceEqual("#"))
            return WageFigure.TopCoded(topCoded);
        if (value.IsEmpty || value.SequenceEqual("*") || value.SequenceEqual("**"))
            return WageFigure.Suppressed;
        if (!decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) || amount < 0)
            throw tsv.Error(column, $"'{value}' is not a wage: expected a number, # (top-coded) or * (not available).");
        return WageFigure.Exact(Money(amount));
    }
}
