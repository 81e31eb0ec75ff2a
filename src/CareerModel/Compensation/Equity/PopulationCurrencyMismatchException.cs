using CareerModel.Monetary;

namespace CareerModel.Compensation.Equity;

/// <summary>
/// Thrown by <see cref="PayEquityAnalysis.Analyze"/> when the pays and bands of a population do
/// not all share one currency. It lists every offending employee, not only the first, so that all
/// can be fixed in one pass. Amounts are never converted implicitly: convert them first.
/// </summary>
public sealed class PopulationCurrencyMismatchException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="currency">The population's currency: the one most pays and bands are in.</param>
    /// <param name="employees">The employees whose pay or band is in another currency; at least one.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="employees"/> is empty or holds a null.</exception>
    public PopulationCurrencyMismatchException(Currency currency, IEnumerable<EmployeePay> employees)
        : this(currency ?? throw new ArgumentNullException(nameof(currency)), employees?.ToArray() ?? throw new ArgumentNullException(nameof(employees)))
    {
    }

    private PopulationCurrencyMismatchException(Currency currency, EmployeePay[] employees)
        : base(Describe(currency, employees), nameof(employees))
    {
        Currency = currency;
        Employees = Array.AsReadOnly(employees);
    }

    /// <summary>Gets the population's currency: the one most pays and bands are in (the first by code on a tie).</summary>
    public Currency Currency { get; }

    /// <summary>Gets every employee whose pay or band is not in <see cref="Currency"/>, ordered as given.</summary>
    public IReadOnlyList<EmployeePay> Employees { get; }

    private static string Describe(Currency currency, EmployeePay[] employees)
    {
        if (employees.Length == 0)
            throw new ArgumentException("A population currency mismatch needs at least one offending employee.", nameof(employees));
        if (Array.IndexOf(employees, null) is var i and >= 0)
            throw new ArgumentException($"employees[{i}] must not be null.", nameof(employees));
        var header = employees.Length == 1
            ? $"Pays and bands must share one currency, but 1 employee has an amount that is not in {currency.Code}:"
            : $"Pays and bands must share one currency, but {employees.Length} employees have amounts that are not in {currency.Code}:";
        return header + string.Concat(employees.Select(e =>
            $"{Environment.NewLine}  - employee '{e.Id}': pay in {e.Pay.Currency.Code}, band in {e.Band.Currency.Code}"));
    }
}
