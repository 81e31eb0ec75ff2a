using Microsoft.Extensions.Options;

namespace CareerModel.Extensions.DependencyInjection.Internal;

/// <summary>
/// Checks the options at start-up (<c>ValidateOnStart</c>): one catalog source at most, its files
/// there, and the catalog itself loaded, so that an invalid catalog stops the application from
/// starting with every problem listed instead of failing its first request.
/// </summary>
internal sealed class CareerModelOptionsValidator(CatalogCache cache) : IValidateOptions<CareerModelOptions>
{
    public ValidateOptionsResult Validate(string? name, CareerModelOptions options)
    {
        // Only the default options are registered by AddCareerModel.
        if (name != Options.DefaultName)
            return ValidateOptionsResult.Skip;

        List<string> failures = [];
        if (options.Sources.Count > 1)
            failures.Add($"CareerModelOptions: choose one catalog source; {options.Sources.Count} were chosen: {string.Join(", ", options.Sources.Select(s => s.Description))}.");
        if (options.Zone is null)
            failures.Add("CareerModelOptions.Zone: is null; it must be the zone whose calendar day is today (UTC unless set).");
        if (options.PayPolicy is null)
            failures.Add("CareerModelOptions.PayPolicy: is null; it must say how pay is found for a region (local-market pay unless set).");
        if (failures.Count == 0)
            failures.AddRange(options.Source.Check());
        if (failures.Count > 0)
            return ValidateOptionsResult.Fail(failures);

        try
        {
            cache.Get(options);
            return ValidateOptionsResult.Success;
        }
        catch (CatalogLoadException e)
        {
            return ValidateOptionsResult.Fail(e.Problems);
        }
    }
}
