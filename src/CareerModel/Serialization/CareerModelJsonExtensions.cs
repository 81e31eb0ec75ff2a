using System.Text.Json;
using System.Text.Json.Serialization;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Compensation.Location;
using CareerModel.Compensation.Projection;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Serialization;

/// <summary>
/// Teaches <see cref="JsonSerializer"/> CareerModel's types, in the style of
/// NodaTime.Serialization.SystemTextJson: <c>new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCareerModel()</c>.
/// </summary>
/// <remarks>
/// <para>With the converters, the value types read and write the shapes of docs/json-format.md:
/// <see cref="Money"/> as <c>{ "amount": 42000, "currency": "USD" }</c>, a <see cref="Currency"/>
/// as its code, a <see cref="SalaryBand"/> as a pay band, a <see cref="Profile"/> and a
/// <see cref="CareerCatalog"/> as the documents <see cref="ProfileJson"/> and
/// <see cref="CareerCatalogJson"/> read (with all their checks), CareerModel's enums as camelCase
/// names, and NodaTime's <see cref="LocalDate"/> and <see cref="Period"/> as ISO 8601 text — unless
/// the options already convert those (such as after <c>ConfigureForNodaTime</c>). Result types
/// (paths, readiness, gap analyses) serialize property by property through these converters.</para>
/// <para>A value that breaks a rule throws <see cref="JsonException"/>, which the serializer
/// completes with the path, line and position of the value. The converters use no reflection, so
/// they work with a source-generated <see cref="JsonSerializerContext"/> and native AOT.</para>
/// </remarks>
public static class CareerModelJsonExtensions
{
    /// <summary>Adds CareerModel's converters to the options.</summary>
    /// <param name="options">The options, which must not be in use yet (the serializer freezes them at first use).</param>
    /// <returns>The same options, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The options are already in use.</exception>
    public static JsonSerializerOptions ConfigureForCareerModel(this JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var converters = options.Converters;
        if (!converters.Any(c => c.CanConvert(typeof(LocalDate))))
            converters.Add(new IsoLocalDateJsonConverter());
        if (!converters.Any(c => c.CanConvert(typeof(Period))))
            converters.Add(new IsoPeriodJsonConverter());
        converters.Add(new CurrencyJsonConverter());
        converters.Add(new MoneyJsonConverter());
        converters.Add(new SalaryBandJsonConverter());
        converters.Add(new ProfileJsonConverter());
        converters.Add(new CareerCatalogJsonConverter());
        AddEnums(converters);
        return options;
    }

    private static void AddEnums(IList<JsonConverter> converters)
    {
        converters.Add(Enum<CareerTrack>());
        converters.Add(Enum<TransitionKind>());
        converters.Add(Enum<RemoteWork>());
        converters.Add(Enum<CatalogProblemKind>());
        converters.Add(Enum<RegionKind>());
        converters.Add(Enum<SkillCategory>());
        converters.Add(Enum<EducationLevel>());
        converters.Add(Enum<PayPeriod>());
        converters.Add(Enum<SpreadConvention>());
        converters.Add(Enum<WageFigureStatus>());
        converters.Add(Enum<PayPolicyKind>());
        converters.Add(Enum<AgeingMethod>());
        converters.Add(Enum<ProjectionEntryKind>());
        converters.Add(Enum<RangePositionBasis>());
        converters.Add(Enum<RoundingMoment>());
        converters.Add(Enum<ReadinessActionKind>());
        converters.Add(Enum<PayBasis>());
        converters.Add(Enum<RecommendationWarningKind>());
        converters.Add(Enum<CareerJsonProblemKind>());
    }

    // Exactly the documents' spellings: camelCase names, never numbers.
    private static JsonStringEnumConverter<T> Enum<T>() where T : struct, Enum => new(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
}
