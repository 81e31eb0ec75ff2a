using CareerModel.Compensation.Projection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Compensation.Projection;

[Properties(Arbitrary = new[] { typeof(ProjectionArbitraries) }, MaxTest = 100)]
public class SurveyAgeingProperties
{
    [Property]
    public Property Ageing_at_a_zero_rate_is_the_identity(AgeingCase ageing)
    {
        var aged = SurveyAgeing.Age(ageing.Figure, ageing.Effective, ageing.Target, 0m, ageing.Method);
        return (aged == ageing.Figure).Label($"aged to {aged}");
    }

    [Property]
    public Property Compound_and_simple_agree_over_exactly_one_year(AgeingCase ageing)
    {
        var oneYearOn = ageing.Effective.PlusDays(SurveyAgeing.DaysPerYear);
        var compound = SurveyAgeing.Age(ageing.Figure, ageing.Effective, oneYearOn, ageing.Rate, AgeingMethod.Compound);
        var simple = SurveyAgeing.Age(ageing.Figure, ageing.Effective, oneYearOn, ageing.Rate, AgeingMethod.Simple);
        return (compound == simple && simple == ageing.Figure * (1m + ageing.Rate)).Label($"compound {compound}, simple {simple}");
    }

    [Property]
    public Property Ageing_forward_then_back_returns_the_figure_within_a_minor_unit(AgeingCase ageing)
    {
        var there = SurveyAgeing.Age(ageing.Figure, ageing.Effective, ageing.Target, ageing.Rate, ageing.Method);
        var back = SurveyAgeing.Age(there, ageing.Target, ageing.Effective, ageing.Rate, ageing.Method);
        var minorUnit = 1m / (decimal)Math.Pow(10, ageing.Figure.Currency.MinorUnits);
        return (Math.Abs((back - ageing.Figure).Amount) <= minorUnit).Label($"there {there}, back {back}");
    }

    [Property]
    public Property Ageing_forward_at_a_positive_rate_never_lowers_the_figure(AgeingCase ageing)
    {
        var aged = SurveyAgeing.Age(ageing.Figure, ageing.Effective, ageing.Target, Math.Abs(ageing.Rate), ageing.Method);
        var forward = ageing.Target >= ageing.Effective;
        return (forward ? aged >= ageing.Figure : aged <= ageing.Figure).Label($"aged to {aged}");
    }
}
