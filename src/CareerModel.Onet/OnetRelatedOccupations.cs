using System.Collections.Immutable;
using CareerModel.Evaluation;
using CareerModel.Internal;
using CareerModel.Onet.Internal;

namespace CareerModel.Onet;

/// <summary>
/// Reads O*NET's <c>Related Occupations</c> file (expert-reviewed judgements of which occupations
/// are related to which) as relevance judgements for <see cref="RankingEvaluation"/>, so that
/// inferred transitions and recommendations can be measured against them.
/// </summary>
/// <remarks>
/// <para>
/// Each source occupation lists its related occupations in order (<c>Index</c> 1 up), in tiers:
/// Primary-Short (1–5), Primary-Long (6–10) and Supplemental (11–20). A row is a judgement when its
/// index is at most the cut-off (10 by default: O*NET's primary list); its grade is
/// <see cref="PrimaryShortGrade"/> for Primary-Short and 1 otherwise, so that NDCG rewards finding
/// the closest relations first. Columns are found by header name: <c>O*NET-SOC Code</c>,
/// <c>Related O*NET-SOC Code</c>, <c>Relatedness Tier</c> and <c>Index</c>.
/// </para>
/// </remarks>
public static class OnetRelatedOccupations
{
    /// <summary>The default cut-off: O*NET's primary related occupations (Primary-Short and Primary-Long) are indexes 1 to 10.</summary>
    public const int PrimaryIndexLimit = 10;

    /// <summary>The grade of a Primary-Short relation: twice a Primary-Long or Supplemental one, which are grade 1.</summary>
    public const int PrimaryShortGrade = 2;

    private static readonly ImmutableArray<string> Tiers = ["Primary-Short", "Primary-Long", "Supplemental"];

    /// <summary>Reads the judgements of O*NET's primary list (index 1 to 10).</summary>
    /// <param name="path">The file, such as <c>Related Occupations.txt</c>.</param>
    /// <returns>The judgements, in the file's order.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OnetFormatException">The header lacks a column, or a row is malformed (a bad code, an unknown tier, an index below 1, a pair listed twice, an occupation related to itself); the message names the file, line and column.</exception>
    public static IReadOnlyList<RelevanceJudgement> Load(string path) => Load(path, PrimaryIndexLimit);

    /// <summary>Reads the judgements whose index is at most <paramref name="maxIndex"/>: 5 for Primary-Short only, 10 for the primary list, 20 for every row.</summary>
    /// <param name="path">The file, such as <c>Related Occupations.txt</c>.</param>
    /// <param name="maxIndex">The last index that counts as related, at least 1.</param>
    /// <returns>The judgements, in the file's order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxIndex"/> is below 1.</exception>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="OnetFormatException">The header lacks a column, or a row is malformed (a bad code, an unknown tier, an index below 1, a pair listed twice, an occupation related to itself); the message names the file, line and column.</exception>
    public static IReadOnlyList<RelevanceJudgement> Load(string path, int maxIndex)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (maxIndex < 1)
            throw InvariantArgument.OutOfRange(nameof(maxIndex), maxIndex, $"maxIndex {maxIndex} must be at least 1 (the first related occupation).");
        if (!File.Exists(path))
            throw new FileNotFoundException($"The Related Occupations file '{Path.GetFileName(path)}' is missing from the folder '{Path.GetDirectoryName(Path.GetFullPath(path))}'.", path);
        using var tsv = TsvReader.Open(path);
        int source = tsv.Column("O*NET-SOC Code"), related = tsv.Column("Related O*NET-SOC Code");
        int tier = tsv.Column("Relatedness Tier"), index = tsv.Column("Index");
        var judgements = new List<RelevanceJudgement>(1024);
        var seen = new HashSet<(string, string)>();
        while (tsv.Read())
        {
            var from = Code(tsv, source);
            var to = Code(tsv, related);
            if (from == to)
                throw tsv.Error(related, $"Occupation '{from}' is listed as related to itself.");
            var tierName = tsv[tier];
            var tierIndex = -1;
            for (var t = 0; t < Tiers.Length && tierIndex < 0; t++)
            {
                if (tierName.Equals(Tiers[t], StringComparison.OrdinalIgnoreCase))
                    tierIndex = t;
            }
            if (tierIndex < 0)
                throw tsv.Error(tier, $"Tier '{tierName}' is not one of: {string.Join(", ", Tiers)}.");
            var position = tsv.GetInt(index);
            if (position < 1)
                throw tsv.Error(index, $"Index {position} must be at least 1.");
            if (!seen.Add((from, to)))
                throw tsv.Error(related, $"The pair {from} → {to} is listed more than once.");
            if (position > maxIndex)
                continue;
            judgements.Add(new RelevanceJudgement(from, to, tierIndex == 0 ? PrimaryShortGrade : 1));
        }
        return judgements.AsReadOnly();
    }

    private static string Code(TsvReader tsv, int column)
    {
        var value = tsv[column];
        if (!Occupation.IsValidCode(value))
            throw tsv.Error(column, $"'{value}' is not an O*NET-SOC code such as 43-4051.00.");
        return value.ToString();
    }
}
