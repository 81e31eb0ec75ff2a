using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CareerModel.Recommendation;

/// <summary>
/// The hot loop: scores every role of a compiled catalog against one person's skill vector in a
/// single pass over two contiguous roles × skills matrices, with <see cref="Vector{T}"/> lanes and
/// no allocation.
/// </summary>
/// <remarks>
/// For role r and skill s, with h the person's level, n = need[r, s] and v = weightOverNeed[r, s]
/// (the requirement's importance ÷ its level, normalised by the role's total required weight):
/// fit[r] = constant[r] + Σₛ min(h, n) · v, which is Σ wᵢ · min(hᵢ / nᵢ, 1) / Σ wᵢ over the
/// required skills. The learning time is the least a schedule that develops c skills at once can
/// take: gap[r] = max(maxₛ gₛ, Σₛ gₛ ÷ c) with gₛ = (n − min(h, n)) · months[s], the months the
/// missing level steps of skill s take. Rows are padded to a whole number of vectors with zeros,
/// which add nothing to the sums and the maximum.
/// </remarks>
internal static class ScoringKernel
{
    public static void ScoreAll(
        ReadOnlySpan<float> need,
        ReadOnlySpan<float> weightOverNeed,
        ReadOnlySpan<float> fitConstant,
        ReadOnlySpan<float> monthsPerLevel,
        ReadOnlySpan<float> have,
        int stride,
        float concurrentSkills,
        Span<float> fit,
        Span<float> gapMonths)
    {
        var roles = fitConstant.Length;
        if (fit.Length < roles || gapMonths.Length < roles)
            throw new ArgumentException($"The output spans need room for {roles} roles.", nameof(fit));
        if (have.Length != stride || monthsPerLevel.Length != stride || need.Length != roles * stride || weightOverNeed.Length != need.Length)
            throw new ArgumentException("The skill vector does not match the compiled catalog's layout.", nameof(have));

        ref var needRef = ref MemoryMarshal.GetReference(need);
        ref var weightRef = ref MemoryMarshal.GetReference(weightOverNeed);
        ref var haveRef = ref MemoryMarshal.GetReference(have);
        ref var monthsRef = ref MemoryMarshal.GetReference(monthsPerLevel);
        var width = Vector<float>.Count;
        for (var r = 0; r < roles; r++)
        {
            var row = r * stride;
            var fitSum = Vector<float>.Zero;
            var gapSum = Vector<float>.Zero;
            var gapMax = Vector<float>.Zero;
            for (var s = 0; s < stride; s += width)
            {
                var n = Vector.LoadUnsafe(ref needRef, (nuint)(row + s));
                var v = Vector.LoadUnsafe(ref weightRef, (nuint)(row + s));
                var h = Vector.LoadUnsafe(ref haveRef, (nuint)s);
                var met = Vector.Min(h, n);
                fitSum += met * v;
                var gap = (n - met) * Vector.LoadUnsafe(ref monthsRef, (nuint)s);
                gapSum += gap;
                gapMax = Vector.Max(gapMax, gap);
            }
            var longest = 0f;
            for (var lane = 0; lane < width; lane++)
                longest = Math.Max(longest, gapMax[lane]);
            fit[r] = fitConstant[r] + Vector.Sum(fitSum);
            gapMonths[r] = Math.Max(longest, Vector.Sum(gapSum) / concurrentSkills);
        }
    }

    /// <summary>The number of floats per matrix row: the skill count rounded up to whole vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Stride(int skillCount)
    {
        var width = Vector<float>.Count;
        return Math.Max(width, (skillCount + width - 1) / width * width);
    }
}
