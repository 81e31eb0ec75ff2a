using CareerModel.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CareerModel.Web.Api;

/// <summary>The calendar day the engines answer as of: the registered clock, in the configured zone.</summary>
internal sealed class Today(IClock clock, IOptionsMonitor<CareerModelOptions> options)
{
    /// <summary>Gets today's date.</summary>
    public LocalDate Date => clock.GetCurrentInstant().InZone(options.CurrentValue.Zone).Date;
}
