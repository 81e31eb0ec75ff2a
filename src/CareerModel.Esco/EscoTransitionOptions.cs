using NodaTime;

namespace CareerModel.Esco;

/// <summary>
/// How transitions are inferred between ESCO occupations, which publishes none. Each occupation
/// gets the <see cref="NeighboursPerOccupation"/> best-scoring others, where the score is
/// <c>SkillWeight × skill overlap + IscoWeight × ISCO proximity + HierarchyWeight × hierarchy link</c>
/// (docs/esco.md, "Transitions").
/// </summary>
public sealed class EscoTransitionOptions
{
    /// <summary>Gets or sets whether transitions are inferred at all. Default: true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gets or sets how many transitions each occupation gets at most, best first. Default: 10.</summary>
    public int NeighboursPerOccupation { get; set; } = 10;

    /// <summary>Gets or sets the weight of an essential skill in the overlap, against <see cref="OptionalSkillWeight"/>. Default: 2.</summary>
    public double EssentialSkillWeight { get; set; } = 2;

    /// <summary>Gets or sets the weight of an optional skill in the overlap. Default: 1.</summary>
    public double OptionalSkillWeight { get; set; } = 1;

    /// <summary>Gets or sets the weight of the skill overlap (the cosine of the two occupations' weighted skill vectors, rarer skills counting more). Default: 0.7.</summary>
    public double SkillWeight { get; set; } = 0.7;

    /// <summary>Gets or sets the weight of ISCO proximity (1 in one unit group, 0.75 one minor group, 0.5 one sub-major group, 0.25 one major group). Default: 0.2.</summary>
    public double IscoWeight { get; set; } = 0.2;

    /// <summary>Gets or sets the weight of a direct link in the occupation hierarchy (one is a narrower kind of the other). Default: 0.1.</summary>
    public double HierarchyWeight { get; set; } = 0.1;

    /// <summary>Gets or sets the least score a transition needs. Default: 0.1.</summary>
    public double MinimumScore { get; set; } = 0.1;

    /// <summary>Gets or sets the typical time of a move that does not go up in rank. Default: one year.</summary>
    public Period SameLevelMoveTime { get; set; } = Period.FromYears(1);

    /// <summary>Gets or sets the typical time per rank gained (ISCO skill level). Default: two years.</summary>
    public Period TimePerRankStep { get; set; } = Period.FromYears(2);
}
