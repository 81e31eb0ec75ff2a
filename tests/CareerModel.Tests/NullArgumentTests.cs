using System.Collections;
using System.Reflection;
using System.Text.Json;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Location;
using CareerModel.Compensation.Projection;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.Onet;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Serialization;
using CareerModel.Skills;
using CareerModel.Tests.Serialization;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests;

/// <summary>
/// Every public constructor and method of both libraries, called with <see langword="null"/> for
/// one parameter its signature says must not be null (and sound values for the rest), throws
/// <see cref="ArgumentNullException"/> naming that parameter (an asynchronous member through its
/// task): never a <see cref="NullReferenceException"/> from deep inside, a wrong name, or nothing.
/// </summary>
public sealed class NullArgumentTests
{
    private static readonly NullabilityInfoContext Nullability = new();

    /// <summary>Text parameters whose sound value is not a role id, by name.</summary>
    private static readonly Dictionary<string, string> Texts = new()
    {
        ["code"] = "USD",
        ["rating"] = "meets",
        ["regionId"] = "US",
        ["fromRegionId"] = "US",
        ["toRegionId"] = "US",
        ["benchmarkRegionId"] = "US",
    };

    /// <summary>A sound value of each parameter type the public API takes (built per test, so the values are fresh).</summary>
    private readonly Dictionary<Type, Func<object>> samples = Samples();

    private static Dictionary<Type, Func<object>> Samples()
    {
        var catalog = CustomerServiceCatalog.Create();
        var clock = new FakeClock(Instant.FromUtc(2026, 12, 5, 0, 0));
        var profile = ExampleProfiles.CustomerServiceJunior;
        var role = catalog.GetRole("cs-specialist");
        var merit = MeritMatrix.Create(["meets"], RangePositionBasis.RangePenetration, [0.5m], [[0.03m, 0.02m]]);
        var factors = LocationFactors.Create(catalog.Regions, "US", [new LocationFactor("CA", 0.9m)]);
        return new()
        {
            [typeof(string)] = () => "cs-specialist",
            [typeof(CareerCatalog)] = () => catalog,
            [typeof(Profile)] = () => profile,
            [typeof(Role)] = () => role,
            [typeof(Skill)] = () => catalog.GetSkill("empathy"),
            [typeof(Region)] = () => catalog.GetRegion("US"),
            [typeof(Transition)] = () => catalog.GetTransitionsFrom("cs-specialist")[0],
            [typeof(SalaryBand)] = () => role.PayBands["US"],
            [typeof(Currency)] = () => Currency.USD,
            [typeof(Money)] = () => new Money(1_000, Currency.USD),
            [typeof(Period)] = () => Period.FromYears(1),
            [typeof(IClock)] = () => clock,
            [typeof(Recommender)] = () => Recommender.Create(catalog, clock),
            [typeof(CareerAssessor)] = () => CareerAssessor.Create(catalog, clock),
            [typeof(RecommendationOptions)] = () => new RecommendationOptions(),
            [typeof(ExchangeRateTable)] = () => BuiltInCatalogs.CustomerServiceExchangeRates,
            [typeof(Stream)] = () => new MemoryStream(),
            [typeof(Utf8JsonWriter)] = () => new Utf8JsonWriter(new MemoryStream()),
            [typeof(JsonSerializerOptions)] = () => new JsonSerializerOptions(),
            [typeof(int)] = () => 1,
            [typeof(double)] = () => 1.0,
            [typeof(decimal)] = () => 0.5m,
            [typeof(EducationLevel)] = () => EducationLevel.Bachelor,
            [typeof(CareerCatalogBuilder)] = () => catalog.ToBuilder(),
            [typeof(CareerJsonReadOptions)] = () => new CareerJsonReadOptions(),
            [typeof(OnetImportOptions)] = () => new OnetImportOptions(),
            [typeof(DateTimeZone)] = () => DateTimeZone.Utc,
            [typeof(RoundingPolicy)] = () => RoundingPolicy.ToMinorUnits(),
            [typeof(MeritMatrix)] = () => merit,
            [typeof(PromotionPolicy)] = () => PromotionPolicy.ToBandMinimum,
            [typeof(PayProjector)] = () => new PayProjector(merit, PromotionPolicy.ToBandMinimum, RoundingPolicy.ToMinorUnits()),
            [typeof(PurchasingPowerParityTable)] = () => PurchasingPowerParityTable.Create([new PurchasingPowerParity("US", new LocalDate(2025, 1, 1), Currency.USD, 1m)]),
            [typeof(LocationFactors)] = () => factors,
            [typeof(PayPolicy)] = () => PayPolicy.BenchmarkTimesFactor(factors),
            [typeof(RegionalPay)] = () => RegionalPay.Create(catalog.Regions, PayPolicy.LocalMarket),
            [typeof(LearningTimes)] = () => LearningTimes.Default,
            [typeof(WorkHistory)] = () => profile.WorkHistory,
            [typeof(ProficiencyScale)] = () => catalog.ProficiencyScale,
            [typeof(Provenance)] = () => new Provenance("a test"),
        };
    }

