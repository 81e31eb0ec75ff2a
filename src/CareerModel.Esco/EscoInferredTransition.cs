using CareerModel.Careers;

namespace CareerModel.Esco;

/// <summary>A transition the import inferred, with the evidence for it.</summary>
public sealed class EscoInferredTransition
{
    internal EscoInferredTransition(Transition transition, double score, double skillOverlap, double iscoProximity, bool hierarchyLink, int sharedSkills)
    {
        Transition = transition;
        Score = score;
        SkillOverlap = skillOverlap;
        IscoProximity = iscoProximity;
        HierarchyLink = hierarchyLink;
        SharedSkills = sharedSkills;
    }

    /// <summary>Gets the transition, as the catalog holds it.</summary>
    public Transition Transition { get; }

    /// <summary>Gets the score it was ranked by.</summary>
    public double Score { get; }

    /// <summary>Gets the skill overlap, 0 to 1: the cosine of the two occupations' weighted skill vectors.</summary>
    public double SkillOverlap { get; }

    /// <summary>Gets the ISCO proximity, 0 to 1.</summary>
    public double IscoProximity { get; }

    /// <summary>Gets whether one occupation is a narrower kind of the other in ESCO's hierarchy.</summary>
    public bool HierarchyLink { get; }

    /// <summary>Gets how many skills the two occupations share.</summary>
    public int SharedSkills { get; }

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"{Transition.FromRoleId} → {Transition.ToRoleId}: {Score:0.000} (skills {SkillOverlap:0.000}, {SharedSkills} shared; ISCO {IscoProximity:0.00}{(HierarchyLink ? "; hierarchy" : "")})");
}
