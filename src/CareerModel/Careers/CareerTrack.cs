namespace CareerModel.Careers;

/// <summary>The kind of career a role belongs to.</summary>
public enum CareerTrack
{
    /// <summary>Grows through one's own expertise and scope (specialists, analysts).</summary>
    IndividualContributor,

    /// <summary>Grows through leading people and operations (team leads, managers, directors, executives).</summary>
    Management,
}
