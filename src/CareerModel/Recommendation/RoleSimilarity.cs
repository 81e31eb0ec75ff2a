using System.Numerics;
using System.Runtime.InteropServices;

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
/// their similarity is 0, and the result says the skill data was missing.
/// </para>
/// </remarks>
internal static class RoleSimilarity
{
    /// <summary>Works out every role's similarity to a person's skill vector.</summary>
    /// <param name="compiled">The compiled catalog.</param>
    /// <param name="skills">The person's levels, one per catalog skill, padded to the stride.</param>
    /// <returns>Each role's similarity, from −1 to 1; all 0 when the person has no skill the catalog knows.</returns>
    public static double[] Compute(CompiledCatalog compiled, ReadOnlySpan<float> skills)
    {
        var stride = compiled.Stride;
        var result = new double[compiled.Roles.Length];
        if (!skills.ContainsAnyExcept(0f))
            return result;
        Span<float> person = stride <= 1024 ? stackalloc float[stride] : new float[stride];
        for (var s = 0; s < compiled.Skills.Length; s++)
            person[s] = (skills[s] * compiled.ProfileScale[s]) - compiled.ProfileMean[s];
        if (!Normalise(person))
            return result;
        var profiles = compiled.SkillProfiles;
        for (var r = 0; r < result.Length; r++)
            result[r] = Math.Clamp(Dot(profiles.AsSpan(r * stride, stride), person), -1, 1);
        return result;
    }

    /// <summary>Scales a vector to unit length; leaves it and returns <see langword="false"/> when it is (nearly) zero.</summary>
    public static bool Normalise(Span<float> vector)
    {
        var norm = MathF.Sqrt(Dot(vector, vector));
        if (!(norm > 1e-6f))
            return false;
        foreach (ref var x in vector)
            x /= norm;
        return true;
    }

    /// <summary>The dot product of two vectors whose length is a whole number of <see cref="Vector{T}"/> lanes (the compiled stride).</summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var va = MemoryMarshal.Cast<float, Vector<float>>(a);
        var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
        var sum = Vector<float>.Zero;
        for (var i = 0; i < va.Length; i++)
            sum += va[i] * vb[i];
        return Vector.Sum(sum);
    }
}
