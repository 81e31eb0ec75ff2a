using System.Collections.Frozen;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Internal;
using CareerModel.People;
using CareerModel.Skills;

namespace CareerModel.Recommendation;

/// <summary>
/// A catalog compiled once into the form the scoring kernel and the path search run on: ids become
/// indices, requirements become a <see cref="RequirementTable"/> in the layout chosen (dense
/// matrices or sparse rows), skill profiles become sparse rows, transitions become adjacency lists
/// in CSR form.
/// </summary>
internal sealed class CompiledCatalog
{
    /// <summary>
    /// The share of a catalog's roles × skills cells that must hold a required skill for the
    /// automatic layout to be dense. A dense cell costs two floats read in whole vectors, about
    /// 0.22 ns; a sparse entry four values, a gather from the person's vector and its padding,
    /// about 1.1 ns (benchmarks/README.md, 2026-12-04): five times as much, so below one cell in
    /// five the sparse rows are faster as well as smaller. O*NET (about 70% required) is dense;
    /// ESCO (0.16%) sparse.
    /// </summary>
    public const double DenseAtDensity = 0.2;

    /// <summary>Compiles a catalog for the learning times given, from the shared scoring model (<see cref="SkillScoring"/>).</summary>
    /// <param name="catalog">The catalog.</param>
    /// <param name="learningTimes">How long learning takes.</param>
    /// <param name="layout">The layout of the requirements: <see cref="ScoringLayout.Dense"/> or <see cref="ScoringLayout.Sparse"/>.</param>
    public CompiledCatalog(CareerCatalog catalog, LearningTimes learningTimes, ScoringLayout layout)
    {
        Catalog = catalog;
        Layout = layout;
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
        // The interval's ends cost two more tables, and a request reads a row of each per step
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
        Profiles = new RoleProfiles(Roles, Skills, SkillIndex);
        Growth = [.. Roles.Select(r => (float)(r.Outlook?.GrowthRate ?? 0m))];
        MinimumExperienceMonths = [.. Roles.Select(r => r.TypicalExperience is { } x ? (float)Periods.TotalMonths(x.Minimum) : 0f)];
    }

    public CareerCatalog Catalog { get; }

    /// <summary>Gets the layout the requirements are compiled in.</summary>
    public ScoringLayout Layout { get; }

    public Role[] Roles { get; }

    public FrozenDictionary<string, int> RoleIndex { get; }

    public Skill[] Skills { get; }

    public FrozenDictionary<string, int> SkillIndex { get; }

    public int Stride { get; }

    public float[] MonthsPerLevel { get; }

    /// <summary>Gets the requirements at their levels (estimates).</summary>
    public RequirementTable Estimate { get; }

    /// <summary>Gets the requirements at the upper ends of their intervals, or <see langword="null"/> when no required level in the catalog carries one.</summary>
    public RequirementTable? Pessimistic { get; }

    /// <summary>Gets the requirements at the lower ends of their intervals, or <see langword="null"/> when no required level in the catalog carries one.</summary>
    public RequirementTable? Optimistic { get; }

    /// <summary>Gets, for each role, whether any of its required levels carries an interval (bounds or a standard error).</summary>
    public bool[] RoleHasInterval { get; }

