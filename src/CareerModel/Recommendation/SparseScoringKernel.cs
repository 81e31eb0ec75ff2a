using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace CareerModel.Recommendation;

/// <summary>
/// The hot loop of the sparse layout: scores roles against one person's skill vector reading only
/// each role's required skills, with no allocation. Its results are <see cref="ScoringKernel"/>'s
/// to the bit.
/// </summary>
/// <remarks>
/// The arithmetic is <see cref="ScoringKernel"/>'s. Floating-point sums depend on their order, so
/// to give the same bits this kernel adds in the dense kernel's order: the dense kernel keeps one
/// partial sum per vector lane, skill s landing in lane s mod <see cref="Vector{T}.Count"/> (rows
/// start on whole vectors), visits each lane's skills in ascending order, and adds the lanes up with
/// <see cref="Vector.Sum{T}(Vector{T})"/>. Here each entry goes into its skill's lane, entries come in
/// ascending skill order, and the lanes are summed the same way. The cells the dense kernel reads
/// and this one skips are zeros, which leave a partial sum unchanged (x + 0 = x, 0 · 0 + x = x for
/// the non-negative x here) and the maximum too (every gap is ≥ 0).
/// </remarks>
internal static class SparseScoringKernel
{
    public static void ScoreAll(
        SparseRequirements table, int firstRole, int roles, ReadOnlySpan<float> have, float concurrentSkills, Span<float> fit, Span<float> gapMonths)
    {
        if (fit.Length < roles || gapMonths.Length < roles)
            throw new ArgumentException($"The output spans need room for {roles} roles.", nameof(fit));
        var rowStart = table.RowStart;
        if (firstRole < 0 || firstRole + roles >= rowStart.Length)
            throw new ArgumentOutOfRangeException(nameof(firstRole), firstRole, $"Roles {firstRole} to {firstRole + roles - 1} are not all in the table of {rowStart.Length - 1}.");

        var width = Vector<float>.Count;
        // Every skill index is below the skill count, which the vector (padded to the stride) covers.
        if (have.Length < width || have.Length % width != 0 || have.Length < table.SkillsSpanned)
            throw new ArgumentException("The skill vector does not match the compiled catalog's layout.", nameof(have));

        ref var skillRef = ref MemoryMarshal.GetArrayDataReference(table.Skill);
        ref var needRef = ref MemoryMarshal.GetArrayDataReference(table.Need);
        ref var weightRef = ref MemoryMarshal.GetArrayDataReference(table.WeightOverNeed);
        ref var monthsRef = ref MemoryMarshal.GetArrayDataReference(table.MonthsPerLevel);
        ref var haveRef = ref MemoryMarshal.GetReference(have);
        Span<float> lanes = stackalloc float[3 * width];
        var fitLanes = lanes[..width];
        var gapSumLanes = lanes.Slice(width, width);
        var gapMaxLanes = lanes[(2 * width)..];
        var mask = width - 1;
        // Unchecked: the project checks integer overflow; the offsets are bounded by the lengths checked above.
        unchecked
        {
            for (var i = 0; i < roles; i++)
            {
                var r = firstRole + i;
                lanes.Clear();
                var end = rowStart[r + 1];
                for (var k = rowStart[r]; k < end; k++)
                {
                    var s = Unsafe.Add(ref skillRef, k);
                    var lane = s & mask;
                    var need = Unsafe.Add(ref needRef, k);
                    var met = float.MinNative(Unsafe.Add(ref haveRef, s), need);
                    fitLanes[lane] = Fma.IsSupported
                        ? MathF.FusedMultiplyAdd(met, Unsafe.Add(ref weightRef, k), fitLanes[lane])
                        : fitLanes[lane] + (met * Unsafe.Add(ref weightRef, k));
                    var gap = (need - met) * Unsafe.Add(ref monthsRef, k);
                    gapSumLanes[lane] += gap;
                    gapMaxLanes[lane] = float.MaxNative(gapMaxLanes[lane], gap);
                }
                fit[i] = table.FitConstant[r] + Vector.Sum(new Vector<float>(fitLanes));
                gapMonths[i] = float.MaxNative(Largest(gapMaxLanes), Vector.Sum(new Vector<float>(gapSumLanes)) / concurrentSkills);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Largest(ReadOnlySpan<float> values)
    {
        var largest = 0f;
        foreach (var value in values)
            largest = float.MaxNative(largest, value);
        return largest;
    }
}
