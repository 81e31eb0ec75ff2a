using CareerModel.Careers;

namespace CareerModel.Tests.Careers;

public class CatalogValidationExceptionTests
{
    private static readonly CatalogProblem First = new(CatalogProblemKind.DuplicateId, "role 'a'", "More than one role has the id 'a'; ids must be unique.");
    private static readonly CatalogProblem Second = new(CatalogProblemKind.UnknownReference, "role 'b'", "Requirement skill 'x' is not in the catalog.");

    [Fact]
    public void One_problem_is_reported_in_the_singular()
    {
        var ex = new CatalogValidationException([First]);

        Assert.Equal("The catalog has 1 problem:" + Environment.NewLine + "  - role 'a': More than one role has the id 'a'; ids must be unique.", ex.Message);
        Assert.Equal([First], ex.Problems);
    }

    [Fact]
    public void Several_problems_are_each_listed_on_a_line_in_order()
    {
        var ex = new CatalogValidationException([First, Second]);

        var lines = ex.Message.Split(Environment.NewLine);
        Assert.Equal(["The catalog has 2 problems:", "  - " + First, "  - " + Second], lines);
        Assert.Equal([First, Second], ex.Problems);
    }

    [Fact]
    public void The_problems_cannot_be_changed_through_the_exception()
    {
        var problems = new List<CatalogProblem> { First };
        var ex = new CatalogValidationException(problems);

        problems.Add(Second);

        Assert.Single(ex.Problems);
        Assert.Throws<NotSupportedException>(() => ((IList<CatalogProblem>)ex.Problems)[0] = Second);
    }

    [Fact]
    public void No_problems_is_rejected()
    {
        var ex = Assert.Throws<ArgumentException>("problems", () => new CatalogValidationException([]));

        Assert.Contains("at least one problem", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_problems_are_rejected()
    {
        Assert.Throws<ArgumentNullException>("problems", () => new CatalogValidationException(null!));
    }
}
