using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>
/// The roles' skill profiles for <see cref="RoleSimilarity"/>, kept sparse whatever the scoring
/// layout and indexed by skill: for each skill, the roles that list it (required or preferred) with
/// their importance × level; and per role what it takes to measure its profile from the catalog's
/// mean without ever writing the centred, dense rows.
/// </summary>
/// <remarks>
/// With v a role's profile, p a person's and m the catalog's mean profile (dense, as every skill
/// some role lists has a mean), the cosine of the centred profiles is
/// (v − m)·(p − m) ÷ (‖v − m‖ ‖p − m‖), and (v − m)·(p − m) = v·p − v·m − m·p + m·m. Here v·m,
/// ‖v − m‖ and m·m are worked out once; v·p runs over the person's few skills through this index,
/// and m·p and ‖p − m‖² = Σ over the person's skills of (p² − 2pm), plus m·m, likewise. So a
/// request costs the roles that share a skill with the person, not roles × skills.
/// </remarks>
internal sealed class RoleProfiles
{
    public RoleProfiles(Role[] roles, Skill[] skills, IReadOnlyDictionary<string, int> skillIndex)
    {
        var sums = new double[skills.Length];
        var importance = new double[skills.Length];
        var listed = new int[skills.Length];
        var entries = new List<(int Skill, int Role, double Value)>();
        for (var r = 0; r < roles.Length; r++)
        {
            foreach (var q in roles[r].Requirements)
            {
                var s = skillIndex[q.SkillId];
                // On the kernel's scale, as the person's vector is: a certification counts 1 when asked for.
                var value = q.Importance * SkillScoring.KernelLevel(skills[s], q.MinimumLevel, holdsCertification: q.MinimumLevel > 0);
                entries.Add((s, r, value));
                sums[s] += value;
                importance[s] += q.Importance;
                listed[s]++;
            }
        }
        Scale = new double[skills.Length];
        Mean = new double[skills.Length];
        for (var s = 0; s < skills.Length; s++)
        {
            Scale[s] = listed[s] == 0 ? 0 : importance[s] / listed[s];
            Mean[s] = sums[s] / Math.Max(1, roles.Length);
            MeanSquares += Mean[s] * Mean[s];
        }

        // By skill, then role: the order a person's dot products add up in.
        entries.Sort((a, b) => a.Skill != b.Skill ? a.Skill.CompareTo(b.Skill) : a.Role.CompareTo(b.Role));
        SkillStart = new int[skills.Length + 1];
        Role = new int[entries.Count];
        Value = new double[entries.Count];
        DotMean = new double[roles.Length];
        var squares = new double[roles.Length];
        for (var k = 0; k < entries.Count; k++)
        {
            var (s, r, value) = entries[k];
            SkillStart[s + 1]++;
            Role[k] = r;
            Value[k] = value;
            DotMean[r] += value * Mean[s];
            squares[r] += ((value - Mean[s]) * (value - Mean[s])) - (Mean[s] * Mean[s]);
        }
        for (var s = 0; s < skills.Length; s++)
            SkillStart[s + 1] += SkillStart[s];
        Norm = new double[roles.Length];
        for (var r = 0; r < roles.Length; r++)
            Norm[r] = roles[r].Requirements.Count == 0 ? 0 : Math.Sqrt(Math.Max(squares[r] + MeanSquares, 0));
    }

    /// <summary>Gets where each skill's entries start; the last element is the number of entries.</summary>
    public int[] SkillStart { get; }

    /// <summary>Gets each entry's role index.</summary>
    public int[] Role { get; }

    /// <summary>Gets each entry's importance × level.</summary>
    public double[] Value { get; }

    /// <summary>Gets each role's profile's dot product with the mean profile, v·m.</summary>
    public double[] DotMean { get; }

    /// <summary>Gets each role's centred profile's length, ‖v − m‖: 0 for a role that lists no skill.</summary>
    public double[] Norm { get; }

    /// <summary>Gets the mean profile's squared length, m·m.</summary>
    public double MeanSquares { get; }

    /// <summary>Gets each skill's mean importance over the roles that list it: the weight a person's level of it is given.</summary>
    public double[] Scale { get; }

    /// <summary>Gets each skill's mean importance × level over all roles: the centre both profiles are measured from.</summary>
    public double[] Mean { get; }

    /// <summary>Gets the bytes the profiles hold.</summary>
    public long SizeInBytes => (sizeof(int) * ((long)Role.Length + SkillStart.Length)) + (sizeof(double) * ((long)Value.Length + DotMean.Length + Norm.Length + Scale.Length + Mean.Length));
}