    [Fact]
    public void Every_public_member_refuses_a_null_argument_by_name()
    {
        var checkedCalls = 0;
        var wrong = new List<string>();
        foreach (var member in PublicMembers())
        {
            var parameters = member.GetParameters();
            for (var i = 0; i < parameters.Length; i++)
            {
                if (!MustNotBeNull(parameters[i]) || !TryArguments(member, parameters, i, out var target, out var arguments))
                    continue;
                checkedCalls++;
                var thrown = Call(member, target, arguments);
                if (thrown is not ArgumentNullException nullArgument || nullArgument.ParamName != parameters[i].Name)
                    wrong.Add($"{member.DeclaringType!.Name}.{member.Name}({string.Join(", ", parameters.Select(p => p.ParameterType.Name))}) with {parameters[i].Name} null: {thrown?.GetType().Name ?? "no exception"} {(thrown as ArgumentException)?.ParamName}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // 204 calls on 2026-12-05; far fewer would mean the samples stopped matching the API.
        Assert.True(checkedCalls >= 200, $"only {checkedCalls} calls could be made");
    }

    private static IEnumerable<MethodBase> PublicMembers()
    {
        const BindingFlags Declared = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var types = typeof(CareerCatalog).Assembly.GetExportedTypes().Concat(typeof(OnetCatalog).Assembly.GetExportedTypes());
        foreach (var type in types.Where(t => !t.IsGenericTypeDefinition && !typeof(Delegate).IsAssignableFrom(t)))
        {
            if (!type.IsAbstract)
            {
                foreach (var constructor in type.GetConstructors())
                    yield return constructor;
            }
            foreach (var method in type.GetMethods(Declared).Where(m => !m.IsGenericMethodDefinition && !m.IsSpecialName && !m.IsAbstract))
                yield return method;
        }
    }

    private static bool MustNotBeNull(ParameterInfo parameter) =>
        !parameter.ParameterType.IsValueType && !parameter.IsOut && !parameter.ParameterType.IsByRef
        && Nullability.Create(parameter).WriteState == NullabilityState.NotNull;

    private bool TryArguments(MethodBase member, ParameterInfo[] parameters, int nullAt, out object? target, out object?[] arguments)
    {
        target = null;
        arguments = new object?[parameters.Length];
        if (!member.IsStatic && member is MethodInfo && !TrySample(member.DeclaringType!, out target))
            return false;
        for (var i = 0; i < parameters.Length; i++)
        {
            if (i == nullAt)
                continue;
            if (parameters[i].ParameterType == typeof(string) && Texts.TryGetValue(parameters[i].Name!, out var text))
                arguments[i] = text;
            else if (!TrySample(parameters[i].ParameterType, out arguments[i]))
                return false;
        }
        return true;
    }

    private bool TrySample(Type type, out object? value)
    {
        value = null;
        if (type.IsByRef || type.IsByRefLike || type.IsPointer)
            return false;
        if (samples.TryGetValue(type, out var make))
        {
            value = make();
            return true;
        }
        if (type.IsEnum)
        {
            value = Enum.GetValues(type).GetValue(0);
            return true;
        }
        if (type.IsValueType)
        {
            value = type == typeof(LocalDate) ? new LocalDate(2026, 12, 5) : Activator.CreateInstance(type);
            return true;
        }
        // An empty sequence for any list, set or dictionary the API takes.
        if (type.IsArray)
        {
            value = Array.CreateInstance(type.GetElementType()!, 0);
            return true;
        }
        if (type.IsGenericType && type.IsInterface && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var definition = type.GetGenericTypeDefinition();
            var arguments = type.GetGenericArguments();
            if (arguments.Length == 2 && (definition == typeof(IReadOnlyDictionary<,>) || definition == typeof(IDictionary<,>)))
                value = Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments));
            else if (arguments.Length == 1 && definition != typeof(ISet<>) && definition != typeof(IReadOnlySet<>))
                value = Array.CreateInstance(arguments[0], 0);
            return value is not null && type.IsInstanceOfType(value);
        }
        return false;
    }

    /// <summary>Calls the member and returns what it threw (an asynchronous one's task is awaited).</summary>
    private static Exception? Call(MethodBase member, object? target, object?[] arguments)
    {
        try
        {
            var result = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(target, arguments);
            var task = result as Task ?? result?.GetType().GetMethod(nameof(ValueTask.AsTask))?.Invoke(result, null) as Task;
            task?.GetAwaiter().GetResult();
            return null;
        }
        catch (TargetInvocationException e)
        {
            return e.InnerException;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
