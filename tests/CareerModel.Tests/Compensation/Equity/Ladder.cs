using CareerModel.Catalogs;
using CareerModel.Compensation;
using CareerModel.Compensation.Equity;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation.Equity;

/// <summary>
/// Employees on the built-in ladder's US bands (point bands at the medians: Specialist 42,000,
/// Senior 52,000, Team Lead 65,000), and the worked example most tests share.
/// </summary>
internal static class Ladder
{
    public const string Specialist = "cs-specialist";
    public const string Senior = "cs-senior-specialist";
    public const string TeamLead = "cs-team-lead";

    public static SalaryBand Band(string roleId) => BuiltInCatalogs.CustomerService.GetRole(roleId).PayBands["US"];

    public static Money Usd(decimal amount) => new(amount, Currency.USD);

    public static EmployeePay Employee(string id, string roleId, decimal pay, string group) =>
        new(id, roleId, Band(roleId), Usd(pay), group);

    /// <summary>
    /// Three men at their band's median and three women: 5% below it as Specialists (2,100 of
    /// 42,000), 4.99% below as Seniors (2,594.80 of 52,000) and at it as Team Leads.
    /// </summary>
    public static EmployeePay[] WorkedExample() =>
    [
        Employee("m1", Specialist, 42_000m, "M"),
        Employee("f1", Specialist, 39_900m, "F"),
        Employee("m2", Senior, 52_000m, "M"),
        Employee("f2", Senior, 49_405.20m, "F"),
        Employee("m3", TeamLead, 65_000m, "M"),
        Employee("f3", TeamLead, 65_000m, "F"),
    ];
}
