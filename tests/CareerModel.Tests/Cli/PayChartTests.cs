using static CareerModel.Tests.Cli.CareerModelTool;

namespace CareerModel.Tests.Cli;

/// <summary><c>project --chart</c> draws the pay projection as SVG or PNG with ScottPlot.</summary>
public class PayChartTests
{
    private static readonly string[] Path3 = ["--path", "cs-junior-specialist,cs-specialist,cs-senior-specialist"];

    [Fact]
    public void An_svg_chart_shows_each_roles_band_and_its_promotions()
    {
        var folder = Directory.CreateTempSubdirectory("careermodel-chart-");
        var chart = Path.Combine(folder.FullName, "pay.svg");
        try
        {
            var run = Run(["project", "--profile", Profile, .. Path3, "--chart", chart, "--date", Day]);

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains($"Chart: {chart}", run.Stdout, StringComparison.Ordinal);
            var svg = File.ReadAllText(chart);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("Projected pay in United States, 2026–2034", svg, StringComparison.Ordinal);
            Assert.Contains("Junior Customer Service Specialist band", svg, StringComparison.Ordinal);
            Assert.Contains("Senior Customer Service Specialist (2032-12)", svg, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_png_chart_is_a_png_image_of_the_charts_size()
    {
        var folder = Directory.CreateTempSubdirectory("careermodel-chart-");
        var chart = Path.Combine(folder.FullName, "pay.png");
        try
        {
            var run = Run(["project", "--profile", Profile, .. Path3, "--chart", chart, "--json", "--date", Day]);

            Assert.True(run.ExitCode == 0, run.ToString());
            var bytes = File.ReadAllBytes(chart);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            // The IHDR chunk: width and height, big-endian, at bytes 16–23.
            Assert.Equal(960, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
            Assert.Equal(540, System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
