using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Samples;

/// <summary>The README's examples, line for line, with the output the README promises.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public void The_team_lead_line_prints_as_the_readme_says()
    {
        var catalog = BuiltInCatalogs.CustomerService;
        var lead = catalog.GetRole("cs-team-lead");

        Assert.Equal(
            "Customer Service Team Lead: 5–8 years, US USD 65,000.00 (median), mean 68,000.00",
            $"{lead.Title}: {lead.TypicalExperience}, US {lead.PayBands["US"]}");
    }

    [Fact]
    public void The_europe_band_prints_as_the_readme_says()
    {
        var europe = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["europe"];

        Assert.Equal("EUR 25,000.00 – 45,000.00 (midpoint 35,000.00)", europe.ToString());
    }

    [Fact]
    public void Extending_the_built_in_catalog_as_the_readme_does_builds()
    {
        var mine = BuiltInCatalogs.CustomerService.ToBuilder()
            .AddRole(new Role("cs-qa-lead", "QA Lead", "quality-assurance", CareerTrack.Management, 4))
            .AddTransition(new Transition("qa-analyst", "cs-qa-lead", TransitionKind.Promotion))
            .Build();

        Assert.Equal(BuiltInCatalogs.CustomerService.Roles.Count + 1, mine.Roles.Count);
        Assert.Single(mine.GetTransitionsTo("cs-qa-lead"));
    }

    [Fact]
    public void Twenty_dollars_an_hour_is_41600_a_year_on_the_standard_schedule()
    {
        var hourly = PayRate.Hourly(new Money(20m, Currency.USD));

        Assert.Equal("USD 41,600.00 per year", hourly.ConvertTo(PayPeriod.Annual, WorkSchedule.Standard).ToString());
    }
}
