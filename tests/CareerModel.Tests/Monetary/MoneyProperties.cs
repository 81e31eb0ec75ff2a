using CareerModel.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Monetary;

[Properties(Arbitrary = [typeof(MoneyArbitraries)], MaxTest = 300)]
public class MoneyProperties
{
    // --- Addition and subtraction within one currency ---

    [Property]
    public bool Addition_is_commutative(SameCurrencyAmounts m) => m.A + m.B == m.B + m.A;

    [Property]
    public bool Addition_is_associative(SameCurrencyAmounts m) => (m.A + m.B) + m.C == m.A + (m.B + m.C);

    [Property]
    public bool Zero_is_the_identity_of_addition(Money a) =>
        a + Money.Zero(a.Currency) == a && Money.Zero(a.Currency) + a == a;

    [Property]
    public bool Adding_then_subtracting_the_same_amount_gives_back_the_original(SameCurrencyAmounts m) => m.A + m.B - m.B == m.A;

    [Property]
    public bool Subtracting_is_adding_the_negation(SameCurrencyAmounts m) => m.A - m.B == m.A + (-m.B);

    [Property]
    public bool Sum_keeps_the_currency_and_adds_the_amounts(SameCurrencyAmounts m)
    {
        var sum = m.A + m.B;
        return sum.Currency == m.Currency && sum.Amount == m.A.Amount + m.B.Amount;
    }

    [Property]
    public bool Negating_twice_is_the_identity(Money a) => -(-a) == a && a.Negate().Negate() == a;

    [Property]
    public bool An_amount_plus_its_negation_is_zero(Money a) => (a + -a).IsZero;

    [Property]
    public bool Abs_is_never_negative_and_equals_the_amount_or_its_negation(Money a) =>
        !a.Abs().IsNegative && (a.Abs() == a || a.Abs() == -a);

    [Property]
    public Property Combining_different_currencies_always_throws(Money a, Money b)
    {
        bool Throws(Func<object> operation)
        {
            try
            {
                operation();
                return false;
            }
            catch (CurrencyMismatchException ex)
            {
                return ex.Left == a.Currency && ex.Right == b.Currency;
            }
        }

        return (Throws(() => a + b) && Throws(() => a - b) && Throws(() => a.CompareTo(b)) && Throws(() => a < b))
            .When(a.Currency != b.Currency);
    }

    // --- Ordering ---

    [Property]
    public bool CompareTo_agrees_with_comparing_the_amounts(SameCurrencyAmounts m) =>
        Math.Sign(m.A.CompareTo(m.B)) == Math.Sign(m.A.Amount.CompareTo(m.B.Amount));

    [Property]
    public Property Comparison_operators_agree_with_the_amounts(SameCurrencyAmounts m)
    {
        var (a, b) = (m.A, m.B);
        return ((a < b) == (a.Amount < b.Amount)).Label("<")
            .And(((a > b) == (a.Amount > b.Amount)).Label(">"))
            .And(((a <= b) == (a.Amount <= b.Amount)).Label("<="))
            .And(((a >= b) == (a.Amount >= b.Amount)).Label(">="))
            .And(((a == b) == (a.Amount == b.Amount)).Label("=="));
    }

    [Property]
    public bool CompareTo_is_antisymmetric(SameCurrencyAmounts m) => Math.Sign(m.A.CompareTo(m.B)) == -Math.Sign(m.B.CompareTo(m.A));

    [Property]
    public bool Min_is_at_most_Max_and_both_are_among_the_arguments(SameCurrencyAmounts m)
    {
        var (min, max) = (Money.Min(m.A, m.B), Money.Max(m.A, m.B));
        return min <= max
            && (min == m.A || min == m.B)
            && (max == m.A || max == m.B)
            && min.Amount == Math.Min(m.A.Amount, m.B.Amount)
            && max.Amount == Math.Max(m.A.Amount, m.B.Amount);
    }

    // --- Rounding ---

