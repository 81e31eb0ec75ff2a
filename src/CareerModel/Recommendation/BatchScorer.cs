using CareerModel.Assessment;
using CareerModel.People;

namespace CareerModel.Recommendation;

/// <summary>
/// The scoring kernel under a <see cref="Recommender"/>, for callers who score many people at
/// once (a workforce against every role, a batch job): dense skill vectors in, every role's fit and
/// learning months out, in one vectorised pass that allocates nothing. Immutable and safe to share
/// between threads.
/// </summary>
/// <remarks>
/// Roles are at fixed indices (the catalog's roles in id order, see <see cref="RoleIdAt"/>); a
/// skill vector holds one level per catalog skill, padded to whole vectors
/// (<see cref="SkillVectorLength"/>). The pass reads the requirements in the recommender's
/// <see cref="Layout"/>: every cell of the dense matrices, or only each role's own requirements.
/// </remarks>
public sealed class BatchScorer
{
    private readonly CompiledCatalog compiled;

    internal BatchScorer(CompiledCatalog compiled, int concurrentSkills)
    {
        this.compiled = compiled;
        ConcurrentSkills = concurrentSkills;
    }

    /// <summary>Gets the number of roles <see cref="ScoreAll"/> scores.</summary>
    public int RoleCount => compiled.Roles.Length;

    /// <summary>Gets the length of a skill vector (the catalog's skill count, padded to whole vectors).</summary>
    public int SkillVectorLength => compiled.Stride;

    /// <summary>Gets the layout the requirements are read in (<see cref="ScoringLayout.Dense"/> or <see cref="ScoringLayout.Sparse"/>).</summary>
    public ScoringLayout Layout => compiled.Layout;

    /// <summary>Gets how many skills the learning months assume are developed at once (<see cref="LearningTimes.ConcurrentSkills"/>).</summary>
    public int ConcurrentSkills { get; }

    /// <summary>Gets the role id at an index of <see cref="ScoreAll"/>'s output.</summary>
    /// <param name="index">The index, from 0 to <see cref="RoleCount"/> − 1.</param>
    /// <returns>The role id (roles are in id order).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is outside 0 to <see cref="RoleCount"/> − 1.</exception>
    public string RoleIdAt(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, RoleCount);
        return compiled.Roles[index].Id;
    }

    /// <summary>Makes a person's dense skill vector for <see cref="ScoreAll"/>; skills the catalog does not know are left out.</summary>
    /// <param name="profile">The person.</param>
    /// <returns>A vector of <see cref="SkillVectorLength"/> levels.</returns>
    public float[] CreateSkillVector(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var vector = new float[compiled.Stride];
        compiled.FillSkillVector(profile, vector);
        return vector;
    }

    /// <summary>
    /// Scores every role for one skill vector in one vectorised pass, allocating nothing: the skill
    /// fit (0 to 1, importance-weighted over required skills) and the months of learning the gaps
    /// need, developing <see cref="ConcurrentSkills"/> skills at once (the least time the
    /// assessment's schedule can take: the longest single gap, or the total shared out).
    /// </summary>
    /// <param name="skills">A vector from <see cref="CreateSkillVector"/>.</param>
    /// <param name="fit">Receives each role's fit; at least <see cref="RoleCount"/> long.</param>
    /// <param name="monthsToLearn">Receives each role's learning months; at least <see cref="RoleCount"/> long.</param>
    /// <exception cref="ArgumentException">A span has the wrong length.</exception>
    public void ScoreAll(ReadOnlySpan<float> skills, Span<float> fit, Span<float> monthsToLearn)
    {
        if (skills.Length != compiled.Stride)
            throw new ArgumentException($"The skill vector holds {skills.Length} levels; this catalog's hold {compiled.Stride} (SkillVectorLength).", nameof(skills));
        if (fit.Length < RoleCount || monthsToLearn.Length < RoleCount)
            throw new ArgumentException($"The output spans need room for {RoleCount} roles (RoleCount).", fit.Length < RoleCount ? nameof(fit) : nameof(monthsToLearn));
        compiled.Estimate.ScoreAll(skills, ConcurrentSkills, fit, monthsToLearn);
    }

    /// <summary>One role's fit and months under one requirement table: the kernel over that row alone, allocating nothing.</summary>
    /// <remarks>A row alone sums in the same order as within the whole pass, so the result is the same to the bit.</remarks>
    internal (float Fit, float Months) ScoreRow(RequirementTable table, ReadOnlySpan<float> skills, int role) =>
        table.ScoreRow(role, skills, ConcurrentSkills);
}
