using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>
/// Everything one request is scored on, worked out once before the search: the options, where the
/// person stands, and every role's fit, learning time, pay, similarity and preference match for them.
/// </summary>
internal sealed class RecommendationRequest
{
    public required RequestOptions Options { get; init; }

    /// <summary>Gets the index of the person's current role.</summary>
    public required int Current { get; init; }

    /// <summary>Gets the index of the role paths must end at, or <see langword="null"/> for anywhere.</summary>
    public required int? Target { get; init; }

    /// <summary>Gets the person's calendar day today.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>Gets the person's months of full-time-equivalent experience today.</summary>
    public required double ExperienceMonths { get; init; }

    /// <summary>Gets the person's dense skill vector.</summary>
    public required float[] Skills { get; init; }

    public required RoleFits Fits { get; init; }

    public required RolePay Pay { get; init; }

    /// <summary>Gets each role's skill similarity to the person (see <see cref="RoleSimilarity"/>).</summary>
    public required double[] Similarity { get; init; }

    /// <summary>Gets the share of the person's stated preferences each role meets.</summary>
    public required double[] Preference { get; init; }

    /// <summary>Gets whether each role may be on a path: not the current role, not excluded, on the track asked for.</summary>
    public required bool[] Allowed { get; init; }

    /// <summary>Gets the notes gathered so far (unknown skills, no region, …); the result's warnings start from them.</summary>
    public required List<RecommendationWarning> Warnings { get; init; }
}
