using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

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
        // Unchecked: the project checks integer overflow, and a check on every index costs as much
        // as the arithmetic; the offsets are bounded by the lengths validated above.
        unchecked
        {
            var width = (nuint)Vector<float>.Count;
            var rowLength = (nuint)stride;
            var r = 0;
            var row = (nuint)0;
            // Two rows at a time: each row's sums run in the same order as alone (so the results
            // are the same to the bit), but the two dependency chains overlap and the person's
            // levels and learning times are loaded once for both.
            for (; r + 1 < roles; r += 2, row += 2 * rowLength)
            {
                var fitA = Vector<float>.Zero;
                var gapSumA = Vector<float>.Zero;
                var gapMaxA = Vector<float>.Zero;
                var fitB = Vector<float>.Zero;
                var gapSumB = Vector<float>.Zero;
                var gapMaxB = Vector<float>.Zero;
                for (var s = (nuint)0; s < rowLength; s += width)
                {
                    var h = Vector.LoadUnsafe(ref haveRef, s);
                    var m = Vector.LoadUnsafe(ref monthsRef, s);
                    Accumulate(Vector.LoadUnsafe(ref needRef, row + s), Vector.LoadUnsafe(ref weightRef, row + s), h, m, ref fitA, ref gapSumA, ref gapMaxA);
                    Accumulate(Vector.LoadUnsafe(ref needRef, row + rowLength + s), Vector.LoadUnsafe(ref weightRef, row + rowLength + s), h, m, ref fitB, ref gapSumB, ref gapMaxB);
                }
                var (sumFitA, sumFitB, sumGapA, sumGapB) = Sum4(fitA, fitB, gapSumA, gapSumB);
                fit[r] = fitConstant[r] + sumFitA;
                gapMonths[r] = float.MaxNative(MaxAcross(gapMaxA), sumGapA / concurrentSkills);
                fit[r + 1] = fitConstant[r + 1] + sumFitB;
                gapMonths[r + 1] = float.MaxNative(MaxAcross(gapMaxB), sumGapB / concurrentSkills);
            }
            if (r < roles)
            {
                var fitSum = Vector<float>.Zero;
                var gapSum = Vector<float>.Zero;
                var gapMax = Vector<float>.Zero;
                for (var s = (nuint)0; s < rowLength; s += width)
                {
                    Accumulate(Vector.LoadUnsafe(ref needRef, row + s), Vector.LoadUnsafe(ref weightRef, row + s),
                        Vector.LoadUnsafe(ref haveRef, s), Vector.LoadUnsafe(ref monthsRef, s), ref fitSum, ref gapSum, ref gapMax);
                }
                fit[r] = fitConstant[r] + Vector.Sum(fitSum);
                gapMonths[r] = float.MaxNative(MaxAcross(gapMax), Vector.Sum(gapSum) / concurrentSkills);
            }
        }
    }

    /// <summary>One vector of one row: the fit met so far, and the months each gap needs.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void Accumulate(
        Vector<float> need, Vector<float> weightOverNeed, Vector<float> have, Vector<float> monthsPerLevel,
        ref Vector<float> fitSum, ref Vector<float> gapSum, ref Vector<float> gapMax)
    {
        // The native minimum and maximum are one instruction each; they differ from Vector.Min and
        // Vector.Max only on NaN and the sign of zero, and every value here is finite and ≥ 0.
        var met = Vector.MinNative(have, need);
        // Fused where the processor fuses (one instruction, one rounding); elsewhere a multiply
        // and an add, as the software fallback of a fused multiply-add would be far slower.
        fitSum = Fma.IsSupported ? Vector.FusedMultiplyAdd(met, weightOverNeed, fitSum) : fitSum + (met * weightOverNeed);
        var gap = (need - met) * monthsPerLevel;
        gapSum += gap;
        gapMax = Vector.MaxNative(gapMax, gap);
    }

    /// <summary>
    /// The lane sums of four vectors, each added in the same order as <see cref="Vector.Sum{T}(Vector{T})"/>
    /// adds it — ((x0 + x1) + (x2 + x3)) + ((x4 + x5) + (x6 + x7)) — so the results are identical,
    /// with three horizontal adds for all four instead of a shuffle tree each.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (float A, float B, float C, float D) Sum4(Vector<float> a, Vector<float> b, Vector<float> c, Vector<float> d)
    {
        if (Avx.IsSupported && Vector<float>.Count == Vector256<float>.Count)
        {
            var pairs = Avx.HorizontalAdd(
                Avx.HorizontalAdd(a.AsVector256(), b.AsVector256()),
                Avx.HorizontalAdd(c.AsVector256(), d.AsVector256()));
            var sums = pairs.GetLower() + pairs.GetUpper();
            return (sums.GetElement(0), sums.GetElement(1), sums.GetElement(2), sums.GetElement(3));
        }
        return (Vector.Sum(a), Vector.Sum(b), Vector.Sum(c), Vector.Sum(d));
    }

    /// <summary>The largest lane of a vector of finite values, by halving: three steps for eight lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static float MaxAcross(Vector<float> values)
    {
        if (Vector<float>.Count == Vector256<float>.Count)
        {
            var wide = values.AsVector256();
            var half = Vector128.MaxNative(wide.GetLower(), wide.GetUpper());
            half = Vector128.MaxNative(half, Vector128.Shuffle(half, Vector128.Create(2, 3, 0, 1)));
            half = Vector128.MaxNative(half, Vector128.Shuffle(half, Vector128.Create(1, 0, 3, 2)));
            return half.ToScalar();
        }
        var largest = 0f;
        for (var lane = 0; lane < Vector<float>.Count; lane++)
            largest = float.MaxNative(largest, values[lane]);
        return largest;
    }

    /// <summary>The number of floats per matrix row: the skill count rounded up to whole vectors.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Stride(int skillCount)
    {
        var width = Vector<float>.Count;
        return Math.Max(width, (skillCount + width - 1) / width * width);
    }
}
