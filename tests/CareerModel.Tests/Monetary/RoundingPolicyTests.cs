using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Monetary;

/// <summary>Rounding policies are values the caller chooses: how, and when.</summary>
public class RoundingPolicyTests
{
    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    [Theory]
    [InlineData(41_600.00, 41_600)]
    [InlineData(41_600.01, 41_700)]
    [InlineData(41_699.99, 41_700)]
    public void Up_to_100_rounds_up_as_GitLabs_calculator_did(double amount, int expected)
    {
        Assert.Equal(Usd(expected), RoundingPolicy.UpTo(100).Round(Usd((decimal)amount)));
    }

    [Fact]
    public void To_minor_units_uses_bankers_rounding_by_default_and_the_callers_mode_when_given()
    {
        Assert.Equal(Usd(2.34m), RoundingPolicy.ToMinorUnits().Round(Usd(2.345m)));
        Assert.Equal(Usd(2.35m), RoundingPolicy.ToMinorUnits(MidpointRounding.AwayFromZero).Round(Usd(2.345m)));
    }

    [Fact]
    public void To_nearest_and_down_to_round_to_multiples()
    {
        Assert.Equal(Usd(42_000), RoundingPolicy.ToNearest(1_000).Round(Usd(41_600)));
        Assert.Equal(Usd(41_000), RoundingPolicy.DownTo(1_000).Round(Usd(41_600)));
    }

    [Fact]
    public void None_leaves_amounts_alone()
    {
        Assert.Equal(Usd(1.23456m), RoundingPolicy.None.Round(Usd(1.23456m)));
    }

    [Fact]
    public void Rounding_at_each_step_and_at_the_end_give_different_results()
    {
        // 40,050 × 0.9 × 0.9: 36,045 then 32,440.5 exactly; rounding up to 100 at each step takes 36,100 then 32,490.
        var eachStep = RoundingPolicy.UpTo(100, RoundingMoment.EachStep);
        var atEnd = RoundingPolicy.UpTo(100, RoundingMoment.AtEnd);

        Money Calculate(RoundingPolicy policy) => policy.Round(policy.AfterStep(Usd(40_050) * 0.9m) * 0.9m);

        Assert.Equal(Usd(32_500), Calculate(eachStep));
        Assert.Equal(Usd(32_500), Calculate(atEnd));
        Assert.Equal(Usd(36_100), eachStep.AfterStep(Usd(36_045)));
        Assert.Equal(Usd(36_045), atEnd.AfterStep(Usd(36_045)));
        Assert.NotEqual(
            RoundingPolicy.ToNearest(100, moment: RoundingMoment.EachStep).Round(RoundingPolicy.ToNearest(100, moment: RoundingMoment.EachStep).AfterStep(Usd(149)) * 3m),
            RoundingPolicy.ToNearest(100).Round(RoundingPolicy.ToNearest(100).AfterStep(Usd(149)) * 3m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void An_increment_that_is_not_positive_is_rejected(int increment)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.UpTo(increment));

        Assert.Equal("increment", ex.ParamName);
        Assert.Contains("must be greater than zero", ex.Message);
    }

    [Fact]
    public void An_undefined_midpoint_mode_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => RoundingPolicy.ToMinorUnits((MidpointRounding)42));

        Assert.Equal("mode", ex.ParamName);
    }

    [Fact]
    public void Policies_describe_themselves()
    {
        Assert.Equal("up to a multiple of 100, at the end", RoundingPolicy.UpTo(100).ToString());
        Assert.Equal("to minor units (ToEven), at each step", RoundingPolicy.ToMinorUnits(moment: RoundingMoment.EachStep).ToString());
        Assert.Equal(RoundingPolicy.UpTo(100), RoundingPolicy.UpTo(100m));
        Assert.NotEqual(RoundingPolicy.UpTo(100), RoundingPolicy.UpTo(100, RoundingMoment.EachStep));
    }

    [Fact]
    public void Policies_are_equal_only_when_method_increment_mode_and_moment_all_agree()
    {
        var policy = RoundingPolicy.ToNearest(100, MidpointRounding.AwayFromZero, RoundingMoment.EachStep);

        Assert.True(policy == RoundingPolicy.ToNearest(100m, MidpointRounding.AwayFromZero, RoundingMoment.EachStep));
        Assert.True(policy != RoundingPolicy.UpTo(100, RoundingMoment.EachStep));
        Assert.True(policy != RoundingPolicy.ToNearest(50, MidpointRounding.AwayFromZero, RoundingMoment.EachStep));
        Assert.True(policy != RoundingPolicy.ToNearest(100, MidpointRounding.ToEven, RoundingMoment.EachStep));
        Assert.True(policy != RoundingPolicy.ToNearest(100, MidpointRounding.AwayFromZero, RoundingMoment.AtEnd));
        Assert.False(policy == null);
        Assert.False(null == policy);
        Assert.True((RoundingPolicy?)null == null);
        Assert.Equal(policy.GetHashCode(), RoundingPolicy.ToNearest(100, MidpointRounding.AwayFromZero, RoundingMoment.EachStep).GetHashCode());
    }

    [Fact]
    public void Every_kind_of_policy_describes_itself()
    {
        Assert.Equal("no rounding", RoundingPolicy.None.ToString());
        Assert.Equal("to the nearest multiple of 1,000 (AwayFromZero), at the end", RoundingPolicy.ToNearest(1_000, MidpointRounding.AwayFromZero).ToString());
        Assert.Equal("down to a multiple of 0.5, at each step", RoundingPolicy.DownTo(0.5m, RoundingMoment.EachStep).ToString());
    }

    [Property(MaxTest = 500)]
    public Property Rounding_up_lands_on_the_next_multiple_and_is_idempotent(int cents, byte step)
    {
        var increment = 1 + (step % 200);
        var amount = Usd(cents / 100m);
        var policy = RoundingPolicy.UpTo(increment);
        var rounded = policy.Round(amount);
        return (rounded >= amount && (rounded - amount).Amount < increment && rounded.Amount % increment == 0 && policy.Round(rounded) == rounded)
            .Label($"{amount} up to {increment} gave {rounded}");
    }
}
