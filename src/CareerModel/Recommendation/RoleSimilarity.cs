using System.Buffers;

namespace CareerModel.Recommendation;

/// <summary>
/// How close a person's whole skill profile is to each role's: the cosine of the two profiles,
/// each measured from the catalog's mean, from −1 to 1.
/// </summary>
/// <remarks>
/// <para>
/// A role's profile holds importance × required level for every skill it lists (required or
/// preferred); a person's holds their level × the skill's mean importance over the roles that list
/// it. Both are centred on the catalog's mean role profile, so that what every role asks for does
/// not make every role alike, and the cosine compares their shapes: a role that asks for far less
/// than the person has, or for other things, is not a perfect match, however well the person
/// covers it (fit, by contrast, is coverage and saturates at 1).
/// </para>
/// <para>
/// A role that lists no requirements, or a person with no skill the catalog knows, has no profile:
/// their similarity is 0, and the result says the skill data was missing. Computed in double
/// precision over the roles' sparse profiles (<see cref="RoleProfiles"/>), the same for either
/// scoring layout.
/// </para>
/// </remarks>
internal static class RoleSimilarity
{
    /// <summary>A length below which a profile counts as no profile: its direction is rounding noise.</summary>
    private const double NoLength = 1e-6;

    /// <summary>Works out every role's similarity to a person's skill vector.</summary>
    /// <param name="profiles">The roles' profiles.</param>
    /// <param name="skills">The person's levels, one per catalog skill (padding after them is ignored).</param>
    /// <returns>Each role's similarity, from −1 to 1; all 0 when the person has no skill the catalog knows.</returns>
    public static double[] Compute(RoleProfiles profiles, ReadOnlySpan<float> skills)
    {
        var result = new double[profiles.Norm.Length];
        if (!skills.ContainsAnyExcept(0f))
            return result;
        var count = profiles.Mean.Length;
        var rented = ArrayPool<double>.Shared.Rent(count);
        try
        {
            var person = rented.AsSpan(0, count);
            var squares = 0.0;
            for (var s = 0; s < count; s++)
            {
                person[s] = (skills[s] * profiles.Scale[s]) - profiles.Mean[s];
                squares += person[s] * person[s];
            }
            var norm = Math.Sqrt(squares);
            if (!(norm > NoLength))
                return result;
            var meanDot = 0.0;
            for (var s = 0; s < count; s++)
            {
                person[s] /= norm;
                meanDot += profiles.Mean[s] * person[s];
            }
            for (var r = 0; r < result.Length; r++)
            {
                if (!(profiles.Norm[r] > NoLength))
                    continue;
                var dot = 0.0;
                for (var k = profiles.RowStart[r]; k < profiles.RowStart[r + 1]; k++)
                    dot += profiles.Value[k] * person[profiles.Skill[k]];
                result[r] = Math.Clamp((dot - meanDot) / profiles.Norm[r], -1, 1);
            }
            return result;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(rented);
        }
    }
}
