using CareerModel.Compensation.Projection;
using NodaTime;
using ScottPlot;

namespace CareerModel.Cli.Charts;

/// <summary>
/// Draws a pay projection with ScottPlot: pay over time as a step line, each role's band shaded
/// over the time it is held, each promotion marked. Saved as SVG or PNG by the file's extension.
/// </summary>
internal static class PayChart
{
    /// <summary>The chart's size in pixels.</summary>
    public const int Width = 960, Height = 540;

    /// <summary>The file types the chart can be saved as.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".svg", ".png"];

    /// <summary>Draws the timeline and saves it to a file, SVG or PNG by its extension.</summary>
    public static void Save(PayTimeline timeline, IReadOnlyList<CareerStep> steps, string title, string path)
    {
        // Debian's DejaVu fonts: SkiaSharp finds no default font on a machine without fontconfig defaults.
        Fonts.Default = "DejaVu Sans";
        using var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var ends = i + 1 < steps.Count ? steps[i + 1].Begins : timeline.End;
            var band = plot.Add.Rectangle(X(step.Begins), X(ends), (double)step.Band.Minimum.Amount, (double)step.Band.Maximum.Amount);
            band.FillColor = palette.GetColor(i).WithAlpha(0.18);
            band.LineColor = palette.GetColor(i).WithAlpha(0.5);
            band.LegendText = $"{step.Label} band";
        }

        // The pay holds until the next change: a step line, drawn on to the end of the projection.
        var entries = timeline.Entries;
        double[] xs = [.. entries.Select(e => X(e.Date)), X(timeline.End)];
        double[] ys = [.. entries.Select(e => (double)e.Pay.Amount), (double)timeline.FinalPay.Amount];
        var pay = plot.Add.Scatter(xs, ys, Colors.Black);
        pay.ConnectStyle = ConnectStyle.StepHorizontal;
        pay.LineWidth = 2;
        pay.MarkerSize = 0;
        pay.LegendText = "pay";

        foreach (var promotion in entries.Where(e => e.Kind == ProjectionEntryKind.Promotion))
        {
            var marker = plot.Add.Marker(X(promotion.Date), (double)promotion.Pay.Amount, MarkerShape.FilledCircle, 9, Colors.Crimson);
            marker.LegendText = "";
            var label = plot.Add.Text($"{promotion.StepLabel} ({promotion.Date:uuuu-MM})", X(promotion.Date), (double)promotion.Pay.Amount);
            label.LabelFontSize = 11;
            // Labels in the right half end at their marker, so none runs off the chart.
            var rightHalf = X(promotion.Date) > (X(timeline.Start) + X(timeline.End)) / 2;
            label.LabelAlignment = rightHalf ? Alignment.LowerRight : Alignment.LowerLeft;
            label.LabelOffsetX = rightHalf ? -6 : 6;
            label.LabelOffsetY = -6;
        }

        plot.Axes.DateTimeTicksBottom();
        plot.Title(title);
        plot.YLabel($"{timeline.StartingPay.Currency.Code} a year");
        plot.ShowLegend(Alignment.UpperLeft);

        if (Path.GetExtension(path).Equals(".png", StringComparison.OrdinalIgnoreCase))
            plot.SavePng(path, Width, Height);
        else
            plot.SaveSvg(path, Width, Height);
    }

    private static double X(LocalDate date) => date.ToDateTimeUnspecified().ToOADate();
}
