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
/// their similarity is 0, and the result says the skill data was missing. Worked out in double
/// precision from the roles' skill index (<see cref="RoleProfiles"/>, which shows how), the same
/// for either scoring layout, at the cost of the person's skills and the roles that list them.
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
        var levels = skills[..profiles.Mean.Length];
        if (!levels.ContainsAnyExcept(0f))
            return result;
        // result holds v·p, role by role, until the last loop turns it into the cosine.
        var meanDot = 0.0;
        var squares = profiles.MeanSquares;
        for (var s = levels.IndexOfAnyExcept(0f); s >= 0; s = Next(levels, s))
        {
            var p = levels[s] * profiles.Scale[s];
            meanDot += p * profiles.Mean[s];
            squares += (p * p) - (2 * p * profiles.Mean[s]);
            for (var k = profiles.SkillStart[s]; k < profiles.SkillStart[s + 1]; k++)
                result[profiles.Role[k]] += p * profiles.Value[k];
        }
        var personNorm = Math.Sqrt(Math.Max(squares, 0));
        for (var r = 0; r < result.Length; r++)
        {
            var roleNorm = profiles.Norm[r];
            result[r] = personNorm > NoLength && roleNorm > NoLength
                ? Math.Clamp((result[r] - profiles.DotMean[r] - meanDot + profiles.MeanSquares) / (personNorm * roleNorm), -1, 1)
                : 0;
        }
        return result;
    }

    /// <summary>The next skill after <paramref name="s"/> the person has, or −1.</summary>
    private static int Next(ReadOnlySpan<float> levels, int s)
    {
        var next = levels[(s + 1)..].IndexOfAnyExcept(0f);
        return next < 0 ? -1 : s + 1 + next;
    }
}
