using System.Globalization;
using CareerModel.Internal;
using NodaTime;
using NodaTime.Text;

namespace CareerModel.Serialization;

/// <summary>
/// What the mappers of every document (<see cref="CatalogMapper"/>, <see cref="ProfileMapper"/>)
/// share: making the model through its own constructors and logging every rule they refuse at the
/// path of the value at fault, reading ids, enums, dates and periods the way the format says, and
/// the neutral stand-ins that let an element's other rules be checked when one value has failed.
/// </summary>
/// <param name="problems">The log of the document's problems.</param>
internal abstract class DocumentMapper(ProblemLog problems)
{
    /// <summary>Stands in for an id that has a problem already, so that the element's other rules are still checked.</summary>
    protected const string StandInId = "invalid-id";

    /// <summary>Stands in for a text that has a problem already.</summary>
    protected const string StandInText = "invalid";

    /// <summary>Gets the log of the document's problems.</summary>
    protected ProblemLog Problems { get; } = problems;

    /// <summary>Gets the object of the document each element kept was made from, so that later checks can report at it.</summary>
    protected Dictionary<object, JsonDto> Sources { get; } = new(ReferenceEqualityComparer.Instance);

    /// <summary>Reports a <c>schemaVersion</c> other than <paramref name="supported"/>; <see langword="false"/> then.</summary>
    protected bool CheckSchemaVersion(JsonDto document, int? version, int supported)
    {
        if (version is not { } given || given == supported)
            return true;
        Report(CareerJsonProblemKind.InvalidValue, document, "schemaVersion", -1,
            $"schemaVersion {given} is not supported; this version of CareerModel reads schemaVersion {supported}.");
        return false;
    }

    /// <summary>The items of a list that are there (a null item has been reported by the reader).</summary>
    protected static IEnumerable<T> Present<T>(List<T?>? items)
        where T : class =>
        items?.OfType<T>() ?? [];

    protected static List<T> MapAll<TDto, T>(List<TDto?>? items, Func<TDto, T?> map)
        where TDto : JsonDto
        where T : class =>
        Present(items).Select(map).OfType<T>().ToList();

    /// <summary>Names a property or one item of it in a message: <c>families</c>, <c>families[2]</c>.</summary>
    protected static string Named(string property, int index) =>
        index < 0 ? property : $"{property}[{index.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>
    /// Keeps a made element only when nothing about it had a problem; otherwise notes its id as
    /// broken (so that references to it are not reported again) and returns <see langword="null"/>.
    /// </summary>
    protected T? Finish<T>(JsonDto dto, T? made, bool partsOk, HashSet<string>? broken, string? id)
        where T : class
    {
        if (made is not null && partsOk && !dto.HasFaults)
        {
            Sources[made] = dto;
            return made;
        }
        if (id is not null)
            broken?.Add(id);
        return null;
    }

    /// <summary>Runs a model constructor, logging what it refuses at the property its parameter names.</summary>
    protected T? Make<T>(JsonDto dto, Func<T> make)
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
            Report(CareerJsonProblemKind.InvalidValue, dto, property, index, MessageOf(e));
            return null;
        }
    }

    protected void Report(CareerJsonProblemKind kind, JsonDto dto, string? property, int index, string message)
    {
        Problems.Add(kind, dto.StartOf(property, index), JsonPlace.PathOf(dto, property, index), message);
        dto.MarkFaulty(property ?? string.Empty);
    }

    /// <summary>
    /// Checks an id by the model's rule, at a property, at one item of a list (<paramref name="index"/>),
    /// or, with no <paramref name="property"/>, at a map entry whose key it is.
    /// </summary>
    protected string? CheckedId(JsonDto dto, string? property, string? id, int index = -1)
    {
        if (id is null)
            return null;
        try
        {
            return Check.Id(id, property is null ? $"{dto.ParentProperty} key" : Named(property, index));
        }
        catch (ArgumentException e)
        {
            Report(CareerJsonProblemKind.InvalidValue, dto, property, index, MessageOf(e));
            return null;
        }
    }

    /// <summary>Reads an enum by its JSON name, at a property or at one item of a list (<paramref name="index"/>).</summary>
    protected T? ParseEnum<T>(JsonDto dto, string property, string? name, int index = -1)
        where T : struct, Enum
    {
        if (name is null)
            return null;
        if (JsonEnum<T>.TryParse(name, out var value))
            return value;
        Report(CareerJsonProblemKind.InvalidValue, dto, property, index, $"{Named(property, index)} '{DocumentReader.Shorten(name)}' is not one of: {JsonEnum<T>.Names}.");
        return null;
    }

    protected Period? ParsePeriod(JsonDto dto, string property, string? text)
    {
        if (text is null)
            return null;
        var result = PeriodPattern.NormalizingIso.Parse(text);
        if (result.Success)
            return result.Value;
        Report(CareerJsonProblemKind.InvalidValue, dto, property, -1,
            $"{property} '{DocumentReader.Shorten(text)}' is not an ISO 8601 period in years and months, such as P2Y, P18M or P1Y6M.");
        return null;
    }

    protected LocalDate? ParseDate(JsonDto dto, string property, string? text)
    {
        if (text is null)
            return null;
        var result = LocalDatePattern.Iso.Parse(text);
        if (result.Success)
            return result.Value;
        Report(CareerJsonProblemKind.InvalidValue, dto, property, -1,
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
}
