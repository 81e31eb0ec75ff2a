using CareerModel.Compensation;
using CareerModel.Monetary;

namespace CareerModel.Tests.Compensation;

/// <summary>Top-coded and suppressed wages are never used as numbers.</summary>
public class WageFigureTests
{
    private static readonly Money BlsTopCode = new(239_200, Currency.USD);

    [Fact]
    public void A_top_coded_wage_keeps_its_lower_bound_but_refuses_to_be_a_value()
    {
        var figure = WageFigure.TopCoded(BlsTopCode);

        Assert.Equal(WageFigureStatus.TopCoded, figure.Status);
        Assert.Equal(BlsTopCode, figure.Value);
        var ex = Assert.Throws<TopCodedValueException>(() => figure.GetExact());
        Assert.Equal(BlsTopCode, ex.LowerBound);
        Assert.Contains("at least USD 239,200.00", ex.Message);
    }

    [Fact]
    public void No_ratio_is_computed_from_a_top_coded_wage()
    {
        var median = WageFigure.Exact(new Money(120_000, Currency.USD));

        Assert.Throws<TopCodedValueException>(() => WageFigure.TopCoded(BlsTopCode).RatioTo(median));
        Assert.Throws<TopCodedValueException>(() => median.RatioTo(WageFigure.TopCoded(BlsTopCode)));
        Assert.Equal(0.5m, WageFigure.Exact(new Money(60_000, Currency.USD)).RatioTo(median));
    }

    [Fact]
    public void A_suppressed_wage_has_no_value_and_is_the_default()
    {
        Assert.Equal(WageFigure.Suppressed, default);
        Assert.Null(WageFigure.Suppressed.Value);
        var ex = Assert.Throws<InvalidOperationException>(() => WageFigure.Suppressed.GetExact());
        Assert.Contains("suppressed", ex.Message);
    }

    [Fact]
    public void A_negative_wage_is_rejected()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WageFigure.Exact(new Money(-1, Currency.USD)));

        Assert.Equal("value", ex.ParamName);
        Assert.Contains("must not be negative", ex.Message);
    }

    [Fact]
    public void Figures_format_with_their_status()
    {
        Assert.Equal("≥ USD 239,200.00 (top-coded)", WageFigure.TopCoded(BlsTopCode).ToString());
        Assert.Equal("suppressed", WageFigure.Suppressed.ToString());
        Assert.Equal("USD 39,120.00", WageFigure.Exact(new Money(39_120, Currency.USD)).ToString());
        Assert.NotEqual(WageFigure.Exact(BlsTopCode), WageFigure.TopCoded(BlsTopCode));
    }
}