    /// <summary>Gets a value indicating whether any role's fit has an interval (<see cref="Pessimistic"/> and <see cref="Optimistic"/> are compiled).</summary>
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Pessimistic), nameof(Optimistic))]
    public bool HasIntervals => Pessimistic is not null;

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

    /// <summary>Gets the roles' sparse skill profiles, for <see cref="RoleSimilarity"/>.</summary>
    public RoleProfiles Profiles { get; }

    /// <summary>Gets the bytes the scoring data hold: the requirement tables and the skill profiles.</summary>
    public long ScoringSizeInBytes =>
        Estimate.SizeInBytes + (Pessimistic?.SizeInBytes ?? 0) + (Optimistic?.SizeInBytes ?? 0) + Profiles.SizeInBytes + (sizeof(float) * (long)MonthsPerLevel.Length);

    public float[] Growth { get; }

    public float[] MinimumExperienceMonths { get; }

    /// <summary>
    /// The layout <see cref="ScoringLayout.Automatic"/> stands for in a catalog: dense when at least
    /// <see cref="DenseAtDensity"/> of its roles × skills cells hold a required skill and the
    /// matrices stay within <paramref name="maxDenseCells"/>, sparse otherwise.
    /// </summary>
    public static ScoringLayout Choose(CareerCatalog catalog, ScoringLayout requested, long maxDenseCells)
    {
        if (requested != ScoringLayout.Automatic)
            return requested;
        var cells = (long)catalog.Roles.Count * catalog.Skills.Count;
        if (cells == 0)
            return ScoringLayout.Dense;
        var required = catalog.Roles.Sum(r => (long)r.Requirements.Count(q => q.IsRequired));
        return (double)required / cells >= DenseAtDensity && DenseCells(catalog) <= maxDenseCells ? ScoringLayout.Dense : ScoringLayout.Sparse;
    }

    /// <summary>The cells one dense matrix of a catalog holds: its roles × its skills padded to whole vectors.</summary>
    public static long DenseCells(CareerCatalog catalog) => (long)catalog.Roles.Count * ScoringKernel.Stride(catalog.Skills.Count);

    /// <summary>
    /// Fills a person's skill vector: the level of each skill the person lists, and for a
    /// certification 1 when held (<see cref="SkillScoring.KernelLevel"/>: a certification is
    /// compiled on a scale of one step); 0 for everything else. Reads the profile's entries, not the
    /// catalog's skills, so it costs the person's skills whatever the catalog's size.
    /// </summary>
    public void FillSkillVector(Profile profile, Span<float> vector)
    {
        vector.Clear();
        foreach (var entry in profile.Skills)
        {
            if (SkillIndex.TryGetValue(entry.SkillId, out var s) && Skills[s].Category != SkillCategory.Certification)
                vector[s] = SkillScoring.KernelLevel(Skills[s], entry.Level, holdsCertification: false);
        }
        foreach (var certification in profile.Certifications)
        {
            if (SkillIndex.TryGetValue(certification, out var s) && Skills[s].Category == SkillCategory.Certification)
                vector[s] = SkillScoring.KernelLevel(Skills[s], 0, holdsCertification: true);
        }
    }

    /// <summary>Compiles every role's required skills with each requirement at its level under the view, term by term from <see cref="SkillScoring.KernelTerm"/>.</summary>
    private RequirementTable CompileRequirements(RequirementView view)
    {
        var fitConstant = new float[Roles.Length];
        var terms = new (int Skill, float Need, float WeightOverNeed)[Roles.Length][];
        var scaleMaximum = Catalog.ProficiencyScale.Maximum;
        for (var r = 0; r < Roles.Length; r++)
        {
            var required = Roles[r].Requirements.Where(q => q.IsRequired).ToArray();
            var totalWeight = required.Sum(q => q.Importance);
            if (totalWeight == 0)
            {
                fitConstant[r] = 1f;
                terms[r] = [];
                continue;
            }
            var constant = 0.0;
            var row = new List<(int Skill, float Need, float WeightOverNeed)>(required.Length);
            foreach (var q in required)
            {
                var s = SkillIndex[q.SkillId];
                var share = q.Importance / totalWeight;
                if (!SkillScoring.KernelTerm(Skills[s], RequirementViews.NeedOf(q, view, scaleMaximum), share, out var need, out var weightOverNeed))
                {
                    constant += share;
                    continue;
                }
                row.Add((s, need, weightOverNeed));
            }
            fitConstant[r] = (float)constant;
            // Ascending skill order: the order the dense kernel sums in, which the sparse one follows.
            terms[r] = [.. row.OrderBy(t => t.Skill)];
        }
        return RequirementTable.Create(Layout, Stride, fitConstant, terms, MonthsPerLevel);
    }
}
