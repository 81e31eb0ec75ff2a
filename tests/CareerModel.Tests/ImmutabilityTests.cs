using System.Collections;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Reflection;
using System.Runtime.CompilerServices;
using CareerModel.Careers;
using CareerModel.Onet;

namespace CareerModel.Tests;

/// <summary>
/// What makes the library safe to share between threads, checked by reflection over every
/// library assembly so a new type cannot forget it: no public type can be changed after it is made
/// (options types, which a caller fills in before a call and the engines copy, excepted), and no
/// type, public or not, keeps state in a static field that could change.
/// </summary>
public class ImmutabilityTests
{
    private static readonly Assembly[] Assemblies =
        [typeof(CareerCatalog).Assembly, typeof(OnetCatalog).Assembly, typeof(Extensions.DependencyInjection.CareerModelOptions).Assembly, typeof(CareerModel.Esco.EscoCatalog).Assembly];

    private static readonly Type[] PublicTypes = [.. Assemblies.SelectMany(a => a.GetExportedTypes())];

    /// <summary>Property bags a caller fills in before a call; each engine validates and copies them once (see RequestOptions).</summary>
    private static bool IsOptions(Type type) => type.Name.EndsWith("Options", StringComparison.Ordinal);

    private const BindingFlags Everything = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));

    /// <summary>Collection types whose contents a holder of the reference can change.</summary>
    private static bool IsMutableCollection(Type type) =>
        type.IsArray
        || (type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(List<>) || d == typeof(Dictionary<,>) || d == typeof(HashSet<>) || d == typeof(SortedDictionary<,>)
                || d == typeof(Queue<>) || d == typeof(Stack<>) || d == typeof(ICollection<>) || d == typeof(IList<>)
                || d == typeof(IDictionary<,>) || d == typeof(ISet<>)))
        || type == typeof(ArrayList) || type == typeof(Hashtable);

    [Fact]
    public void No_public_type_but_an_options_type_has_a_property_that_can_be_set()
    {
        var settable = PublicTypes.Where(t => !IsOptions(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}");

        Assert.Empty(settable);
    }

    [Fact]
    public void No_public_type_has_a_public_field_that_can_be_assigned()
    {
        var fields = PublicTypes
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(f => !f.IsInitOnly && !f.IsLiteral && !f.DeclaringType!.IsEnum)
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}");

        Assert.Empty(fields);
    }

    [Fact]
    public void No_public_property_hands_out_a_collection_its_caller_could_change()
    {
        var mutable = PublicTypes.Where(t => !IsOptions(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => IsMutableCollection(p.PropertyType))
            .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}: {p.PropertyType.Name}");

        Assert.Empty(mutable);
    }

    [Fact]
    public void No_type_keeps_state_in_a_static_field_that_could_change()
    {
        var fields = Assemblies.SelectMany(a => a.GetTypes())
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute)) && !t.IsEnum)
            .SelectMany(t => t.GetFields(Everything).Where(f => f.IsStatic && !f.IsLiteral))
            .Where(f => !f.IsDefined(typeof(CompilerGeneratedAttribute)) && !f.Name.Contains('<', StringComparison.Ordinal))
            .Where(f => !f.IsInitOnly || IsMutableCollection(f.FieldType))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}: {f.FieldType.Name}{(f.IsInitOnly ? " (readonly, but its contents can change)" : "")}");

        Assert.True(!fields.Any(), string.Join("\n", fields));
    }

    [Fact]
    public void The_checks_would_see_a_settable_property_a_mutable_collection_and_a_static_field()
    {
        // The rules' own inputs: each kind of thing the tests above refuse is recognised.
        Assert.False(IsInitOnly(typeof(Mutable).GetProperty(nameof(Mutable.Settable))!.SetMethod!));
        Assert.True(IsInitOnly(typeof(Mutable).GetProperty(nameof(Mutable.InitOnly))!.SetMethod!));
        Assert.True(IsMutableCollection(typeof(int[])));
        Assert.True(IsMutableCollection(typeof(List<string>)));
        Assert.False(IsMutableCollection(typeof(IReadOnlyList<string>)));
        Assert.False(IsMutableCollection(typeof(ReadOnlyCollection<string>)));
        Assert.False(IsMutableCollection(typeof(FrozenDictionary<string, int>)));
        Assert.False(IsMutableCollection(typeof(ImmutableArray<int>)));
    }

    private sealed class Mutable
    {
        public int Settable { get; set; }

        public int InitOnly { get; init; }
    }
}
