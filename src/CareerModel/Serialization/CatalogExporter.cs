using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Internal;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Serialization;

/// <summary>
/// Turns a catalog into the objects of the JSON format, in a stable order: the catalog's own
/// (ids ascending), pay bands by region id. Everything the catalog holds is written, so that
/// reading it back gives an equal catalog.
/// </summary>
internal static class CatalogExporter
{
    public static CatalogDocument ToDocument(CareerCatalog catalog) => new()
    {
        SchemaVersion = CareerCatalogJson.SchemaVersion,
        ProficiencyScale = new ProficiencyScaleDto { Name = catalog.ProficiencyScale.Name, LevelNames = [.. catalog.ProficiencyScale.LevelNames] },
        Currencies = Currencies(catalog),
        Regions = [.. catalog.Regions.Select(r => new RegionDto
        {
            Id = r.Id,
            Name = r.Name,
            Kind = JsonEnum<Geography.RegionKind>.Name(r.Kind),
            Currency = r.Currency.Code,
            ParentId = r.ParentId,
        })],
        Skills = [.. catalog.Skills.Select(s => new SkillDto
        {
            Id = s.Id,
            Name = s.Name,
            Category = JsonEnum<SkillCategory>.Name(s.Category),
            Description = s.Description,
        })],
        Roles = [.. catalog.Roles.Select(Role)],
        Transitions = [.. catalog.Transitions.Select(t => new TransitionDto
        {
            FromRoleId = t.FromRoleId,
            ToRoleId = t.ToRoleId,
            Kind = JsonEnum<TransitionKind>.Name(t.Kind),
            TypicalTime = Period(t.TypicalTime),
            // The default is what a reader assumes when the property is absent, so it is not written.
            Strength = t.Strength == Transition.DefaultStrength ? null : t.Strength,
        })],
    };

    private static RoleDto Role(Role role) => new()
    {
        Id = role.Id,
        Title = role.Title,
        AlternativeTitles = role.AlternativeTitles.Count == 0 ? null : [.. role.AlternativeTitles],
        Family = role.Family,
        Track = JsonEnum<CareerTrack>.Name(role.Track),
        Rank = role.Rank,
        TypicalExperience = role.TypicalExperience is { } e ? new ExperienceRangeDto { Minimum = Period(e.Minimum), Maximum = Period(e.Maximum) } : null,
        Requirements = role.Requirements.Count == 0 ? null : [.. role.Requirements.Select(r => new SkillRequirementDto
        {
            SkillId = r.SkillId,
            MinimumLevel = r.MinimumLevel,
            Importance = r.Importance,
            IsRequired = r.IsRequired,
        })],
        PayBands = role.PayBands.Count == 0
            ? null
            : role.PayBands.OrderBy(p => p.Key, StringComparer.Ordinal).ToDictionary(p => p.Key, p => Band(p.Value), StringComparer.Ordinal),
        Outlook = role.Outlook is { } o ? Outlook(o) : null,
        RemoteWork = JsonEnum<RemoteWork>.Name(role.RemoteWork),
        Education = role.Education is { } ed
            ? new EducationRequirementDto { Minimum = JsonEnum<EducationLevel>.Name(ed.Minimum), Preferred = ed.Preferred is { } p ? JsonEnum<EducationLevel>.Name(p) : null }
            : null,
        Description = role.Description,
    };

    private static SalaryBandDto Band(SalaryBand band) => new()
    {
        Currency = band.Currency.Code,
        Minimum = band.Minimum.Amount,
        Midpoint = band.Midpoint.Amount,
        Maximum = band.Maximum.Amount,
        Percentiles = band.Percentiles is { } p
            ? new PayPercentilesDto { P10 = p.P10?.Amount, P25 = p.P25?.Amount, P50 = p.P50?.Amount, P75 = p.P75?.Amount, P90 = p.P90?.Amount }
            : null,
        Mean = band.Mean?.Amount,
        Provenance = Provenance(band.Provenance),
    };

    private static OutlookDto Outlook(Outlook outlook) => new()
    {
        GrowthRate = outlook.GrowthRate,
        AnnualOpenings = outlook.AnnualOpenings,
        TopIndustries = outlook.TopIndustries.Count == 0 ? null : [.. outlook.TopIndustries],
        MedianPay = outlook.MedianPay is { } pay ? new MoneyDto { Amount = pay.Amount, Currency = pay.Currency.Code } : null,
        Provenance = Provenance(outlook.Provenance),
    };

    private static ProvenanceDto? Provenance(Provenance? provenance) => provenance is null ? null : new()
    {
        Source = provenance.Source,
        EffectiveDate = provenance.EffectiveDate is { } date ? LocalDatePattern.Iso.Format(Dates.ToIso(date)) : null,
        Vintage = provenance.Vintage,
    };

    private static string? Period(Period? period) => period is null ? null : PeriodPattern.NormalizingIso.Format(period);

    /// <summary>
    /// Declares every currency the catalog uses that is not the built-in one of its code, so that
    /// a reader can resolve each code. Two different currencies with one code cannot be told
    /// apart by code, so such a catalog cannot be written.
    /// </summary>
    private static List<CurrencyDto?>? Currencies(CareerCatalog catalog)
    {
        var used = catalog.Regions.Select(r => r.Currency)
            .Concat(catalog.Roles.SelectMany(r => r.PayBands.Values.Select(b => b.Currency)))
            .Concat(catalog.Roles.Select(r => r.Outlook?.MedianPay?.Currency).OfType<Currency>())
            .Distinct()
            .ToArray();
        var clash = used.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException(
                $"The catalog uses {clash.Count()} different currencies with the code '{clash.Key}' ({string.Join("; ", clash.Select(c => $"{c.Name}, {c.MinorUnits} minor units"))}); JSON names a currency by its code, so they cannot be written apart.",
                nameof(catalog));
        }
        var declared = used
            .Where(c => !(Currency.TryFromCode(c.Code, out var builtIn) && builtIn.Equals(c)))
            .OrderBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => (CurrencyDto?)new CurrencyDto { Code = c.Code, MinorUnits = c.MinorUnits, Name = c.Name })
            .ToList();
        return declared.Count == 0 ? null : declared;
    }
}