    [Property]
    public bool Rounding_is_idempotent(Money a) => a.RoundToMinorUnits().RoundToMinorUnits() == a.RoundToMinorUnits();

    [Property]
    public bool Rounding_away_from_zero_is_idempotent(Money a) =>
        a.RoundToMinorUnits(MidpointRounding.AwayFromZero).RoundToMinorUnits(MidpointRounding.AwayFromZero)
        == a.RoundToMinorUnits(MidpointRounding.AwayFromZero);

    [Property]
    public Property Rounding_moves_the_amount_by_at_most_half_a_minor_unit(Money a)
    {
        var half = MoneyArbitraries.HalfMinorUnit(a.Currency);
        var toEven = Math.Abs(a.RoundToMinorUnits().Amount - a.Amount);
        var awayFromZero = Math.Abs(a.RoundToMinorUnits(MidpointRounding.AwayFromZero).Amount - a.Amount);
        return (toEven <= half).Label($"ToEven moved {toEven}")
            .And((awayFromZero <= half).Label($"AwayFromZero moved {awayFromZero}"));
    }

    [Property]
    public Property Rounding_leaves_at_most_the_currency_minor_units_and_keeps_the_currency(Money a)
    {
        var rounded = a.RoundToMinorUnits();
        return (rounded.Amount.Scale <= a.Currency.MinorUnits).Label($"scale {rounded.Amount.Scale}")
            .And((rounded.Currency == a.Currency).Label("currency"));
    }

    [Property]
    public bool Rounding_an_amount_already_in_minor_units_changes_nothing(Money a)
    {
        var whole = new Money(Math.Round(a.Amount, a.Currency.MinorUnits, MidpointRounding.ToZero), a.Currency);
        return whole.RoundToMinorUnits() == whole && whole.RoundToMinorUnits(MidpointRounding.AwayFromZero) == whole;
    }

    [Property]
    public bool Rounding_is_monotonic(SameCurrencyAmounts m) =>
        m.A.Amount > m.B.Amount || m.A.RoundToMinorUnits() <= m.B.RoundToMinorUnits();

    // --- Equality and hashing ---

    [Property]
    public bool Equals_is_reflexive(Money a)
    {
        var same = a;
        return a.Equals(same) && a == same && !(a != same) && a.Equals((object)same);
    }

    [Property]
    public bool Equals_is_symmetric(Money a, Money b) => a.Equals(b) == b.Equals(a) && (a == b) == (b == a);

    [Property]
    public bool Equal_amounts_written_with_more_decimals_are_equal_and_hash_alike(Money a)
    {
        var sameValue = new Money(a.Amount * 1.000m, a.Currency);
        return sameValue == a && sameValue.GetHashCode() == a.GetHashCode();
    }

    [Property]
    public bool Equal_values_have_equal_hashes(SameCurrencyAmounts m) =>
        m.A != m.B || m.A.GetHashCode() == m.B.GetHashCode();

    [Property]
    public bool A_copy_in_an_equal_but_separately_created_currency_is_equal(Money a)
    {
        var copy = new Money(a.Amount, new Currency(a.Currency.Code, a.Currency.MinorUnits, a.Currency.Name));
        return copy == a && copy.GetHashCode() == a.GetHashCode();
    }

    [Property]
    public Property Amounts_in_different_currencies_are_never_equal(Money a, Money b) =>
        (a != b && !a.Equals(b)).When(a.Currency != b.Currency);

    // --- Formatting ---

    [Property]
    public bool ToString_starts_with_the_code_and_shows_the_rounded_amount_of_a_rounded_value(Money a)
    {
        var rounded = a.RoundToMinorUnits();
        var text = rounded.ToString();
        var number = text[(a.Currency.Code.Length + 1)..];
        return text.StartsWith(a.Currency.Code + " ", StringComparison.Ordinal)
            && decimal.Parse(number, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture) == rounded.Amount;
    }
}
