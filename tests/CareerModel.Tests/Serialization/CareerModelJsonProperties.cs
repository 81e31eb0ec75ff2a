using System.Text.Json;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Serialization;
using CareerModel.Tests.Monetary;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CareerModel.Tests.Serialization;

/// <summary>Round trips through <c>ConfigureForCareerModel()</c> for any value.</summary>
[Properties(Arbitrary = new[] { typeof(ProfileArbitraries) }, MaxTest = 200)]
public class CareerModelJsonProperties
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForCareerModel();

    private static T RoundTrip<T>(T value) => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, Options), Options)!;

    [Property]
    public Property Any_amount_in_a_built_in_currency_reads_back_equal()
    {
        var money = from amount in MoneyArbitraries.AmountGen
                    from currency in Gen.Elements(Currency.BuiltIn.ToArray())
                    select new Money(amount, currency);
        return Prop.ForAll(money.ToArbitrary(), m => RoundTrip(m) == m);
    }

    [Property]
    public Property Any_period_reads_back_equal_unit_by_unit(int years, int months, int weeks, int days, short hours)
    {
        var period = new PeriodBuilder { Years = years % 10_000, Months = months % 10_000, Weeks = weeks % 10_000, Days = days % 10_000, Hours = hours }.Build();
        return (RoundTrip(period) == period).Label(period.ToString());
    }

    [Property]
    public bool Any_profile_reads_back_equal(Profile profile) => RoundTrip(profile) == profile;
}
