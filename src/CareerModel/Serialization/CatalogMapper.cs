using System.Text.Json;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Geography;
using CareerModel.Internal;
using CareerModel.Monetary;
using CareerModel.Skills;
using NodaTime;
using NodaTime.Text;

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
internal sealed partial class CatalogMapper(ProblemLog problems)
{
    private const string StandInId = "invalid-id";
    private const string StandInText = "invalid";

    private readonly Dictionary<string, Currency> declaredCurrencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenCurrencies = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenRegions = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenSkills = new(StringComparer.Ordinal);
    private readonly HashSet<string> brokenRoles = new(StringComparer.Ordinal);
    private readonly Dictionary<object, JsonDto> sources = new(ReferenceEqualityComparer.Instance);
    private bool scaleBroken;

    /// <summary>Makes the catalog, or returns <see langword="null"/> when the document has any problem.</summary>
    public CareerCatalog? Map(CatalogDocument document)
    {
        if (document.SchemaVersion is { } version && version != CareerCatalogJson.SchemaVersion)
        {
            Report(CatalogJsonProblemKind.InvalidValue, document, "schemaVersion", -1,
                $"schemaVersion {version} is not supported; this version of CareerModel reads schemaVersion {CareerCatalogJson.SchemaVersion}.");
            return null;
        }
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
            return problems.Count == 0 ? catalog : null;
        }
        catch (CatalogValidationException e)
        {
            foreach (var problem in e.Problems)
                ReportCatalogProblem(document, problem);
            return null;
        }
    }

    private static IEnumerable<T> Present<T>(List<T?>? items)
        where T : class =>
        items?.OfType<T>() ?? [];

    private static List<T> MapAll<TDto, T>(List<TDto?>? items, Func<TDto, T?> map)
        where TDto : JsonDto
        where T : class =>
        Present(items).Select(map).OfType<T>().ToList();

    private void DeclareCurrency(CurrencyDto dto)
    {
        var currency = Make(dto, () => Currency.Create(dto.Code ?? "QQQ", dto.MinorUnits ?? 0, dto.Name ?? StandInText));
        if (currency is null || dto.HasFaults)
        {
            if (dto.Code is not null)
                brokenCurrencies.Add(dto.Code);
            return;
        }
        if (!declaredCurrencies.TryAdd(currency.Code, currency))
            Report(CatalogJsonProblemKind.DuplicateId, dto, "code", -1, $"Currency '{currency.Code}' is declared more than once; declare each code once.");
    }

    private ProficiencyScale? MapScale(ProficiencyScaleDto dto)
    {
        if (dto.LevelNames is null || dto.IsFaulty("levelNames"))
            return null;
        var scale = Make(dto, () => ProficiencyScale.Create(dto.Name ?? StandInText, dto.LevelNames.Select(n => n ?? StandInText)));
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
        var transition = Make(dto, () => new Transition(from ?? StandInId + "-from", to ?? StandInId + "-to", kind ?? default, time));
        return Finish(dto, transition, true, null, null);
    }

    /// <summary>
    /// Keeps a made element only when nothing about it had a problem; otherwise notes its id as
    /// broken (so that references to it are not reported again) and returns <see langword="null"/>.
    /// </summary>
    private T? Finish<T>(JsonDto dto, T? made, bool partsOk, HashSet<string>? broken, string? id)
        where T : class
    {
        if (made is not null && partsOk && !dto.HasFaults)
        {
            sources[made] = dto;
            return made;
        }
        if (id is not null)
            broken?.Add(id);
        return null;
    }

    /// <summary>Runs a model constructor, logging what it refuses at the property its parameter names.</summary>
    private T? Make<T>(JsonDto dto, Func<T> make)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException e)
        {
            var (property, index) = PropertyOf(dto, e.ParamName);
            if (property is not null && dto.IsFaulty(property))
                return null; // about a stand-in: the value's own problem is reported already
            Report(CatalogJsonProblemKind.InvalidValue, dto, property, index, MessageOf(e));
            return null;
        }
    }

    private void Report(CatalogJsonProblemKind kind, JsonDto dto, string? property, int index, string message)
    {
        problems.Add(kind, dto.StartOf(property, index), JsonPlace.PathOf(dto, property, index), message);
        dto.MarkFaulty(property ?? string.Empty);
    }

    /// <summary>Checks an id by the model's rule; <paramref name="property"/> is null for a map key, reported at its entry.</summary>
    private string? CheckedId(JsonDto dto, string? property, string? id)
    {
        if (id is null)
            return null;
        try
        {
            return Check.Id(id, property ?? $"{dto.ParentProperty} key");
        }
        catch (ArgumentException e)
        {
            Report(CatalogJsonProblemKind.InvalidValue, dto, property, -1, MessageOf(e));
            return null;
        }
    }

    private T? ParseEnum<T>(JsonDto dto, string property, string? name)
        where T : struct, Enum
    {
        if (name is null)
            return null;
        if (JsonEnum<T>.TryParse(name, out var value))
            return value;
        Report(CatalogJsonProblemKind.InvalidValue, dto, property, -1, $"{property} '{DocumentReader.Shorten(name)}' is not one of: {JsonEnum<T>.Names}.");
        return null;
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
            Report(CatalogJsonProblemKind.UnknownReference, dto, property, -1,
                $"{property} '{DocumentReader.Shorten(code)}' is neither a built-in currency nor declared in 'currencies'; built in: {string.Join(", ", Currency.BuiltIn.Select(c => c.Code))}.");
        return null;
    }

    private Period? ParsePeriod(JsonDto dto, string property, string? text)
    {
        if (text is null)
            return null;
        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (result.Success)
            return result.Value;
        Report(CatalogJsonProblemKind.InvalidValue, dto, property, -1,
            $"{property} '{DocumentReader.Shorten(text)}' is not an ISO 8601 period in years and months, such as P2Y, P18M or P1Y6M.");
        return null;
    }

    private LocalDate? ParseDate(JsonDto dto, string property, string? text)
    {
        if (text is null)
            return null;
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
            return result.Value;
        Report(CatalogJsonProblemKind.InvalidValue, dto, property, -1,
            $"{property} '{DocumentReader.Shorten(text)}' is not an ISO 8601 date in the form yyyy-MM-dd, such as 2025-01-31.");
        return null;
    }

    /// <summary>
    /// The property a constructor parameter names: the model's parameters are named as the format's
    /// properties are (<c>rank</c>, <c>minimum</c>, <c>topIndustries[2]</c>), so the name finds it.
    /// </summary>
    private static (string? Property, int Index) PropertyOf(JsonDto dto, string? paramName)
    {
        if (paramName is null)
            return (null, -1);
        var name = paramName;
        var index = -1;
        var bracket = paramName.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0 && paramName.EndsWith(']') && int.TryParse(paramName.AsSpan(bracket + 1, paramName.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture, out var i))
        {
            name = paramName[..bracket];
            index = i;
        }
        return dto.Shape is not null && dto.Shape.TryGetIndex(name, out _) ? (name, index) : (null, -1);
    }

    /// <summary>The model's sentence without the runtime's " (Parameter 'x')" and "Actual value was …" additions.</summary>
    private static string MessageOf(ArgumentException e)
    {
        var message = e.Message;
        var newLine = message.IndexOf('\n', StringComparison.Ordinal);
        if (newLine >= 0)
            message = message[..newLine].TrimEnd('\r');
        if (e.ParamName is { } name && message.EndsWith($" (Parameter '{name}')", StringComparison.Ordinal))
            message = message[..^$" (Parameter '{name}')".Length];
        return message;
    }

    private void ReportCatalogProblem(CatalogDocument document, CatalogProblem problem)
    {
        if (IsEcho(problem))
            return;
        var kind = problem.Kind switch
        {
            CatalogProblemKind.DuplicateId => CatalogJsonProblemKind.DuplicateId,
            CatalogProblemKind.UnknownReference => CatalogJsonProblemKind.UnknownReference,
            _ => CatalogJsonProblemKind.InvalidCatalog,
        };
        if (problem.Subject is not null && sources.TryGetValue(problem.Subject, out var dto))
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
            SalaryBand band => sources.TryGetValue(band, out var dto) && dto.Key is { } regionId && brokenRegions.Contains(regionId),
            _ => false,
        },
        CatalogProblemKind.LevelOutOfScale => scaleBroken,
        _ => false,
    };
}
