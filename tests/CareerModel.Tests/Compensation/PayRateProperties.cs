using CareerModel.Compensation;
using CareerModel.Monetary;
using CareerModel.Tests.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation;

[Properties(Arbitrary = [typeof(MoneyArbitraries), typeof(CompensationArbitraries)], MaxTest = 300)]
public class PayRateProperties
{
    [Property]
    public Property Converting_to_any_period_and_back_gives_the_original_after_rounding(PayRate rate, PayPeriod other, WorkSchedule schedule)
    {
        var back = rate.ConvertTo(other, schedule).ConvertTo(rate.Period, schedule);
        return (back.Period == rate.Period).Label("period")
            .And((back.Amount.RoundToMinorUnits() == rate.Amount).Label($"back {back.Amount}"));
    }

    [Property]
    public Property Converting_to_any_period_and_back_is_off_by_far_less_than_one_minor_unit(PayRate rate, PayPeriod other, WorkSchedule schedule)
    {
        var back = rate.ConvertTo(other, schedule).ConvertTo(rate.Period, schedule);
        var error = Math.Abs(back.Amount.Amount - rate.Amount.Amount);
        return (error <= MoneyArbitraries.MinorUnit(rate.Amount.Currency) / 1_000_000m).Label($"error {error}");
    }

    [Property]
    public bool Converting_through_annual_equals_converting_directly(PayRate rate, PayPeriod target, WorkSchedule schedule) =>
        rate.ConvertTo(PayPeriod.Annual, schedule).ConvertTo(target, schedule).Equals(rate.ConvertTo(target, schedule));

    [Property]
    public bool Annual_then_monthly_equals_monthly_directly(PayRate rate, WorkSchedule schedule) =>
        rate.ConvertTo(PayPeriod.Annual, schedule).ConvertTo(PayPeriod.Monthly, schedule).Equals(rate.ConvertTo(PayPeriod.Monthly, schedule));

    [Property]
    public bool Annual_and_monthly_convert_by_twelve_whatever_the_schedule(PayRate rate, WorkSchedule schedule)
    {
        var annual = PayRate.Annual(rate.Amount);
        return annual.ConvertTo(PayPeriod.Monthly, schedule).Equals(annual.ConvertTo(PayPeriod.Monthly, WorkSchedule.Standard))
            && annual.ConvertTo(PayPeriod.Monthly, schedule).Amount == rate.Amount / 12m;
    }

    [Property]
    public bool Annual_equivalent_is_the_amount_times_the_periods_per_year(PayRate rate, WorkSchedule schedule) =>
        rate.ConvertTo(PayPeriod.Annual, schedule).Amount == rate.Amount * schedule.PeriodsPerYear(rate.Period);

    [Property]
    public bool Converting_to_the_same_period_returns_the_same_rate(PayRate rate, WorkSchedule schedule) =>
        ReferenceEquals(rate, rate.ConvertTo(rate.Period, schedule));

    [Property]
    public Property Converting_keeps_the_currency_sets_the_target_and_is_never_negative(PayRate rate, PayPeriod target, WorkSchedule schedule)
    {
        var converted = rate.ConvertTo(target, schedule);
        return (converted.Period == target).Label("period")
            .And((converted.Amount.Currency == rate.Amount.Currency).Label("currency"))
            .And((!converted.Amount.IsNegative).Label("sign"));
    }

    [Property]
    public bool A_higher_rate_converts_to_a_higher_or_equal_rate(PayRate rate, PayPeriod target, WorkSchedule schedule)
    {
        var raised = new PayRate(rate.Amount + new Money(1m, rate.Amount.Currency), rate.Period);
        return raised.ConvertTo(target, schedule).Amount >= rate.ConvertTo(target, schedule).Amount;
    }

    [Property]
    public bool Equal_rates_have_equal_hashes(PayRate rate)
    {
        var copy = new PayRate(new Money(rate.Amount.Amount * 1.00m, rate.Amount.Currency), rate.Period);
        return copy.Equals(rate) && rate.Equals(copy) && copy.GetHashCode() == rate.GetHashCode();
    }

    [Property]
    public Property Negative_amounts_are_always_rejected(Money amount, PayPeriod period)
    {
        bool Throws()
        {
            try
            {
                _ = new PayRate(amount, period);
                return false;
            }
            catch (ArgumentOutOfRangeException ex)
            {
                return ex.ParamName == "amount";
            }
        }

        return Throws().When(amount.IsNegative);
    }
}
