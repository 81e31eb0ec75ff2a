using CareerModel.Careers;

namespace CareerModel.Tests.Careers;

public class CatalogProblemTests
{
    [Fact]
    public void A_problem_keeps_its_kind_location_and_message()
    {
        var problem = new CatalogProblem(CatalogProblemKind.LevelOutOfScale, "role 'a'", "Too high.");

        Assert.Equal(CatalogProblemKind.LevelOutOfScale, problem.Kind);
        Assert.Equal("role 'a'", problem.Location);
        Assert.Equal("Too high.", problem.Message);
        Assert.Equal("role 'a': Too high.", problem.ToString());
    }

    [Fact]
    public void Problems_with_the_same_parts_are_equal_and_hash_alike()
    {
        var a = new CatalogProblem(CatalogProblemKind.LevelOutOfScale, "role 'a'", "Too high.");
        var b = new CatalogProblem(CatalogProblemKind.LevelOutOfScale, "role 'a'", "Too high.");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new CatalogProblem(CatalogProblemKind.UnknownReference, "role 'a'", "Too high."));
        Assert.NotEqual(a, new CatalogProblem(CatalogProblemKind.LevelOutOfScale, "role 'b'", "Too high."));
        Assert.NotEqual(a, new CatalogProblem(CatalogProblemKind.LevelOutOfScale, "role 'a'", "Too low."));
    }

    [Fact]
    public void A_null_location_or_message_is_rejected()
    {
        Assert.Throws<ArgumentNullException>("location", () => new CatalogProblem(CatalogProblemKind.DuplicateId, null!, "m"));
        Assert.Throws<ArgumentNullException>("message", () => new CatalogProblem(CatalogProblemKind.DuplicateId, "l", null!));
    }
}
