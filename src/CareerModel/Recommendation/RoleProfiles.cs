using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>
/// The roles' skill profiles for <see cref="RoleSimilarity"/>, kept sparse whatever the scoring
/// layout: per role the importance × level of each skill it lists (required or preferred), and what
/// it takes to measure them from the catalog's mean without ever writing the centred, dense rows.
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
        RowStart = new int[roles.Length + 1];
        var entries = new List<(int Skill, double Value)>();
        var sums = new double[skills.Length];
        var importance = new double[skills.Length];
        var listed = new int[skills.Length];
        for (var r = 0; r < roles.Length; r++)
        {
            // In skill order, so the dot products run in one order however the role lists them.
            foreach (var q in roles[r].Requirements.OrderBy(q => skillIndex[q.SkillId]))
            {
                var s = skillIndex[q.SkillId];
                // On the kernel's scale, as the person's vector is: a certification counts 1 when asked for.
                var value = q.Importance * SkillScoring.KernelLevel(skills[s], q.MinimumLevel, holdsCertification: q.MinimumLevel > 0);
                entries.Add((s, value));
                sums[s] += value;
                importance[s] += q.Importance;
                listed[s]++;
            }
            RowStart[r + 1] = entries.Count;
        }
        Skill = [.. entries.Select(e => e.Skill)];
        Value = [.. entries.Select(e => e.Value)];
        Scale = new double[skills.Length];
        Mean = new double[skills.Length];
        var meanSquares = 0.0;
        for (var s = 0; s < skills.Length; s++)
        {
            Scale[s] = listed[s] == 0 ? 0 : importance[s] / listed[s];
            Mean[s] = sums[s] / Math.Max(1, roles.Length);
            meanSquares += Mean[s] * Mean[s];
        }
        Norm = new double[roles.Length];
        for (var r = 0; r < roles.Length; r++)
        {
            if (RowStart[r] == RowStart[r + 1])
                continue;
            var squares = meanSquares;
            for (var k = RowStart[r]; k < RowStart[r + 1]; k++)
            {
                var centred = Value[k] - Mean[Skill[k]];
                squares += (centred * centred) - (Mean[Skill[k]] * Mean[Skill[k]]);
            }
            Norm[r] = Math.Sqrt(Math.Max(squares, 0));
        }
    }

    /// <summary>Gets where each role's entries start; the last element is the number of entries.</summary>
    public int[] RowStart { get; }

    /// <summary>Gets each entry's skill index, ascending within a role.</summary>
    public int[] Skill { get; }

    /// <summary>Gets each entry's importance × level.</summary>
    public double[] Value { get; }

    /// <summary>Gets each role's centred profile's length: 0 for a role that lists no skill.</summary>
    public double[] Norm { get; }

    /// <summary>Gets each skill's mean importance over the roles that list it: the weight a person's level of it is given.</summary>
    public double[] Scale { get; }

    /// <summary>Gets each skill's mean importance × level over all roles: the centre both profiles are measured from.</summary>
    public double[] Mean { get; }

    /// <summary>Gets the bytes the profiles hold.</summary>
    public long SizeInBytes => (sizeof(int) * ((long)Skill.Length + RowStart.Length)) + (sizeof(double) * ((long)Value.Length + Norm.Length + Scale.Length + Mean.Length));
}
