using System.Reflection;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Onet;

namespace CareerModel.Tests.Onet;

/// <summary>The Onet package's value types, and its public surface following the core's house rules.</summary>
public class OnetValueTypeTests
{
    private static readonly Type[] PublicTypes = typeof(OnetCatalog).Assembly.GetExportedTypes();

    [Fact]
    public void Wage_values_compare_by_value_and_describe_themselves()
    {
        var exact = WageFigure.Exact(new Money(30_000m, Currency.USD));
        var top = WageFigure.TopCoded(new Money(239_200m, Currency.USD));
        var a = new WageDistribution(exact, exact, exact, exact, exact, top);
        var b = new WageDistribution(exact, exact, exact, exact, exact, top);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, WageDistribution.None);
        Assert.True(WageDistribution.None.IsEmpty);
        Assert.EndsWith("p90 ≥ USD 239,200.00 (top-coded), mean USD 30,000.00", a.ToString(), StringComparison.Ordinal);
        var wages = new OccupationWages("43-4051.00", "43-4051", "Customer Service Representatives", 10, a, WageDistribution.None);
        Assert.Equal(wages, new OccupationWages("43-4051.00", "43-4051", "Customer Service Representatives", 10, b, WageDistribution.None));
        Assert.NotEqual(wages, new OccupationWages("43-4051.00", "43-4051", "Customer Service Representatives", 11, b, WageDistribution.None));
        Assert.Equal("43-4051.00 (OEWS 43-4051 Customer Service Representatives): annual median USD 30,000.00, hourly median suppressed", wages.ToString());
        Assert.Throws<ArgumentOutOfRangeException>("employment", () => new OccupationWages("x", "y", "z", -1, a, a));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_wage_distribution_is_empty_only_when_every_figure_is_suppressed(int published)
    {
        var figures = Enumerable.Range(0, 6).Select(i => i == published ? WageFigure.Exact(new Money(40_000m, Currency.USD)) : WageFigure.Suppressed).ToArray();

        var distribution = new WageDistribution(figures[0], figures[1], figures[2], figures[3], figures[4], figures[5]);

        Assert.Equal(published < 0, distribution.IsEmpty);
    }

    [Fact]
    public void Notes_compare_by_value()
    {
        var note = new ImportNote(ImportNoteKind.WageJoin, "13-1021.00", "joined");

        Assert.True(note == new ImportNote(ImportNoteKind.WageJoin, " 13-1021.00 ", "joined "));
        Assert.True(note != new ImportNote(ImportNoteKind.WageJoin, null, "joined"));
        Assert.Equal("WageJoin: joined", new ImportNote(ImportNoteKind.WageJoin, null, "joined").ToString());
        Assert.Throws<ArgumentException>(() => new ImportNote(ImportNoteKind.WageJoin, null, " "));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => new ImportNote((ImportNoteKind)99, null, "x"));
    }

    public static TheoryData<Type> EquatableTypes() =>
        [.. PublicTypes.Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))];

    [Theory]
    [MemberData(nameof(EquatableTypes))]
    public void Every_equatable_type_defines_equality_operators_and_ToString(Type type)
    {
        Assert.NotNull(type.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static, [type, type]));
        Assert.NotNull(type.GetMethod("op_Inequality", BindingFlags.Public | BindingFlags.Static, [type, type]));
        Assert.Equal(type, type.GetMethod(nameof(ToString), Type.EmptyTypes)!.DeclaringType);
    }

    [Fact]
    public void Every_public_class_is_sealed_or_static_and_none_is_a_record()
    {
        Assert.Empty(PublicTypes.Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract).Select(t => t.FullName));
        Assert.Empty(PublicTypes.Where(t => t.GetMethod("<Clone>$") is not null).Select(t => t.FullName));
    }

    [Fact]
    public void Every_public_type_lives_in_a_file_named_after_it_in_the_folder_of_its_namespace()
    {
        var root = Path.Combine(OnetDataFolders.Repository, "src", "CareerModel.Onet");
        var misplaced = PublicTypes
            .Where(t => !t.IsNested)
            .Where(t => !File.Exists(Path.Combine([root, .. t.Namespace!.Split('.').Skip(2), t.Name + ".cs"])))
            .Select(t => t.FullName);

        Assert.Empty(misplaced);
    }
}
