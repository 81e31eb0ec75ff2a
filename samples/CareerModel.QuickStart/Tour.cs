using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;

namespace CareerModel.QuickStart;

/// <summary>
/// A tour of the built-in customer-service catalog: the ladder with its US pay, what the
/// Specialist level pays region by region, the moves open from one role, and the paths the
/// recommender ranks for a junior specialist, with why. The tests run it too (with a fixed
/// clock), so this sample cannot rot.
/// </summary>
public static class Tour
{
    public static void Run(TextWriter output, IClock clock)
    {
        var catalog = BuiltInCatalogs.CustomerService;
        output.WriteLine($"Built-in catalog: {catalog}");
        output.WriteLine();

        output.WriteLine("The customer-service ladder, with US pay a year");
        output.WriteLine($"{"#",-2} {"Role",-36} {"Track",-22} {"Experience",-12} {"Median",15} {"Average",15}");
        var ladder = catalog.Roles
            .Where(r => r.Family == CustomerServiceFamily && r.PayBands.ContainsKey("US"))
            .OrderBy(r => r.Rank);
        foreach (var role in ladder)
        {
            var us = role.PayBands["US"];
            var median = us.Percentiles?.P50 ?? us.Midpoint;
            output.WriteLine($"{role.Rank,-2} {role.Title,-36} {role.Track,-22} {role.TypicalExperience,-12} {median,15} {us.Mean,15}");
        }
        output.WriteLine();

        var specialist = catalog.GetRole("cs-specialist");
        output.WriteLine($"{specialist.Title}: pay by region, in local currency");
        // Each region is listed under its path (World › Europe › Germany), so groups precede their countries.
        var byPath = specialist.PayBands
            .Select(p => (Path: string.Join(" › ", catalog.GetRegionPath(p.Key).Reverse().Select(r => r.Name)), Band: p.Value))
            .OrderBy(p => p.Path, StringComparer.Ordinal);
        foreach (var (path, band) in byPath)
            output.WriteLine($"  {path,-38} {band}");
        output.WriteLine();

        output.WriteLine($"Moves from {specialist.Title}");
        foreach (var move in catalog.GetTransitionsFrom(specialist.Id))
        {
            var target = catalog.GetRole(move.ToRoleId);
            var after = move.TypicalTime is { } time ? $"after {Describe(time)}" : "";
            output.WriteLine($"  → {target.Title,-48} {move.Kind,-15} {after}");
        }
        output.WriteLine();

        Recommend(catalog, clock, output);
    }

    /// <summary>A junior specialist in the US, a year into the job, with the junior level's skills.</summary>
    private static Profile Junior() => new Profile("cs-junior-specialist", "US")
        .WithSkills(
        [
            new SkillLevel("active-listening", 2), new SkillLevel("empathy", 2), new SkillLevel("clear-communication", 2),
            new SkillLevel("problem-solving", 1), new SkillLevel("patience", 2), new SkillLevel("crm-software", 1),
            new SkillLevel("data-entry", 2), new SkillLevel("product-expertise", 1),
        ])
        .WithWorkHistory(new WorkHistory([new Employment("cs-junior-specialist", new LocalDate(2025, 11, 1))]));

    private static void Recommend(CareerCatalog catalog, IClock clock, TextWriter output)
    {
        var recommender = Recommender.Create(catalog, clock, exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);
        var result = recommender.Recommend(Junior(), new RecommendationOptions { Count = 3 });
        output.WriteLine("Recommended paths for a junior specialist in the US");
        foreach (var path in result.Paths)
        {
            output.WriteLine($"  #{path.Rank} {string.Join(" → ", path.Steps.Select(s => s.Target.Title))}");
            foreach (var step in path.Steps)
                output.WriteLine($"       {step}");
            output.WriteLine($"       score {path.Score}");
            output.WriteLine($"       top gaps: {string.Join("; ", path.TopGaps.Take(3))}");
        }
        if (result.Paths.Count > 1)
            output.WriteLine($"  Why: {result.Paths[0].CompareWith(result.Paths[1])}");
        output.WriteLine();

        var toLead = recommender.RecommendPathsTo(Junior(), "cs-team-lead", new RecommendationOptions { Count = 1 });
        output.WriteLine($"Fastest-scoring way to Team Lead: {toLead.Paths[0]}");
    }

    private static string Describe(NodaTime.Period time) => (time.Years, time.Months) switch
    {
        (0, var months) => $"{months} months",
        (1, 0) => "1 year",
        (var years, 0) => $"{years} years",
        var (years, months) => $"{years} years {months} months",
    };

    private const string CustomerServiceFamily = "customer-service";
}
