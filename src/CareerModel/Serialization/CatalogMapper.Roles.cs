using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Internal;
using CareerModel.Monetary;
using CareerModel.Skills;

namespace CareerModel.Serialization;

/// <summary>Roles and their parts: alternative titles, experience, requirements, pay bands, outlook, education.</summary>
internal sealed partial class CatalogMapper
{
    private Role? MapRole(RoleDto dto)
    {
        var partsOk = true;
        var experience = dto.TypicalExperience is { } e ? Part(MapExperience(e), ref partsOk) : null;
        var requirements = new List<SkillRequirement>();
        foreach (var requirement in dto.Requirements ?? [])
        {
            if (requirement is not null && Part(MapRequirement(requirement), ref partsOk) is { } made)
                requirements.Add(made);
        }
        var bands = new Dictionary<string, SalaryBand>(StringComparer.Ordinal);
        foreach (var (regionId, band) in dto.PayBands ?? [])
        {
            // A key is a region id: checked here, so that a bad one is reported at its own entry.
            var key = CheckedId(band, null, regionId);
            if (Part(MapBand(band), ref partsOk) is { } made && key is not null)
                bands[regionId] = made;
            partsOk &= key is not null;
        }
        var outlook = dto.Outlook is { } o ? Part(MapOutlook(o), ref partsOk) : null;
        var education = dto.Education is { } ed ? Part(MapEducation(ed), ref partsOk) : null;
        var id = CheckedId(dto, "id", dto.Id);
        var track = ParseEnum<CareerTrack>(dto, "track", dto.Track);
        var remoteWork = dto.RemoteWork is null ? RemoteWork.OnSite : ParseEnum<RemoteWork>(dto, "remoteWork", dto.RemoteWork);
        var role = Make(dto, () => new Role(id ?? StandInId, dto.Title ?? StandInText, dto.Family ?? StandInId, track ?? default, dto.Rank ?? 1)
            .WithTypicalExperience(experience)
            .WithRequirements(requirements)
            .WithPayBands(bands.Count == 0 ? null : bands)
            .WithOutlook(outlook)
            .WithRemoteWork(remoteWork ?? default)
            .WithEducation(education)
            .WithDescription(dto.Description)
            .WithAlternativeTitles(dto.AlternativeTitles?.Select(t => t ?? StandInText)));
        return Finish(dto, role, partsOk, brokenRoles, dto.Id);
    }

    private static T? Part<T>(T? made, ref bool partsOk)
        where T : class
    {
        partsOk &= made is not null;
        return made;
    }

    private ExperienceRange? MapExperience(ExperienceRangeDto dto)
    {
        var minimum = ParsePeriod(dto, "minimum", dto.Minimum);
        var maximum = ParsePeriod(dto, "maximum", dto.Maximum);
        // The maximum is checked against the minimum: both must be readable first.
        var range = minimum is null || dto.HasFaults ? null : Make(dto, () => new ExperienceRange(minimum, maximum));
        return Finish(dto, range, true, null, null);
    }

    private SkillRequirement? MapRequirement(SkillRequirementDto dto)
    {
        var skillId = CheckedId(dto, "skillId", dto.SkillId);
        var requirement = Make(dto, () => SkillRequirement.Create(skillId ?? StandInId, dto.MinimumLevel ?? 0, dto.Importance ?? 1, dto.IsRequired ?? true));
        return Finish(dto, requirement, true, null, null);
    }

    private SalaryBand? MapBand(SalaryBandDto dto)
    {
        var currency = ResolveCurrency(dto, "currency", dto.Currency);
        var provenance = dto.Provenance is { } p ? MapProvenance(p) : null;
        var partsOk = dto.Provenance is null || provenance is not null;
        PayPercentiles? percentiles = null;
        if (currency is not null && dto.Percentiles is { } percentilesDto)
        {
            percentiles = MapPercentiles(percentilesDto, currency);
            partsOk &= percentiles is not null;
        }
        // The amounts are checked against one another: all must be readable first.
        if (currency is null || dto.Minimum is not { } minimum || dto.Maximum is not { } maximum || dto.HasFaults)
            return Finish<SalaryBand>(dto, null, false, null, null);
        decimal midpoint;
        try
        {
            midpoint = dto.Midpoint ?? ((minimum + maximum) / 2m);
        }
        catch (OverflowException)
        {
            Report(CareerJsonProblemKind.InvalidValue, dto, "maximum", -1, $"Salary band minimum {Check.Format(minimum)} and maximum {Check.Format(maximum)} are too large to take their midpoint; give the midpoint.");
            return null;
        }
        var band = Make(dto, () => new SalaryBand(
                new Money(minimum, currency),
                new Money(midpoint, currency),
                new Money(maximum, currency),
                percentiles,
                dto.Mean is { } mean ? new Money(mean, currency) : null)
            .WithProvenance(provenance));
        return Finish(dto, band, partsOk, null, null);
    }

    private PayPercentiles? MapPercentiles(PayPercentilesDto dto, Currency currency)
    {
        if (dto.HasFaults)
            return null;
        var percentiles = Make(dto, () => new PayPercentiles(In(dto.P10), In(dto.P25), In(dto.P50), In(dto.P75), In(dto.P90)));
        return Finish(dto, percentiles, true, null, null);

        Money? In(decimal? amount) => amount is { } a ? new Money(a, currency) : null;
    }

    private Provenance? MapProvenance(ProvenanceDto dto)
    {
        var date = ParseDate(dto, "effectiveDate", dto.EffectiveDate);
        var provenance = Make(dto, () => new Provenance(dto.Source ?? StandInText, date, dto.Vintage));
        return Finish(dto, provenance, true, null, null);
    }

    private Outlook? MapOutlook(OutlookDto dto)
    {
        var partsOk = true;
        Money? medianPay = null;
        if (dto.MedianPay is { } moneyDto)
        {
            var currency = ResolveCurrency(moneyDto, "currency", moneyDto.Currency);
            if (currency is not null && moneyDto.Amount is { } amount && !moneyDto.HasFaults)
                medianPay = new Money(amount, currency);
            else
                partsOk = false;
        }
        var provenance = dto.Provenance is { } p ? Part(MapProvenance(p), ref partsOk) : null;
        var outlook = Make(dto, () => new Outlook(
            dto.GrowthRate ?? 0m,
            dto.AnnualOpenings,
            dto.TopIndustries?.Select(i => i ?? StandInText),
            medianPay,
            provenance));
        return Finish(dto, outlook, partsOk, null, null);
    }

    private EducationRequirement? MapEducation(EducationRequirementDto dto)
    {
        var minimum = ParseEnum<EducationLevel>(dto, "minimum", dto.Minimum);
        var preferred = ParseEnum<EducationLevel>(dto, "preferred", dto.Preferred);
        // The preferred level is checked against the minimum: both must be readable first.
        var education = minimum is { } min && !dto.HasFaults ? Make(dto, () => new EducationRequirement(min, preferred)) : null;
        return Finish(dto, education, true, null, null);
    }
}
