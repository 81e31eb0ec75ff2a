using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Tests.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation;

[Properties(Arbitrary = [typeof(MoneyArbitraries), typeof(CompensationArbitraries)], MaxTest = 300)]
public class PayPercentilesProperties
{
    private static readonly int[] Percentiles = [10, 25, 50, 75, 90];

    [Property]
    public Property Known_is_ascending_in_percentile_and_in_value(PayPercentiles percentiles)
    {
        var known = percentiles.Known;
        var pairs = known.Zip(known.Skip(1)).ToList();
        return (known.Count is >= 1 and <= 5).Label($"count {known.Count}")
            .And(known.All(p => Percentiles.Contains(p.Key)).Label("keys"))
            .And(pairs.All(p => p.First.Key < p.Second.Key).Label("keys ascending"))
            .And(pairs.All(p => p.First.Value <= p.Second.Value).Label("values ascending"));
    }

    [Property]
    public bool Known_matches_the_percentile_properties(PayPercentiles percentiles)
    {
        Money?[] all = [percentiles.P10, percentiles.P25, percentiles.P50, percentiles.P75, percentiles.P90];
        var expected = Percentiles.Zip(all).Where(p => p.Second.HasValue).Select(p => (p.First, p.Second!.Value));
        return expected.SequenceEqual(percentiles.Known.Select(k => (k.Key, k.Value)));
    }

    [Property]
    public bool All_known_percentiles_share_the_currency(PayPercentiles percentiles) =>
        percentiles.Known.All(p => p.Value.Currency == percentiles.Currency && !p.Value.IsNegative);

    [Property]
    public bool Recreating_from_the_parts_gives_equal_percentiles_with_an_equal_hash(PayPercentiles percentiles)
    {
        var copy = new PayPercentiles(percentiles.P10, percentiles.P25, percentiles.P50, percentiles.P75, percentiles.P90);
        return copy.Equals(percentiles) && percentiles.Equals(copy) && copy.GetHashCode() == percentiles.GetHashCode();
    }

    [Property]
    public Property Putting_the_highest_value_below_the_lowest_throws(PayPercentiles percentiles)
    {
        var known = percentiles.Known;
        var (lowest, highest) = (known[0], known[^1]);

        bool Throws()
        {
            Money? At(int key) =>
                key == lowest.Key ? highest.Value
                : key == highest.Key ? lowest.Value
                : null;
            try
            {
                _ = new PayPercentiles(At(10), At(25), At(50), At(75), At(90));
                return false;
            }
            catch (ArgumentException ex)
            {
                return ex.ParamName == $"p{highest.Key}" && ex.Message.Contains("must not be below", StringComparison.Ordinal);
            }
        }

        return Throws().When(lowest.Value < highest.Value);
    }
}
