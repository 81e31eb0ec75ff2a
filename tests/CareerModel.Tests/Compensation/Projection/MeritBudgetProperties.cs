using CareerModel.Compensation.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation.Projection;

[Properties(Arbitrary = new[] { typeof(ProjectionArbitraries) }, MaxTest = 100)]
public class MeritBudgetProperties
{
    [Property]
    public Property A_merit_matrix_scaled_to_a_budget_spends_the_budget_within_a_minor_unit_per_person(BudgetCase budget)
    {
        var fitted = MeritBudget.Fit(budget.Matrix, budget.Population, budget.Pool);
        var minorUnit = 1m / (decimal)Math.Pow(10, budget.Pool.Currency.MinorUnits);
        var gap = Math.Abs((fitted.Total - budget.Pool).Amount);
        return (gap <= minorUnit * budget.Population.Count).Label($"total {fitted.Total} is {gap} from the pool");
    }

    [Property]
    public Property The_total_is_what_the_scaled_matrix_gives_each_person(BudgetCase budget)
    {
        var fitted = MeritBudget.Fit(budget.Matrix, budget.Population, budget.Pool);
        var recomputed = budget.Population
            .Select(p => p.Pay.MultiplyAndRound(fitted.Matrix.IncreaseFor(p.Rating, p.Band, p.Pay)))
            .Aggregate(CareerModel.Monetary.Money.Zero(budget.Pool.Currency), (sum, increase) => sum + increase);
        return (recomputed == fitted.Total).Label($"recomputed {recomputed}, reported {fitted.Total}");
    }

    [Property]
    public Property Scaling_keeps_every_cells_proportion(BudgetCase budget)
    {
        var fitted = MeritBudget.Fit(budget.Matrix, budget.Population, budget.Pool);
        var proportional = budget.Matrix.Increases.Zip(fitted.Matrix.Increases)
            .All(rows => rows.First.Zip(rows.Second).All(cell => cell.Second == cell.First * fitted.Factor));
        return proportional.Label($"factor {fitted.Factor}");
    }
}
