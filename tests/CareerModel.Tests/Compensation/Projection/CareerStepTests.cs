using CareerModel.Catalogs;
using CareerModel.Compensation.Projection;
using NodaTime;

namespace CareerModel.Tests.Compensation.Projection;

public class CareerStepTests
{
    [Fact]
    public void A_step_takes_its_band_and_label_from_a_role()
    {
        var role = BuiltInCatalogs.CustomerService.GetRole("cs-specialist");

        var step = new CareerStep(role.Title, role.PayBands["US"], new LocalDate(2026, 1, 1));

        Assert.Equal("Customer Service Specialist", step.Label);
        Assert.Same(role.PayBands["US"], step.Band);
        Assert.Equal(new LocalDate(2026, 1, 1), step.Begins);
        Assert.Equal("Customer Service Specialist from 2026-01-01, band USD 42,000.00 (median), mean 45,000.00", step.ToString());
    }

    [Fact]
    public void Steps_with_equal_label_band_and_date_are_equal()
    {
        var band = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];

        Assert.Equal(new CareerStep("cs-specialist", band, new LocalDate(2026, 1, 1)), new CareerStep(" cs-specialist ", band, new LocalDate(2026, 1, 1)));
        Assert.NotEqual(new CareerStep("cs-specialist", band, new LocalDate(2026, 1, 1)), new CareerStep("cs-specialist", band, new LocalDate(2026, 1, 2)));
    }

    [Fact]
    public void A_blank_label_is_refused()
    {
        var band = BuiltInCatalogs.CustomerService.GetRole("cs-specialist").PayBands["US"];

        var ex = Assert.Throws<ArgumentException>(() => new CareerStep(" ", band, new LocalDate(2026, 1, 1)));

        Assert.Equal("label", ex.ParamName);
        Assert.StartsWith("label must not be empty or white space.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_band_is_refused()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => new CareerStep("cs-specialist", null!, new LocalDate(2026, 1, 1)));

        Assert.Equal("band", ex.ParamName);
    }
}
