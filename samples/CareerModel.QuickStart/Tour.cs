using CareerModel.Careers;
using CareerModel.Catalogs;

namespace CareerModel.QuickStart;

/// <summary>
/// A tour of the built-in customer-service catalog: the ladder with its US pay, what the
/// Specialist level pays region by region, and the moves open from one role. The tests run it
/// too, so this sample cannot rot.
/// </summary>
public static class Tour
{
    public static void Run(TextWriter output)
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
