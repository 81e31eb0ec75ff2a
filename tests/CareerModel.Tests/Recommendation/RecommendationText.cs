using System.Globalization;
using System.Text;
using CareerModel.Assessment;
using CareerModel.Recommendation;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// Every number and word of a recommendation as text, to the last bit of each double (<c>R</c>):
/// two results are the same when their texts are. Results are not values and have no equality.
/// </summary>
internal static class RecommendationText
{
    public static string Render(RecommendationResult result)
    {
        var text = new StringBuilder("paths\n");
        foreach (var path in result.Paths)
            Render(text, path);
        text.Append(CultureInfo.InvariantCulture, $"empty: {result.EmptyReason}\n");
        foreach (var warning in result.Warnings)
            text.Append(CultureInfo.InvariantCulture, $"warning: {warning}\n");
        return text.ToString();
    }

    public static string Render(TradeOffFront front)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"front {front.PathsConsidered} {front.IsTruncated} {front}\n");
        foreach (var path in front.Paths)
            Render(text, path);
        return text.ToString();
    }

    public static void Render(StringBuilder text, PathRecommendation path)
    {
        var s = path.Score;
        text.Append(CultureInfo.InvariantCulture, $"{path} time {path.TotalTime} pay {path.CurrentPay} gain {path.PayGain} meanfit {path.MeanFit:R}\n");
        text.Append(CultureInfo.InvariantCulture,
            $"  score {s.SalaryGain:R} {s.PayBasis} {s.SkillFit:R} {s.IsSkillFitPessimistic} {s.IsSkillDataMissing} {s.Time:R} {s.Outlook:R} {s.Preference:R} {s.Relatedness:R} {s.Similarity:R} | {s}\n");
        foreach (var step in path.Steps)
            text.Append(CultureInfo.InvariantCulture, $"  {step} sim {step.Similarity:R} fit {step.Fit:R} {step.FitInterval} ready {step.TimeToReady}\n");
        foreach (var gap in path.TopGaps)
            Render(text, gap);
    }

    public static void Render(StringBuilder text, SkillGap gap) =>
        text.Append(CultureInfo.InvariantCulture, $"  gap {gap.SkillId} {gap.Have:R}/{gap.Need:R} importance {gap.Importance:R} required {gap.IsRequired} | {gap}\n");
}
