using CareerModel.QuickStart;

namespace CareerModel.Tests.Samples;

/// <summary>The README's first command runs the QuickStart tour; this keeps it from rotting.</summary>
public class QuickStartTests
{
    private static string RunTour()
    {
        using var output = new StringWriter();
        Tour.Run(output, new NodaTime.Testing.FakeClock(NodaTime.Instant.FromUtc(2026, 11, 25, 12, 0)));
        return output.ToString();
    }

    [Fact]
    public void The_tour_prints_the_ladder_with_US_median_and_average_pay()
    {
        var text = RunTour();

        Assert.Contains("Junior Customer Service Specialist", text);
        Assert.Matches(@"7\s+VP of Customer Experience\s+Management\s+18\+ years\s+USD 150,000\.00\s+USD 160,000\.00", text);
        Assert.Matches(@"4\s+Customer Service Team Lead\s+Management\s+5–8 years\s+USD 65,000\.00\s+USD 68,000\.00", text);
    }

    [Fact]
    public void The_tour_prints_the_specialists_pay_by_region_in_local_currency()
    {
        var text = RunTour();

        Assert.Contains("World › Europe                         EUR 25,000.00 – 45,000.00 (midpoint 35,000.00)", text);
        Assert.Contains("INR 300,000.00 – 600,000.00", text);
    }

    [Fact]
    public void The_tour_prints_the_moves_from_the_specialist_level()
    {
        Assert.Matches(@"→ Senior Customer Service Specialist\s+Promotion\s+after 2 years", RunTour());
    }

    [Fact]
    public void The_tour_prints_a_real_recommendation_with_its_explanation()
    {
        var text = RunTour();

        Assert.Contains("#1 Customer Service Specialist", text);
        Assert.Matches(@"score [-0-9.]+ = salary \+0\.263, fit \+[0-9.]+, time -[0-9.]+, outlook \+0\.050, preference \+0\.000, relatedness \+4\.000, similarity [-+][0-9.]+", text);
        Assert.Contains("top gaps: de-escalation: have 0, need 2 (importance 3, required), impact 0.13", text);
        Assert.Contains("Why: cs-junior-specialist → cs-specialist ranks above cs-junior-specialist → remote-global-agent → cs-specialist", text);
        Assert.Contains("way to Team Lead: #1 cs-junior-specialist →", text);
    }
}
