namespace CareerModel.Careers;

/// <summary>What a move between two roles is.</summary>
public enum TransitionKind
{
    /// <summary>A step up: the target role has a higher rank.</summary>
    Promotion,

    /// <summary>A sideways move to a role of another family at a similar level.</summary>
    Lateral,

    /// <summary>A move between tracks, such as from management back to individual contribution.</summary>
    TrackSwitch,

    /// <summary>A move into a narrower, specialised role.</summary>
    Specialisation,
}
