using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>
/// The roles' skill profiles for <see cref="RoleSimilarity"/>, kept sparse whatever the scoring
/// layout: per role the importance × level of each skill it lists (required or preferred), in
/// <see cref="LaneSlots"/> for a vectorised dot product, and what it takes to measure them from
/// the catalog's mean without ever writing the centred, dense rows.
/// </summary>
/// <remarks>
/// A role's centred profile is v − m, with m the catalog's mean profile: dense, as m is. Its dot
/// with a person's centred, unit vector x is v·x − m·x, where v·x runs over the role's few skills
/// and m·x is one number per person; its length is √(Σ over the role's skills of (v − m)² − m², plus
/// Σ m² over all skills). So the similarity costs the role's entries, not the catalog's skills.
/// </remarks>
internal sealed class RoleProfiles
{
    public RoleProfiles(Role[] roles, Skill[] skills, IReadOnlyDictionary<string, int> skillIndex)
    {
        var sums = new double[skills.Length];
        var importance = new double[skills.Length];
        var listed = new int[skills.Length];
        var rows = new (int Skill, double Value)[roles.Length][];
        for (var r = 0; r < roles.Length; r++)
        {
            rows[r] = [.. roles[r].Requirements
                .Select(q => (Skill: skillIndex[q.SkillId], q))
                .OrderBy(e => e.Skill)
                // On the kernel's scale, as the person's vector is: a certification counts 1 when asked for.
                .Select(e => (e.Skill, Value: e.q.Importance * SkillScoring.KernelLevel(skills[e.Skill], e.q.MinimumLevel, holdsCertification: e.q.MinimumLevel > 0)))];
            foreach (var (s, value) in rows[r])
            {
                sums[s] += value;
                listed[s]++;
            }
            foreach (var q in roles[r].Requirements)
                importance[skillIndex[q.SkillId]] += q.Importance;
        }
        Scale = new double[skills.Length];
        Mean = new double[skills.Length];
        var meanSquares = 0.0;
        for (var s = 0; s < skills.Length; s++)
        {
            Scale[s] = listed[s] == 0 ? 0 : importance[s] / listed[s];
            Mean[s] = sums[s] / Math.Max(1, roles.Length);
            meanSquares += Mean[s] * Mean[s];
        }
        var slots = new LaneSlots([.. rows.Select(row => row.Select(e => e.Skill).ToArray())]);
        RowStart = slots.RowStart;
        Skill = slots.Skill;
        SkillsSpanned = slots.SkillsSpanned;
        Value = new float[Skill.Length];
        Norm = new double[roles.Length];
        for (var r = 0; r < roles.Length; r++)
        {
            if (rows[r].Length == 0)
                continue;
            var squares = meanSquares;
            for (var k = 0; k < rows[r].Length; k++)
            {
                var (s, value) = rows[r][k];
                Value[slots.SlotOf[r][k]] = (float)value;
                var centred = value - Mean[s];
                squares += (centred * centred) - (Mean[s] * Mean[s]);
            }
            Norm[r] = Math.Sqrt(Math.Max(squares, 0));
        }
    }

    /// <summary>Gets where each role's vectors start; the last element is the number of vectors.</summary>
    public int[] RowStart { get; }

    /// <summary>Gets each slot's skill index.</summary>
    public int[] Skill { get; }

    /// <summary>Gets each slot's importance × level (0 in padding).</summary>
    public float[] Value { get; }

    /// <summary>Gets the least length of a person's vector the slots gather from.</summary>
    public int SkillsSpanned { get; }

    /// <summary>Gets each role's centred profile's length: 0 for a role that lists no skill.</summary>
    public double[] Norm { get; }

    /// <summary>Gets each skill's mean importance over the roles that list it: the weight a person's level of it is given.</summary>
    public double[] Scale { get; }

    /// <summary>Gets each skill's mean importance × level over all roles: the centre both profiles are measured from.</summary>
    public double[] Mean { get; }

    /// <summary>Gets the bytes the profiles hold.</summary>
    public long SizeInBytes => (sizeof(int) * ((long)Skill.Length + RowStart.Length)) + (sizeof(float) * (long)Value.Length) + (sizeof(double) * ((long)Norm.Length + Scale.Length + Mean.Length));
}
