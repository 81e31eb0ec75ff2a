using CareerModel.Serialization;

namespace CareerModel.Tests.Serialization;

public class CareerJsonProblemTests
{
    private static CareerJsonProblem Problem(CareerJsonProblemKind kind = CareerJsonProblemKind.InvalidValue, string path = "$.roles[3].rank", int line = 12, int column = 20, string message = "Role 'a' rank 500 must be from 1 to 100.") =>
        new(kind, path, line, column, message);

    [Fact]
    public void A_problem_keeps_its_kind_path_line_column_and_message()
    {
        var problem = Problem();

        Assert.Equal(
            (CareerJsonProblemKind.InvalidValue, "$.roles[3].rank", 12, 20, "Role 'a' rank 500 must be from 1 to 100."),
            (problem.Kind, problem.Path, problem.Line, problem.Column, problem.Message));
    }

    [Fact]
    public void A_problem_prints_as_a_compiler_would_report_it()
    {
        Assert.Equal("line 12, column 20, $.roles[3].rank: Role 'a' rank 500 must be from 1 to 100.", Problem().ToString());
    }

    [Fact]
    public void Problems_with_the_same_parts_are_equal_and_hash_alike()
    {
        Assert.Equal(Problem(), Problem());
        Assert.True(Problem() == Problem());
        Assert.Equal(Problem().GetHashCode(), Problem().GetHashCode());
        Assert.True(Problem() != Problem(kind: CareerJsonProblemKind.WrongType));
        Assert.NotEqual(Problem(), Problem(path: "$.roles[4].rank"));
        Assert.NotEqual(Problem(), Problem(line: 13));
        Assert.NotEqual(Problem(), Problem(column: 21));
        Assert.NotEqual(Problem(), Problem(message: "Another."));
        Assert.False(Problem().Equals(null));
    }

    [Fact]
    public void Lines_and_columns_count_from_one()
    {
        var line = Assert.Throws<ArgumentOutOfRangeException>("line", () => Problem(line: 0));
        Assert.Throws<ArgumentOutOfRangeException>("column", () => Problem(column: 0));

        Assert.StartsWith("line 0 must be at least 1.", line.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_path_or_message_or_an_undefined_kind_is_rejected()
    {
        Assert.Throws<ArgumentException>("path", () => Problem(path: " "));
        Assert.Throws<ArgumentException>("message", () => Problem(message: ""));
        Assert.Throws<ArgumentOutOfRangeException>("kind", () => Problem(kind: (CareerJsonProblemKind)99));
    }
}
