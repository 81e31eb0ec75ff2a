using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CareerModel.Recommendation;

/// <summary>
/// The hot loop of the sparse layout: scores roles against one person's skill vector reading only
/// each role's required skills, a vector of them at a time, with no allocation. Its results are
/// <see cref="ScoringKernel"/>'s to the bit.
/// </summary>
/// <remarks>
/// Floating-point sums depend on their order. The dense kernel keeps one partial sum per vector
/// lane, skill s landing in lane s mod <see cref="Vector{T}.Count"/>, visits each lane's skills in
/// ascending order and adds the lanes up with <see cref="ScoringKernel.Sum4"/>. The sparse rows put
/// every skill in that same lane, in that same order (<see cref="SparseRequirements"/>), and this
/// kernel runs the dense kernel's own <see cref="ScoringKernel.Accumulate"/> on them, the person's
/// levels gathered by skill index; the cells it skips are zeros, which change no partial sum.
/// </remarks>
internal static class SparseScoringKernel
{
    public static unsafe void ScoreAll(
        SparseRequirements table, int firstRole, int roles, ReadOnlySpan<float> have, float concurrentSkills, Span<float> fit, Span<float> gapMonths)
    {
        if (fit.Length < roles || gapMonths.Length < roles)
            throw new ArgumentException($"The output spans need room for {roles} roles.", nameof(fit));
        var rowStart = table.RowStart;
        if (firstRole < 0 || roles < 0 || firstRole + roles >= rowStart.Length)
            throw new ArgumentOutOfRangeException(nameof(firstRole), firstRole, FormattableString.Invariant($"Roles {firstRole} to {firstRole + roles - 1} are not all in the table of {rowStart.Length - 1}."));
        // Every slot's skill index is below SkillsSpanned: the gathers below stay inside the vector.
        if (have.Length < table.SkillsSpanned)
            throw new ArgumentException("The skill vector does not match the compiled catalog's layout.", nameof(have));

        fixed (float* pinned = have)
        {
            Score(table, firstRole, roles, ref Unsafe.AsRef<float>(pinned), concurrentSkills, fit, gapMonths);
        }
    }

    private static void Score(SparseRequirements table, int firstRole, int roles, ref float haveRef, float concurrentSkills, Span<float> fit, Span<float> gapMonths)
    {
        var rowStart = table.RowStart;
        ref var skillRef = ref MemoryMarshal.GetArrayDataReference(table.Skill);
        ref var needRef = ref MemoryMarshal.GetArrayDataReference(table.Need);
        ref var weightRef = ref MemoryMarshal.GetArrayDataReference(table.WeightOverNeed);
        ref var monthsRef = ref MemoryMarshal.GetArrayDataReference(table.MonthsPerLevel);
        var width = (nuint)Vector<float>.Count;
        // Unchecked: the project checks integer overflow; the offsets are bounded by the table's own arrays.
        unchecked
        {
            var i = 0;
            // Two roles at a time, for one horizontal add of all four sums (see ScoringKernel.Sum4).
            for (; i + 1 < roles; i += 2)
            {
                var r = firstRole + i;
                var (fitA, gapSumA, gapMaxA) = Row(ref skillRef, ref needRef, ref weightRef, ref monthsRef, ref haveRef, width, rowStart[r], rowStart[r + 1]);
                var (fitB, gapSumB, gapMaxB) = Row(ref skillRef, ref needRef, ref weightRef, ref monthsRef, ref haveRef, width, rowStart[r + 1], rowStart[r + 2]);
                var (sumFitA, sumFitB, sumGapA, sumGapB) = ScoringKernel.Sum4(fitA, fitB, gapSumA, gapSumB);
                fit[i] = table.FitConstant[r] + sumFitA;
                gapMonths[i] = float.MaxNative(ScoringKernel.MaxAcross(gapMaxA), sumGapA / concurrentSkills);
                fit[i + 1] = table.FitConstant[r + 1] + sumFitB;
                gapMonths[i + 1] = float.MaxNative(ScoringKernel.MaxAcross(gapMaxB), sumGapB / concurrentSkills);
            }
            if (i < roles)
            {
                var r = firstRole + i;
                var (fitSum, gapSum, gapMax) = Row(ref skillRef, ref needRef, ref weightRef, ref monthsRef, ref haveRef, width, rowStart[r], rowStart[r + 1]);
                fit[i] = table.FitConstant[r] + Vector.Sum(fitSum);
                gapMonths[i] = float.MaxNative(ScoringKernel.MaxAcross(gapMax), Vector.Sum(gapSum) / concurrentSkills);
            }
        }
    }

    /// <summary>One role's lane sums over its vectors <paramref name="start"/> to <paramref name="end"/> − 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector<float> Fit, Vector<float> GapSum, Vector<float> GapMax) Row(
        ref int skillRef, ref float needRef, ref float weightRef, ref float monthsRef, ref float haveRef, nuint width, int start, int end)
    {
        var fit = Vector<float>.Zero;
        var gapSum = Vector<float>.Zero;
        var gapMax = Vector<float>.Zero;
        unchecked
        {
            for (var slot = (nuint)start * width; slot < (nuint)end * width; slot += width)
            {
                var have = Gather(ref haveRef, ref Unsafe.Add(ref skillRef, slot));
                ScoringKernel.Accumulate(Vector.LoadUnsafe(ref needRef, slot), Vector.LoadUnsafe(ref weightRef, slot), have, Vector.LoadUnsafe(ref monthsRef, slot),
                    ref fit, ref gapSum, ref gapMax);
            }
        }
        return (fit, gapSum, gapMax);
    }

    /// <summary>
    /// The values at one vector's skill indices: element k is <c>have[skills[k]]</c>. <paramref name="have"/>
    /// must be pinned (or on the stack) when the processor has AVX2, which gathers by address.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static unsafe Vector<float> Gather(ref float have, ref int skills)
    {
        if (Avx2.IsSupported && Vector<float>.Count == Vector256<float>.Count)
        {
            // The caller's vector is pinned for the whole pass (see ScoreAll), so its address holds.
            return Avx2.GatherVector256((float*)Unsafe.AsPointer(ref have), Vector256.LoadUnsafe(ref skills), sizeof(float)).AsVector();
        }
        if (Vector<float>.Count == Vector256<float>.Count)
        {
            return Vector256.Create(
                Unsafe.Add(ref have, skills), Unsafe.Add(ref have, Unsafe.Add(ref skills, 1)),
                Unsafe.Add(ref have, Unsafe.Add(ref skills, 2)), Unsafe.Add(ref have, Unsafe.Add(ref skills, 3)),
                Unsafe.Add(ref have, Unsafe.Add(ref skills, 4)), Unsafe.Add(ref have, Unsafe.Add(ref skills, 5)),
                Unsafe.Add(ref have, Unsafe.Add(ref skills, 6)), Unsafe.Add(ref have, Unsafe.Add(ref skills, 7))).AsVector();
        }
        if (Vector<float>.Count == Vector128<float>.Count)
        {
            return Vector128.Create(
                Unsafe.Add(ref have, skills), Unsafe.Add(ref have, Unsafe.Add(ref skills, 1)),
                Unsafe.Add(ref have, Unsafe.Add(ref skills, 2)), Unsafe.Add(ref have, Unsafe.Add(ref skills, 3))).AsVector();
        }
        Span<float> levels = stackalloc float[Vector<float>.Count];
        for (var k = 0; k < levels.Length; k++)
            levels[k] = Unsafe.Add(ref have, Unsafe.Add(ref skills, k));
        return new Vector<float>(levels);
    }
}
