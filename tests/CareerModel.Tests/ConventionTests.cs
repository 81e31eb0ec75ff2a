using System.Reflection;
using CareerModel.Careers;

namespace CareerModel.Tests;

/// <summary>House rules of the public API, checked over every public type so a new one cannot forget them.</summary>
public class ConventionTests
{
    private static readonly Type[] PublicTypes = typeof(CareerCatalog).Assembly.GetExportedTypes();

    public static TheoryData<Type> EquatableTypes() =>
        [.. PublicTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))];

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Every_equatable_type_defines_equality_operators(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type]));
    }

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Every_equatable_type_overrides_ToString(Type type)
    {
        Assert.Equal(type, type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType);
    }

    [Fact]
    public void Every_public_class_is_sealed_or_static()
    {
        var open = PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void No_public_type_is_a_record_whose_with_expression_would_skip_validation()
    {
        var records = PublicTypes.Where(t => t.GetMethod("<Clone>$") is not null).Select(t => t.FullName);

        Assert.Empty(records);
    }

    [Fact]
    public void Every_public_type_lives_in_a_namespace_matching_its_folder()
    {
        var root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/CareerModel"));
        var misplaced = PublicTypes
            .Where(t => !t.IsNested)
            .Select(t => (Type: t, Folder: Path.Combine([root, .. t.Namespace!.Split('.').Skip(1)])))
            .Where(x => !File.Exists(Path.Combine(x.Folder, x.Type.Name.Split('`')[0] + ".cs")))
            .Select(x => x.Type.FullName);

        Assert.Empty(misplaced);
    }
}
