using CareerModel.Careers;
using NodaTime;

namespace CareerModel.Tests.Careers;

public class TransitionTests
{
    [Fact]
    public void A_transition_keeps_what_it_was_given()
    {
        var transition = new Transition("cs-agent", "cs-senior", TransitionKind.Promotion, Period.FromYears(2));

        Assert.Equal("cs-agent", transition.FromRoleId);
        Assert.Equal("cs-senior", transition.ToRoleId);
        Assert.Equal(TransitionKind.Promotion, transition.Kind);
        Assert.Equal(Period.FromYears(2), transition.TypicalTime);
    }

    [Fact]
    public void The_typical_time_is_optional()
    {
        Assert.Null(new Transition("a", "b", TransitionKind.Lateral).TypicalTime);
    }

    [Fact]
    public void The_typical_time_is_normalised_into_years_and_months()
    {
        var transition = new Transition("a", "b", TransitionKind.Lateral, Period.FromMonths(30));

        Assert.Equal(Period.FromYears(2) + Period.FromMonths(6), transition.TypicalTime);
    }

    [Fact]
    public void A_transition_without_a_strength_has_the_default_strength_of_a_fully_plausible_move()
    {
        var transition = new Transition("a", "b", TransitionKind.Lateral);

        Assert.Equal(Transition.DefaultStrength, transition.Strength);
        Assert.Equal(1.0, Transition.DefaultStrength);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.37)]
    [InlineData(1.0)]
    public void A_strength_from_zero_to_one_is_kept(double value)
    {
        Assert.Equal(value, new Transition("a", "b", TransitionKind.Lateral, strength: value).Strength);
    }

    [Theory]
    [InlineData(-0.01, "strength -0.01 must be a finite number from 0 to 1.")]
    [InlineData(1.5, "strength 1.5 must be a finite number from 0 to 1.")]
    [InlineData(double.NaN, "strength NaN must be a finite number from 0 to 1.")]
    [InlineData(double.PositiveInfinity, "strength Infinity must be a finite number from 0 to 1.")]
    public void A_strength_that_is_not_a_finite_number_from_zero_to_one_is_rejected(double value, string message)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("strength", () => new Transition("a", "b", TransitionKind.Lateral, strength: value));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_transition_to_itself_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("toRoleId", () => new Transition("cs-agent", "cs-agent", TransitionKind.Lateral));

        Assert.Contains("'cs-agent' leads to itself", ex.Message, StringComparison.Ordinal);
        Assert.Contains("must lead to another role", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Role_ids_that_differ_only_in_case_are_different_roles()
    {
        Assert.Equal("CS-agent", new Transition("cs-agent", "CS-agent", TransitionKind.Lateral).ToRoleId);
    }

    [Theory]
    [InlineData("", "b", "fromRoleId", "must not be empty")]
    [InlineData("a b", "b", "fromRoleId", "contains ' '")]
    [InlineData("a", "b/c", "toRoleId", "contains '/'")]
    [InlineData("a", "", "toRoleId", "must not be empty")]
    public void An_invalid_role_id_is_rejected(string from, string to, string paramName, string rule)
    {
        var ex = Assert.Throws<ArgumentException>(paramName, () => new Transition(from, to, TransitionKind.Lateral));

        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_undefined_kind_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("kind", () => new Transition("a", "b", (TransitionKind)4));

        Assert.Contains("kind 4 is not a defined TransitionKind value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P90D")]
    [InlineData("P1Y2W")]
    [InlineData("PT12H")]
    public void A_typical_time_with_weeks_days_or_time_is_rejected(string text)
    {
        var period = NodaTime.Text.PeriodPattern.Roundtrip.Parse(text).Value;

        var ex = Assert.Throws<ArgumentException>("typicalTime", () => new Transition("a", "b", TransitionKind.Promotion, period));

        Assert.Contains($"typicalTime {text} must be in whole years and months only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_typical_time_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>("typicalTime", () => new Transition("a", "b", TransitionKind.Promotion, Period.FromMonths(-1)));

        Assert.Contains("typicalTime P-1M must not be negative", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transitions_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new Transition("a", "b", TransitionKind.Promotion, Period.FromMonths(18));
        var b = new Transition("a", "b", TransitionKind.Promotion, Period.FromYears(1) + Period.FromMonths(6));

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void Transitions_that_differ_in_one_part_are_not_equal()
    {
        var a = new Transition("a", "b", TransitionKind.Promotion, Period.FromYears(1));

        Assert.NotEqual(a, new Transition("b", "a", TransitionKind.Promotion, Period.FromYears(1)));
        Assert.NotEqual(a, new Transition("a", "c", TransitionKind.Promotion, Period.FromYears(1)));
        Assert.NotEqual(a, new Transition("a", "b", TransitionKind.Lateral, Period.FromYears(1)));
        Assert.NotEqual(a, new Transition("a", "b", TransitionKind.Promotion, Period.FromYears(2)));
        Assert.NotEqual(a, new Transition("a", "b", TransitionKind.Promotion));
        Assert.NotEqual(a, new Transition("a", "b", TransitionKind.Promotion, Period.FromYears(1), 0.5));
    }

    [Fact]
    public void Transitions_with_the_same_strength_are_equal_and_hash_alike()
    {
        var a = new Transition("a", "b", TransitionKind.Lateral, strength: 0.25);
        var b = new Transition("a", "b", TransitionKind.Lateral, null, 0.25);

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(new Transition("a", "b", TransitionKind.Lateral), new Transition("a", "b", TransitionKind.Lateral, strength: Transition.DefaultStrength));
    }

    [Fact]
    public void ToString_shows_the_move_its_kind_and_time()
    {
        Assert.Equal("cs-specialist → cs-senior-specialist (Promotion, after 2 years)", new Transition("cs-specialist", "cs-senior-specialist", TransitionKind.Promotion, Period.FromYears(2)).ToString());
        Assert.Equal("a → b (Lateral)", new Transition("a", "b", TransitionKind.Lateral).ToString());
    }

    [Fact]
    public void ToString_shows_the_strength_only_when_it_is_not_the_default()
    {
        Assert.Equal("a → b (Lateral, strength 0.62)", new Transition("a", "b", TransitionKind.Lateral, strength: 0.62).ToString());
        Assert.Equal("a → b (Promotion, after 2 years, strength 0)", new Transition("a", "b", TransitionKind.Promotion, Period.FromYears(2), 0).ToString());
        Assert.Equal("a → b (Lateral)", new Transition("a", "b", TransitionKind.Lateral, strength: 1).ToString());
    }

    [Theory]
    [InlineData(1, "after 1 month")]
    [InlineData(7, "after 7 months")]
    [InlineData(12, "after 1 year")]
    [InlineData(18, "after 1.5 years")]
    [InlineData(36, "after 3 years")]
    public void ToString_gives_the_time_in_plain_words(int months, string expected)
    {
        Assert.EndsWith($"(Lateral, {expected})", new Transition("a", "b", TransitionKind.Lateral, Period.FromMonths(months)).ToString(), StringComparison.Ordinal);
    }
}
