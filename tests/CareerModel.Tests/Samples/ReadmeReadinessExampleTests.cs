using CareerModel.Assessment;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Samples;

/// <summary>The README's "Skills gap and readiness" example, line for line, on the day it assumes.</summary>
public class ReadmeReadinessExampleTests
{
    [Fact]
    public void The_readiness_example_prints_as_the_readme_says()
    {
        // The README passes SystemClock.Instance; here the clock is fixed on the day its comments assume.
        var assessor = new CareerAssessor(BuiltInCatalogs.CustomerService, new FakeClock(Instant.FromUtc(2026, 11, 25, 9, 0)), DateTimeZone.Utc);
        var junior = new Profile(
            currentRoleId: "cs-junior-specialist",
            skills: [new("active-listening", 3), new("empathy", 3), new("clear-communication", 3), new("problem-solving", 2),
                     new("product-expertise", 2), new("crm-software", 2), new("troubleshooting", 1),
                     new("knowledge-base-navigation", 2), new("email-management", 2), new("time-management", 2)],
            education: EducationLevel.HighSchool,
            workHistory: new WorkHistory([new Employment("cs-junior-specialist", new LocalDate(2025, 11, 25))]));

        Assert.Equal(
            "cs-specialist: fit 0.667 (preferred 0), 6 of 12 required skills short, top gap de-escalation",
            assessor.AnalyzeGaps(junior, "cs-specialist").ToString());

        var readiness = assessor.AssessReadiness(junior, "cs-specialist");
        Assert.Equal("cs-specialist: score 0.833 (fit 0.667, experience 1), ready on 2027-11-25, in 1 year", readiness.ToString());
        Assert.Equal("Develop Troubleshooting from 1 (Novice) to 2 (Advanced beginner) (3 months)", readiness.Actions[0].ToString());
    }

    [Fact]
    public void The_readme_example_compiles_against_the_system_clock()
    {
        var assessor = new CareerAssessor(BuiltInCatalogs.CustomerService, SystemClock.Instance, DateTimeZone.Utc);

        Assert.InRange(assessor.AssessReadiness(new Profile(), "cs-junior-specialist").Score, 0, 1);
    }
}
