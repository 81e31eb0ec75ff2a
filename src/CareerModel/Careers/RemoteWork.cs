namespace CareerModel.Careers;

/// <summary>How far a role can be done away from the employer's site.</summary>
public enum RemoteWork
{
    /// <summary>Done on site.</summary>
    OnSite,

    /// <summary>Partly on site, partly remote.</summary>
    Hybrid,

    /// <summary>Commonly done fully remotely.</summary>
    Remote,
}
