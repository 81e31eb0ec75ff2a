using CareerModel.Careers;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CareerModel.Tests.Careers;

[Properties(Arbitrary = new[] { typeof(CatalogArbitraries) }, MaxTest = 200)]
public class CatalogValidationProperties
{
    [Property]
    public Property A_generated_valid_catalog_builds(CatalogParts parts)
    {
        try
        {
            parts.ToBuilder().Build();
            return true.ToProperty();
        }
        catch (CatalogValidationException ex)
        {
            return false.Label(ex.Message);
        }
    }

    [Property]
    public Property One_injected_fault_is_reported_exactly(CatalogParts parts, int seed)
    {
        var fault = CatalogFaults.Inject(parts, seed);

        CatalogValidationException? ex = null;
        try
        {
            fault.Broken.ToBuilder().Build();
        }
        catch (CatalogValidationException caught)
        {
            ex = caught;
        }

        var actual = ex?.Problems.Select(p => (p.Kind, p.Location)).Order().ToArray() ?? [];
        var expected = fault.Expected.Order().ToArray();
        return actual.SequenceEqual(expected)
            .Label($"Fault: {fault.Name}; expected [{string.Join(", ", expected)}]; got [{string.Join(", ", actual)}]{Environment.NewLine}{ex?.Message}")
            .Collect(fault.Name);
    }

    [Property]
    public Property Every_reported_problem_is_listed_in_the_message(CatalogParts parts, int seed)
    {
        var fault = CatalogFaults.Inject(parts, seed);

        var ex = Assert.Throws<CatalogValidationException>(() => fault.Broken.ToBuilder().Build());

        var header = ex.Problems.Count == 1 ? "The catalog has 1 problem:" : $"The catalog has {ex.Problems.Count} problems:";
        var lines = ex.Message.Split(Environment.NewLine);
        return (lines[0] == header
                && lines.Skip(1).SequenceEqual(ex.Problems.Select(p => $"  - {p.Location}: {p.Message}")))
            .Label(ex.Message);
    }
}
