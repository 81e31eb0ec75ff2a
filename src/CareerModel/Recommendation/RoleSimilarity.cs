using System.Buffers;
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
/// their similarity is 0, and the result says the skill data was missing. Computed over the roles'
/// sparse profiles (<see cref="RoleProfiles"/>), the same for either scoring layout: the person's
/// centred, unit vector in single precision, each role's dot product a vector at a time.
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
        var centred = ArrayPool<double>.Shared.Rent(count);
        // Pinned: the gathers below read it by address.
        var person = GC.AllocateUninitializedArray<float>(Math.Max(count, profiles.SkillsSpanned), pinned: true);
        try
        {
            var squares = 0.0;
            for (var s = 0; s < count; s++)
            {
                centred[s] = (skills[s] * profiles.Scale[s]) - profiles.Mean[s];
                squares += centred[s] * centred[s];
            }
            var norm = Math.Sqrt(squares);
            if (!(norm > NoLength))
                return result;
            person.AsSpan(count).Clear();
            var meanDot = 0.0;
            for (var s = 0; s < count; s++)
            {
                person[s] = (float)(centred[s] / norm);
                meanDot += profiles.Mean[s] * person[s];
            }
            DotAll(profiles, person, meanDot, result);
            return result;
        }
        finally
        {
            ArrayPool<double>.Shared.Return(centred);
        }
    }

    /// <summary>Each role's cosine: its entries' dot with the person's vector, less the mean's, over its length.</summary>
    private static void DotAll(RoleProfiles profiles, float[] person, double meanDot, double[] result)
    {
        ref var personRef = ref MemoryMarshal.GetArrayDataReference(person);
        ref var skillRef = ref MemoryMarshal.GetArrayDataReference(profiles.Skill);
        ref var valueRef = ref MemoryMarshal.GetArrayDataReference(profiles.Value);
        var width = (nuint)Vector<float>.Count;
        var rowStart = profiles.RowStart;
        for (var r = 0; r < result.Length; r++)
        {
            if (!(profiles.Norm[r] > NoLength))
                continue;
            var sum = Vector<float>.Zero;
            for (var slot = (nuint)rowStart[r] * width; slot < (nuint)rowStart[r + 1] * width; slot += width)
                sum += Vector.LoadUnsafe(ref valueRef, slot) * SparseScoringKernel.Gather(ref personRef, ref System.Runtime.CompilerServices.Unsafe.Add(ref skillRef, slot));
            result[r] = Math.Clamp((Vector.Sum(sum) - meanDot) / profiles.Norm[r], -1, 1);
        }
    }
}
