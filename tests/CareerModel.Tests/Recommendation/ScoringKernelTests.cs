using CareerModel.Recommendation;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The two kernels' own checks of what they are handed: a span too short or a table of another
/// shape is refused before a single read, as the kernels then read without bounds checks.
/// </summary>
public class ScoringKernelTests
{
    private const int Stride = 8;

    /// <summary>Two roles over skills 0 and 9: role 0 needs skill 0 at 2, role 1 skill 9 at 4.</summary>
    private static readonly (int Skill, float Need, float WeightOverNeed)[][] Terms = [[(0, 2f, 0.5f)], [(9, 4f, 0.25f)]];

    private static RequirementTable Table(ScoringLayout layout) =>
        RequirementTable.Create(layout, 16, [0f, 0f], Terms, Enumerable.Repeat(6f, 16).ToArray());

    [Fact]
    public void The_dense_kernel_refuses_output_spans_shorter_than_its_roles()
    {
        float[] need = new float[2 * Stride], weights = new float[2 * Stride], have = new float[Stride], months = new float[Stride];

        var shortFit = Assert.Throws<ArgumentException>(() => ScoringKernel.ScoreAll(need, weights, [0f, 0f], months, have, Stride, 3, new float[1], new float[2]));
        var shortMonths = Assert.Throws<ArgumentException>(() => ScoringKernel.ScoreAll(need, weights, [0f, 0f], months, have, Stride, 3, new float[2], new float[1]));

        Assert.Equal("The output spans need room for 2 roles. (Parameter 'fit')", shortFit.Message);
        Assert.Equal("fit", shortMonths.ParamName);
    }

    [Theory]
    [InlineData(Stride - 1, Stride, 2 * Stride, 2 * Stride)]
    [InlineData(Stride, Stride + 1, 2 * Stride, 2 * Stride)]
    [InlineData(Stride, Stride, (2 * Stride) - 1, (2 * Stride) - 1)]
    [InlineData(Stride, Stride, 2 * Stride, (2 * Stride) + 1)]
    public void The_dense_kernel_refuses_a_vector_or_matrix_of_another_shape(int haveLength, int monthsLength, int needLength, int weightLength)
    {
        var ex = Assert.Throws<ArgumentException>(() => ScoringKernel.ScoreAll(
            new float[needLength], new float[weightLength], [0f, 0f], new float[monthsLength], new float[haveLength], Stride, 3, new float[2], new float[2]));

        Assert.Equal("have", ex.ParamName);
        Assert.Equal("The skill vector does not match the compiled catalog's layout. (Parameter 'have')", ex.Message);
    }

    [Fact]
    public void The_sparse_kernel_refuses_output_spans_shorter_than_the_roles_asked_for()
    {
        var table = (SparseRequirements)Table(ScoringLayout.Sparse);
        var have = new float[16];

        Assert.Equal("The output spans need room for 2 roles. (Parameter 'fit')", Assert.Throws<ArgumentException>(() => SparseScoringKernel.ScoreAll(table, 0, 2, have, 3, new float[1], new float[2])).Message);
        Assert.Equal("fit", Assert.Throws<ArgumentException>(() => SparseScoringKernel.ScoreAll(table, 0, 2, have, 3, new float[2], new float[1])).ParamName);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, -1)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void The_sparse_kernel_refuses_roles_outside_its_table(int firstRole, int roles)
    {
        var table = (SparseRequirements)Table(ScoringLayout.Sparse);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => SparseScoringKernel.ScoreAll(table, firstRole, roles, new float[16], 3, new float[4], new float[4]));

        Assert.Equal("firstRole", ex.ParamName);
        Assert.Contains(FormattableString.Invariant($"Roles {firstRole} to {firstRole + roles - 1} are not all in the table of 2."), ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void The_sparse_kernel_scores_no_roles_from_anywhere_in_its_table_and_writes_nothing(int firstRole)
    {
        var table = (SparseRequirements)Table(ScoringLayout.Sparse);
        float[] fit = [-1f], months = [-1f];

        SparseScoringKernel.ScoreAll(table, firstRole, 0, new float[16], 3, fit, months);

        Assert.Equal((-1f, -1f), (fit[0], months[0]));
    }

    [Fact]
    public void The_sparse_kernel_scores_any_range_of_whole_roles_and_refuses_a_vector_short_of_its_skills()
    {
        var table = (SparseRequirements)Table(ScoringLayout.Sparse);
        var have = new float[16];
        have[0] = 1;
        have[9] = 4;
        float[] fit = new float[2], months = new float[2];

        SparseScoringKernel.ScoreAll(table, 0, 2, have, 3, fit, months);
        SparseScoringKernel.ScoreAll(table, 1, 1, have, 3, fit, months);

        // Role 0: skill 0 at 1 of 2, half the fit, one level step of 6 months; role 1 met; then role 1 alone into slot 0.
        Assert.Equal([1f, 1f], fit);
        Assert.Equal([0f, 0f], months);
        Assert.Equal(10, table.SkillsSpanned);
        Assert.Equal("The skill vector does not match the compiled catalog's layout. (Parameter 'have')", Assert.Throws<ArgumentException>(() => SparseScoringKernel.ScoreAll(table, 0, 2, new float[9], 3, new float[2], new float[2])).Message);
        SparseScoringKernel.ScoreAll(table, 0, 1, have, 3, fit, months);
        Assert.Equal(0.5f, fit[0]);
        Assert.Equal(6f, months[0]);
    }
}
