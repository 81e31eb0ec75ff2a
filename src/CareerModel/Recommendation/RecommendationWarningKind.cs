namespace CareerModel.Recommendation;

/// <summary>What a <see cref="RecommendationWarning"/> is about.</summary>
public enum RecommendationWarningKind
{
    /// <summary>The profile lists a skill the catalog does not know; it was ignored.</summary>
    UnknownSkill,

    /// <summary>The profile lists a certification the catalog does not know; it was ignored.</summary>
    UnknownCertification,

    /// <summary>The profile names no region, so pay is not projected.</summary>
    NoRegion,

    /// <summary>The profile names a region the catalog does not know, so pay is not projected.</summary>
    UnknownRegion,

    /// <summary>The search met its size limit; the paths are the best among those explored.</summary>
    SearchTruncated,

    /// <summary>No band gives the pay of these final roles; their salary gain counts <see cref="RecommendationOptions.UnknownPayGain"/>.</summary>
    PayUnknown,

    /// <summary>The pay of these final roles is estimated from the reference region's bands.</summary>
    PayEstimated,

    /// <summary>These final roles list no skill requirements; their fit counts <see cref="RecommendationOptions.UnknownSkillFit"/>.</summary>
    SkillDataMissing,
}
