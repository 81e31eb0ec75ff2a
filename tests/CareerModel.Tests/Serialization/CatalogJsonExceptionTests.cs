using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

public class CatalogJsonExceptionTests
{
    private static readonly CatalogJsonProblem First = new(CatalogJsonProblemKind.MissingProperty, "$.roles[0].title", 4, 5, "Required property 'title' is missing.");
    private static readonly CatalogJsonProblem Second = new(CatalogJsonProblemKind.InvalidValue, "$.roles[1].rank", 9, 20, "Role 'b' rank 0 must be from 1 to 100.");

    [Fact]
    public void One_problem_is_reported_in_the_singular()
    {
        var e = new CatalogJsonException([First]);

        Assert.Equal("The catalog JSON has 1 problem:" + Environment.NewLine + "  - line 4, column 5, $.roles[0].title: Required property 'title' is missing.", e.Message);
    }

    [Fact]
    public void Several_problems_are_each_listed_on_a_line_in_order()
    {
        var e = new CatalogJsonException([First, Second]);

        Assert.Equal(["The catalog JSON has 2 problems:", "  - " + First, "  - " + Second], e.Message.Split(Environment.NewLine));
        Assert.Equal([First, Second], e.Problems);
    }

    [Fact]
    public void The_problems_cannot_be_changed_through_the_exception()
    {
        var problems = new List<CatalogJsonProblem> { First };
        var e = new CatalogJsonException(problems);

        problems.Add(Second);

        Assert.Single(e.Problems);
        Assert.Throws<NotSupportedException>(() => ((IList<CatalogJsonProblem>)e.Problems)[0] = Second);
    }

    [Fact]
    public void No_problems_or_a_null_problem_is_rejected()
    {
        Assert.Contains("at least one problem", Assert.Throws<ArgumentException>("problems", () => new CatalogJsonException([])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("problems", () => new CatalogJsonException([First, null!]));
        Assert.Throws<ArgumentNullException>("problems", () => new CatalogJsonException(null!));
    }

    [Fact]
    public void It_is_a_format_exception_so_handlers_of_bad_input_catch_it()
    {
        Assert.IsAssignableFrom<FormatException>(new CatalogJsonException([First]));
    }
}
