using System.Text.Json;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Skills;

namespace CareerModel.Serialization;

/// <summary>
/// Makes the model from a read <see cref="CatalogDocument"/>, through the model's own constructors
/// and <see cref="CareerCatalogBuilder.Build"/>, and logs every rule they refuse at the path of the
/// value at fault. Never returns a partial catalog: any problem, logged here or by the reader,
/// means <see langword="null"/>.
/// </summary>
/// <remarks>
/// <para>
/// Every element is made even when another has failed, so that one pass finds every problem. A
/// value that has a problem already is replaced by a neutral stand-in so that the element's other
/// rules are still checked; what the constructor then says about the stand-in is dropped.
/// </para>
/// <para>
/// An element that fails is left out of the catalog, so whole-catalog checks would see references
/// to it as unknown; those echoes are dropped too (its own problem has been reported).
/// </para>
/// </remarks>
internal sealed partial class CatalogMapper(ProblemLog problems) : DocumentMapper(problems)
{
    private readonly Dictionary<string, Currency> declaredCurrencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenCurrencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenRegions = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenSkills = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenRoles = new(StringComparer.Ordinal);
    private bool scaleBroken;

    /// <summary>Makes the catalog, or returns <see langword="null"/> when the document has any problem.</summary>
    public CareerCatalog? Map(CatalogDocument document)
    {
        if (!CheckSchemaVersion(document, document.SchemaVersion, CareerCatalogJson.SchemaVersion))
            return null;
        foreach (var currency in Present(document.Currencies))
            DeclareCurrency(currency);
        var builder = CareerCatalog.CreateBuilder();
        if (document.ProficiencyScale is { } scaleDto)
        {
            var scale = MapScale(scaleDto);
            scaleBroken = scale is null;
            if (scale is not null)
                builder.UseProficiencyScale(scale);
        }
        builder.AddRegions(MapAll(document.Regions, MapRegion));
        builder.AddSkills(MapAll(document.Skills, MapSkill));
        builder.AddRoles(MapAll(document.Roles, MapRole));
        builder.AddTransitions(MapAll(document.Transitions, MapTransition));
        try
        {
            var catalog = builder.Build();
            return Problems.Count == 0 ? catalog : null;
        }
        catch (CatalogValidationException e)
        {
            foreach (var problem in e.Problems)
                ReportCatalogProblem(document, problem);
            return null;
        }
    }

    private void DeclareCurrency(CurrencyDto dto)
    {
        var currency = Make(dto, () => new Currency(dto.Code ?? "QQQ", dto.MinorUnits ?? 0, dto.Name ?? StandInText));
        if (currency is null || dto.HasFaults)
        {
            if (dto.Code is not null)
                brokenCurrencies.Add(dto.Code);
            return;
        }
        if (!declaredCurrencies.TryAdd(currency.Code, currency))
            Report(CareerJsonProblemKind.DuplicateId, dto, "code", -1, $"Currency '{currency.Code}' is declared more than once; declare each code once.");
    }

    private ProficiencyScale? MapScale(ProficiencyScaleDto dto)
    {
        if (dto.LevelNames is null || dto.IsFaulty("levelNames"))
            return null;
        var scale = Make(dto, () => new ProficiencyScale(dto.Name ?? StandInText, dto.LevelNames.Select(n => n ?? StandInText)));
        return dto.HasFaults ? null : scale;
    }

    private Region? MapRegion(RegionDto dto)
    {
        var kind = ParseEnum<RegionKind>(dto, "kind", dto.Kind);
        var currency = ResolveCurrency(dto, "currency", dto.Currency);
        // A region's id and parent rules depend on its kind: without a kind there is nothing to check.
        var region = kind is { } k && dto.Id is not null
            ? Make(dto, () => new Region(dto.Id, dto.Name ?? StandInText, k, currency ?? Currency.None, dto.ParentId))
            : null;
        return Finish(dto, region, true, brokenRegions, dto.Id);
    }

    private Skill? MapSkill(SkillDto dto)
    {
        var id = CheckedId(dto, "id", dto.Id);
        var category = ParseEnum<SkillCategory>(dto, "category", dto.Category);
        var skill = Make(dto, () => new Skill(id ?? StandInId, dto.Name ?? StandInText, category ?? default, dto.Description));
        return Finish(dto, skill, true, brokenSkills, dto.Id);
    }

    private Transition? MapTransition(TransitionDto dto)
    {
        var from = CheckedId(dto, "fromRoleId", dto.FromRoleId);
        var to = CheckedId(dto, "toRoleId", dto.ToRoleId);
        var kind = ParseEnum<TransitionKind>(dto, "kind", dto.Kind);
        var time = ParsePeriod(dto, "typicalTime", dto.TypicalTime);
        var transition = Make(dto, () => new Transition(from ?? StandInId + "-from", to ?? StandInId + "-to", kind ?? default, time, dto.Strength ?? Transition.DefaultStrength));
        return Finish(dto, transition, true, null, null);
    }

    private Currency? ResolveCurrency(JsonDto dto, string property, string? code)
    {
        if (code is null)
            return null;
        if (declaredCurrencies.TryGetValue(code, out var currency) || Currency.TryFromCode(code, out currency))
            return currency;
        if (brokenCurrencies.Contains(code))
            dto.MarkFaulty(property); // its declaration's problem is reported already
        else
            Report(CareerJsonProblemKind.UnknownReference, dto, property, -1,
                $"{property} '{DocumentReader.Shorten(code)}' is neither a built-in currency nor declared in 'currencies'; built in: {string.Join(", ", Currency.BuiltIn.Select(c => c.Code))}.");
        return null;
    }

    private void ReportCatalogProblem(CatalogDocument document, CatalogProblem problem)
    {
        if (IsEcho(problem))
            return;
        var kind = problem.Kind switch
        {
            CatalogProblemKind.DuplicateId => CareerJsonProblemKind.DuplicateId,
            CatalogProblemKind.UnknownReference => CareerJsonProblemKind.UnknownReference,
            _ => CareerJsonProblemKind.InvalidCatalog,
        };
        if (problem.Subject is not null && Sources.TryGetValue(problem.Subject, out var dto))
        {
            var member = problem.Member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(problem.Member);
            Report(kind, dto, member, -1, problem.Message);
        }
        else
        {
            // A problem of a whole list, such as two world regions: at the list.
            var property = document.Shape!.TryGetIndex(problem.Location, out _) ? problem.Location : null;
            Report(kind, document, property, -1, problem.Message);
        }
    }

    /// <summary>A reference to an element that failed is not news: the element's own problem was reported.</summary>
    private bool IsEcho(CatalogProblem problem) => problem.Kind switch
    {
        CatalogProblemKind.UnknownReference => problem.Subject switch
        {
            SkillRequirement requirement => brokenSkills.Contains(requirement.SkillId),
            Region region => region.ParentId is { } parent && brokenRegions.Contains(parent),
            Transition transition => brokenRoles.Contains(problem.Member == nameof(Transition.FromRoleId) ? transition.FromRoleId : transition.ToRoleId),
            SalaryBand band => Sources.TryGetValue(band, out var dto) && dto.Key is { } regionId && brokenRegions.Contains(regionId),
            _ => false,
        },
        CatalogProblemKind.LevelOutOfScale => scaleBroken,
        _ => false,
    };
}
