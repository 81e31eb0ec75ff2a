using System.Reflection;
using CareerModel.Careers;
using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Onet;

namespace CareerModel.Tests.Equality;

/// <summary>
/// Every public value type of CareerModel and CareerModel.Onet (every type equatable to itself)
/// has its equality checked by the value-equality test class of its namespace, with one differing
/// value per part: a new value type without equality tests fails here, named.
/// </summary>
public class ValueEqualityCoverageTests
{
    private static readonly Assembly[] Libraries = [typeof(CareerCatalog).Assembly, typeof(OnetCatalog).Assembly];

    private static IEnumerable<Type> ValueTypes =>
        Libraries.SelectMany(a => a.GetExportedTypes())
            .Where(t => !t.IsGenericTypeDefinition && t.GetInterfaces().Contains(typeof(IEquatable<>).MakeGenericType(t)));

    /// <summary>The test classes that check value equality, with their cases.</summary>
    private static IEnumerable<(Type TestClass, EqualityCase Case)> Cases =>
        typeof(ValueEqualityCoverageTests).Assembly.GetTypes()
            .Where(t => t.IsClass && t.GetInterfaces().Contains(typeof(IValueEqualityCases)))
            .SelectMany(t => ((IReadOnlyList<EqualityCase>)t.GetProperty(nameof(IValueEqualityCases.Cases), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)
                .Select(c => (t, c)));

    [Fact]
    public void Every_public_value_type_has_an_equality_case()
    {
        var covered = Cases.Select(c => c.Case.Type).ToHashSet();
        var missing = ValueTypes.Where(t => !covered.Contains(t)).Select(t => t.FullName).Order(StringComparer.Ordinal).ToList();

        Assert.True(
            missing.Count == 0,
            $"No equality case for {string.Join(", ", missing)}: add one to the ValueEqualityTests class of its namespace (a value, an equal one built apart, and one differing value per part its Equals compares).");
    }

    [Fact]
    public void The_value_types_found_include_those_of_both_libraries()
    {
        var types = ValueTypes.ToList();

        Assert.Contains(typeof(Money), types);
        Assert.Contains(typeof(SalaryBand), types);
        Assert.Contains(typeof(WageDistribution), types);
        Assert.DoesNotContain(typeof(OnetCatalog), types);
    }

    [Fact]
    public void Every_case_is_for_a_public_value_type_and_lives_in_the_test_class_of_its_namespace()
    {
        var valueTypes = ValueTypes.ToHashSet();
        var misplaced = Cases
            .Where(c => !valueTypes.Contains(c.Case.Type) || c.TestClass.Namespace != TestNamespaceOf(c.Case.Type))
            .Select(c => $"{c.Case.Name} in {c.TestClass.FullName}")
            .ToList();

        Assert.True(misplaced.Count == 0, $"Cases not for a public value type, or not in the test class of its namespace: {string.Join(", ", misplaced)}.");
    }

    [Fact]
    public void Every_case_names_its_differing_parts_once_each_and_has_a_name_of_its_own()
    {
        var all = Cases.Select(c => c.Case).ToList();

        Assert.All(all, c =>
        {
            Assert.NotEmpty(c.Parts);
            Assert.Equal(c.Parts.Count, c.Parts.Distinct(StringComparer.Ordinal).Count());
        });
        Assert.Equal(all.Count, all.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>The namespace of the tests for a type: <c>CareerModel.Monetary</c> → <c>CareerModel.Tests.Monetary</c>.</summary>
    private static string TestNamespaceOf(Type type) =>
        type.Namespace == "CareerModel" ? "CareerModel.Tests" : "CareerModel.Tests" + type.Namespace!["CareerModel".Length..];
}
