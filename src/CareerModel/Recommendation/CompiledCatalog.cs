using System.Collections.Frozen;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>
/// A catalog compiled once into the dense form the scoring kernel and the path search run on:
/// ids become indices, requirements become roles × skills matrices of floats (rows padded to
/// whole vectors), transitions become adjacency lists in CSR form.
/// </summary>
internal sealed class CompiledCatalog
{
    /// <summary>Compiles a catalog for the learning times given, from the shared scoring model (<see cref="SkillScoring"/>).</summary>
    public CompiledCatalog(CareerCatalog catalog, LearningTimes learningTimes)
    {
        Catalog = catalog;
        Roles = [.. catalog.Roles];
        RoleIndex = Roles.Select((r, i) => KeyValuePair.Create(r.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        Skills = [.. catalog.Skills];
        SkillIndex = Skills.Select((s, i) => KeyValuePair.Create(s.Id, i)).ToFrozenDictionary(StringComparer.Ordinal);
        Stride = ScoringKernel.Stride(Skills.Length);

        // Weeks and days count (a period's months as the assessment's plan counts them), and
        // LearningTimes keeps every step above zero, so a gap always takes some time.
        MonthsPerLevel = new float[Stride];
        for (var s = 0; s < Skills.Length; s++)
            MonthsPerLevel[s] = (float)SkillScoring.MonthsPerLevelStep(learningTimes, Skills[s].Category);

        Estimate = CompileRequirements(RequirementView.Estimate);
        RoleHasInterval = [.. Roles.Select(r => r.Requirements.Any(q => q.IsRequired && RequirementViews.HasInterval(q)))];
        // The interval's ends cost two more matrices, and a request reads a row of each per step
        // returned (every row when ranking by the pessimistic fit): only for catalogs where some
        // required level carries one.
        if (RoleHasInterval.Contains(true))
        {
            Pessimistic = CompileRequirements(RequirementView.Pessimistic);
            Optimistic = CompileRequirements(RequirementView.Optimistic);
        }

        // Transitions in CSR form: the moves out of role r are edges EdgeStart[r] .. EdgeStart[r + 1] - 1.
        EdgeStart = new int[Roles.Length + 1];
        var edges = catalog.Transitions
            .Select(t => (From: RoleIndex[t.FromRoleId], To: RoleIndex[t.ToRoleId], Transition: t))
            .OrderBy(e => e.From).ThenBy(e => e.To)
            .ToArray();
        EdgeTarget = new int[edges.Length];
        EdgeTransition = new Transition[edges.Length];
        EdgeMonths = new float[edges.Length];
        for (var e = 0; e < edges.Length; e++)
        {
            EdgeStart[edges[e].From + 1]++;
            EdgeTarget[e] = edges[e].To;
            EdgeTransition[e] = edges[e].Transition;
            EdgeMonths[e] = edges[e].Transition.TypicalTime is { } time ? Periods.TotalMonths(time) : 0;
        }
        for (var r = 0; r < Roles.Length; r++)
            EdgeStart[r + 1] += EdgeStart[r];

        // The same edges by target, for searches that work back from a target role.
        EdgeSource = new int[edges.Length];
        InEdgeStart = new int[Roles.Length + 1];
        for (var e = 0; e < edges.Length; e++)
        {
            EdgeSource[e] = edges[e].From;
            InEdgeStart[edges[e].To + 1]++;
        }
        for (var r = 0; r < Roles.Length; r++)
            InEdgeStart[r + 1] += InEdgeStart[r];
        InEdges = new int[edges.Length];
        var filled = InEdgeStart[..^1];
        for (var e = 0; e < edges.Length; e++)
            InEdges[filled[edges[e].To]++] = e;

        EdgeStrength = [.. edges.Select(e => e.Transition.Strength)];
        AllStrengthsAreOne = Array.TrueForAll(EdgeStrength, strength => strength == 1);
        HasSkillData = [.. Roles.Select(r => r.Requirements.Count > 0)];
        AllHaveSkillData = Array.TrueForAll(HasSkillData, has => has);
        (SkillProfiles, ProfileScale, ProfileMean) = CompileSkillProfiles();
        Growth = [.. Roles.Select(r => (float)(r.Outlook?.GrowthRate ?? 0m))];
        MinimumExperienceMonths = [.. Roles.Select(r => r.TypicalExperience is { } x ? (float)Periods.TotalMonths(x.Minimum) : 0f)];
    }

    public CareerCatalog Catalog { get; }

    public Role[] Roles { get; }

    public FrozenDictionary<string, int> RoleIndex { get; }

    public Skill[] Skills { get; }

    public FrozenDictionary<string, int> SkillIndex { get; }

    public int Stride { get; }

    public float[] MonthsPerLevel { get; }

    /// <summary>Gets the requirements at their levels (estimates).</summary>
    public RequirementMatrices Estimate { get; }

    /// <summary>Gets the requirements at the upper ends of their intervals, or <see langword="null"/> when no required level in the catalog carries one.</summary>
    public RequirementMatrices? Pessimistic { get; }

    /// <summary>Gets the requirements at the lower ends of their intervals, or <see langword="null"/> when no required level in the catalog carries one.</summary>
    public RequirementMatrices? Optimistic { get; }

    /// <summary>Gets, for each role, whether any of its required levels carries an interval (bounds or a standard error).</summary>
    public bool[] RoleHasInterval { get; }

    /// <summary>Gets a value indicating whether any role's fit has an interval (<see cref="Pessimistic"/> and <see cref="Optimistic"/> are compiled).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Pessimistic), nameof(Optimistic))]
    public bool HasIntervals => Pessimistic is not null;

    public float[] Need => Estimate.Need;

    public float[] WeightOverNeed => Estimate.WeightOverNeed;

    public float[] FitConstant => Estimate.FitConstant;

    public int[] EdgeStart { get; }

    public int[] EdgeTarget { get; }

    public Transition[] EdgeTransition { get; }

    public int[] EdgeSource { get; }

    /// <summary>The edges into role r are <see cref="InEdges"/>[InEdgeStart[r] .. InEdgeStart[r + 1] - 1] (edge indices).</summary>
    public int[] InEdgeStart { get; }

    public int[] InEdges { get; }

    public float[] EdgeMonths { get; }

    /// <summary>Gets each edge's transition strength (0 to 1), in edge order.</summary>
    public double[] EdgeStrength { get; }

    /// <summary>Gets a value indicating whether every move has strength 1, as in a catalog of hand-written moves: relatedness then never falls.</summary>
    public bool AllStrengthsAreOne { get; }

    /// <summary>Gets, for each role, whether it lists any skill requirement: without one, its fit and similarity are unknown, not perfect.</summary>
    public bool[] HasSkillData { get; }

    /// <summary>Gets a value indicating whether every role lists a skill requirement.</summary>
    public bool AllHaveSkillData { get; }

    /// <summary>
    /// Gets each role's skill profile for the similarity measure, one row of <see cref="Stride"/>
    /// per role: the importance-weighted levels it asks for, centred on the catalog's mean and of
    /// unit length (a zero row for a role that lists no requirements). See <see cref="RoleSimilarity"/>.
    /// </summary>
    public float[] SkillProfiles { get; }

    /// <summary>Gets each skill's mean importance over the roles that list it: the weight a person's level of it is given.</summary>
    public float[] ProfileScale { get; }

    /// <summary>Gets each skill's mean importance-weighted level over all roles: the centre both profiles are measured from.</summary>
    public float[] ProfileMean { get; }

    public float[] Growth { get; }

    public float[] MinimumExperienceMonths { get; }

    /// <summary>
    /// Fills a person's dense skill vector: the level of each skill, and for a certification 1 when
    /// held and 0 otherwise (<see cref="SkillScoring.KernelLevel"/>: a certification is compiled on
    /// a scale of one step).
    /// </summary>
    public void FillSkillVector(Func<string, double> levelOf, Func<string, bool> holds, Span<float> vector)
    {
        vector.Clear();
        for (var s = 0; s < Skills.Length; s++)
        {
            var skill = Skills[s];
            var certification = skill.Category == SkillCategory.Certification;
            vector[s] = SkillScoring.KernelLevel(skill, certification ? 0 : levelOf(skill.Id), certification && holds(skill.Id));
        }
    }

    /// <summary>
    /// The roles' centred, unit-length skill profiles (importance × level per skill, every
    /// requirement, required or preferred), and the scale and centre a person's levels are put on.
    /// </summary>
    private (float[] Profiles, float[] Scale, float[] Mean) CompileSkillProfiles()
    {
        var profiles = new float[Roles.Length * Stride];
        var scale = new float[Stride];
        var mean = new float[Stride];
        var listed = new int[Stride];
        var sums = new double[Stride];
        for (var r = 0; r < Roles.Length; r++)
        {
            foreach (var q in Roles[r].Requirements)
            {
                var s = SkillIndex[q.SkillId];
                // On the kernel's scale, as the person's vector is: a certification counts 1 when asked for.
                var value = q.Importance * SkillScoring.KernelLevel(Skills[s], q.MinimumLevel, holdsCertification: q.MinimumLevel > 0);
                profiles[(r * Stride) + s] = (float)value;
                sums[s] += value;
                scale[s] += (float)q.Importance;
                listed[s]++;
            }
        }
        for (var s = 0; s < Skills.Length; s++)
        {
            scale[s] = listed[s] == 0 ? 0 : scale[s] / listed[s];
            mean[s] = (float)(sums[s] / Roles.Length);
        }
        for (var r = 0; r < Roles.Length; r++)
        {
            var row = profiles.AsSpan(r * Stride, Stride);
            if (!HasSkillData[r])
                continue;
            for (var s = 0; s < Skills.Length; s++)
                row[s] -= mean[s];
            RoleSimilarity.Normalise(row);
        }
        return (profiles, scale, mean);
    }

    /// <summary>Compiles every role's required skills with each requirement at its level under the view, term by term from <see cref="SkillScoring.KernelTerm"/>.</summary>
    private RequirementMatrices CompileRequirements(RequirementView view)
    {
        var matrices = new RequirementMatrices(Roles.Length, Stride);
        var scaleMaximum = Catalog.ProficiencyScale.Maximum;
        for (var r = 0; r < Roles.Length; r++)
        {
            var required = Roles[r].Requirements.Where(q => q.IsRequired).ToArray();
            var totalWeight = required.Sum(q => q.Importance);
            if (totalWeight == 0)
            {
                matrices.FitConstant[r] = 1f;
                continue;
            }
            var row = r * Stride;
            var constant = 0.0;
            foreach (var q in required)
            {
                var s = SkillIndex[q.SkillId];
                var share = q.Importance / totalWeight;
                if (!SkillScoring.KernelTerm(Skills[s], RequirementViews.NeedOf(q, view, scaleMaximum), share, out var need, out var weightOverNeed))
                {
                    constant += share;
                    continue;
                }
                matrices.Need[row + s] = need;
                matrices.WeightOverNeed[row + s] = weightOverNeed;
            }
            matrices.FitConstant[r] = (float)constant;
        }
        return matrices;
    }
}
