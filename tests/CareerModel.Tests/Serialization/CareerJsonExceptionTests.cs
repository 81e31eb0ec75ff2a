using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

public class CareerJsonExceptionTests
{
    private static readonly CareerJsonProblem First = new(CareerJsonProblemKind.MissingProperty, "$.roles[0].title", 4, 5, "Required property 'title' is missing.");
    private static readonly CareerJsonProblem Second = new(CareerJsonProblemKind.InvalidValue, "$.roles[1].rank", 9, 20, "Role 'b' rank 0 must be from 1 to 100.");

    [Fact]
    public void One_problem_is_reported_in_the_singular()
    {
        var e = new CareerJsonException([First]);

        Assert.Equal("The catalog JSON has 1 problem:" + Environment.NewLine + "  - line 4, column 5, $.roles[0].title: Required property 'title' is missing.", e.Message);
    }

    [Fact]
    public void Several_problems_are_each_listed_on_a_line_in_order()
    {
        var e = new CareerJsonException([First, Second]);

        Assert.Equal(["The catalog JSON has 2 problems:", "  - " + First, "  - " + Second], e.Message.Split(Environment.NewLine));
        Assert.Equal([First, Second], e.Problems);
    }

    [Fact]
    public void The_problems_cannot_be_changed_through_the_exception()
    {
        var problems = new List<CareerJsonProblem> { First };
        var e = new CareerJsonException(problems);

        problems.Add(Second);

        Assert.Single(e.Problems);
        Assert.Throws<NotSupportedException>(() => ((IList<CareerJsonProblem>)e.Problems)[0] = Second);
    }

    [Fact]
    public void No_problems_or_a_null_problem_is_rejected()
    {
        Assert.Contains("at least one problem", Assert.Throws<ArgumentException>("problems", () => new CareerJsonException([])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>("problems", () => new CareerJsonException([First, null!]));
        Assert.Throws<ArgumentNullException>("problems", () => new CareerJsonException(null!));
    }

    [Fact]
    public void It_is_a_format_exception_so_handlers_of_bad_input_catch_it()
    {
        Assert.IsAssignableFrom<FormatException>(new CareerJsonException([First]));
    }
}
