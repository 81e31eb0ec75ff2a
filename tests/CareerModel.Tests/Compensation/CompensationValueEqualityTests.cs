using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

/// <summary>
/// The equality operators of the compensation values: equal values, values that differ in one
/// part, and a null on either side, so that == and != say exactly what Equals says.
/// </summary>
public class CompensationValueEqualityTests
{
    private static readonly Money Usd50K = new(50_000m, Currency.USD);
    private static readonly Money Usd60K = new(60_000m, Currency.USD);

    public static TheoryData<object, object, object> EqualAndDifferentValues() => new()
    {
        { new PayPercentiles(p50: Usd50K), new PayPercentiles(p50: Usd50K), new PayPercentiles(p50: Usd60K) },
        { new PayRate(Usd50K, PayPeriod.Annual), new PayRate(Usd50K, PayPeriod.Annual), new PayRate(Usd50K, PayPeriod.Monthly) },
        { SalaryBand.FromRange(Usd50K, Usd60K), SalaryBand.FromRange(Usd50K, Usd60K), SalaryBand.FromRange(Usd50K, Usd50K) },
        { new TotalCompensation(Usd50K, 0.1m), new TotalCompensation(Usd50K, 0.1m), new TotalCompensation(Usd50K, 0.2m) },
        { new WorkSchedule(40m, 52m), new WorkSchedule(40m, 52m), new WorkSchedule(37.5m, 52m) },
    };

    [Theory]
    [MemberData(nameof(EqualAndDifferentValues))]
    public void Equal_values_are_equal_by_both_operators_and_different_ones_by_neither(object value, object same, object other)
    {
        Assert.True(Operators.Equal(value, same));
        Assert.False(Operators.NotEqual(value, same));
        Assert.False(Operators.Equal(value, other));
        Assert.True(Operators.NotEqual(value, other));
    }

    [Theory]
    [MemberData(nameof(EqualAndDifferentValues))]
    public void A_value_is_never_equal_to_null_on_either_side_and_null_equals_null(object value, object same, object other)
    {
        _ = same;
        _ = other;
        Assert.False(Operators.Equal(value, null));
        Assert.False(Operators.Equal(null, value));
        Assert.True(Operators.NotEqual(value, null));
        Assert.True(Operators.NotEqual(null, value));
        Assert.True(Operators.Equal(null, null, value.GetType()));
        Assert.False(Operators.NotEqual(null, null, value.GetType()));
    }

    [Fact]
    public void Total_compensations_differ_when_any_one_part_differs()
    {
        var total = new TotalCompensation(Usd50K, 0.1m, new Money(5_000m, Currency.USD));

        Assert.Equal(new TotalCompensation(Usd50K, 0.1m, new Money(5_000m, Currency.USD)), total);
        Assert.NotEqual(new TotalCompensation(Usd60K, 0.1m, new Money(5_000m, Currency.USD)), total);
        Assert.NotEqual(new TotalCompensation(Usd50K, 0.2m, new Money(5_000m, Currency.USD)), total);
        Assert.NotEqual(new TotalCompensation(Usd50K, 0.1m, new Money(6_000m, Currency.USD)), total);
        Assert.False(total.Equals(null));
    }

    [Fact]
    public void Wage_figures_are_equal_by_status_and_value()
    {
        Assert.True(WageFigure.Exact(Usd50K) == WageFigure.Exact(Usd50K));
        Assert.False(WageFigure.Exact(Usd50K) != WageFigure.Exact(Usd50K));
        Assert.True(WageFigure.Exact(Usd50K) != WageFigure.TopCoded(Usd50K));
        Assert.True(WageFigure.Exact(Usd50K) != WageFigure.Suppressed);
    }

    /// <summary>Calls a type's own == and != operators, as user code compiled against it would.</summary>
    private static class Operators
    {
        public static bool Equal(object? left, object? right, Type? type = null) => Invoke("op_Equality", left, right, type);

        public static bool NotEqual(object? left, object? right, Type? type = null) => Invoke("op_Inequality", left, right, type);

        private static bool Invoke(string name, object? left, object? right, Type? type)
        {
            var declaring = type ?? (left ?? right)!.GetType();
            var method = declaring.GetMethod(name, [declaring, declaring])!;
            return (bool)method.Invoke(null, [left, right])!;
        }
    }
}
