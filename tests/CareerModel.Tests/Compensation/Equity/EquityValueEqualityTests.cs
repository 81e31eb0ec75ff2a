using CareerModel.Compensation;
using CareerModel.Compensation.Equity;
using CareerModel.Monetary;
using CareerModel.Tests.Equality;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>
/// The equality kit of the pay-equity values (Equals, ==, !=, GetHashCode): an employee's pay
/// equals one built apart from it, and differs from one differing in any single part.
/// </summary>
public class EquityValueEqualityTests : IValueEqualityCases
{
    /// <inheritdoc/>
    public static IReadOnlyList<EqualityCase> Cases { get; } =
    [
        EqualityCase.Of(
            Pay(),
            // The group is trimmed.
            Pay(group: " women "),
            ("Id", Pay(id: "e-1043")),
            ("RoleId", Pay(roleId: "cs-senior")),
            ("Band", Pay(band: SalaryBand.FromRange(Usd(40_000), Usd(62_000)))),
            ("Pay", Pay(pay: Usd(47_500))),
            ("Group", Pay(group: "men"))),
    ];

    public static TheoryData<string> CaseNames() => EqualityCase.Names(Cases);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void A_value_equals_one_built_apart_and_no_value_differing_in_one_part(string name) => EqualityCase.Check(Cases, name);

    private static Money Usd(decimal amount) => new(amount, Currency.USD);

    private static EmployeePay Pay(string id = "e-1042", string roleId = "cs-agent", SalaryBand? band = null, Money? pay = null, string group = "women") =>
        new(id, roleId, band ?? SalaryBand.FromRange(Usd(40_000), Usd(60_000)), pay ?? Usd(47_000), group);
}
