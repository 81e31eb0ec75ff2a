using CareerModel.Careers;
using NodaTime;

namespace CareerModel.Esco.Internal;

/// <summary>
/// Infers each occupation's best next moves from what ESCO does publish: shared skills (a cosine
/// over skill vectors weighted by essential/optional and by rarity, so that sharing "communicate
/// with customers" says less than sharing "operate a forklift"), the ISCO-08 hierarchy, and the
/// occupation hierarchy. Sparse throughout: only pairs that share a skill or a hierarchy link are
/// ever scored.
/// </summary>
internal static class TransitionInference
{
    public static IReadOnlyList<EscoInferredTransition> Infer(EscoData data, IReadOnlyList<Role> roles, EscoTransitionOptions options)
    {
        if (!options.Enabled || roles.Count < 2)
            return [];
        var n = roles.Count;
        var (postings, rarity, norms) = WeightedSkillVectors(data, options);
        var neighbours = HierarchyNeighbours(data);
        var totalWeight = options.SkillWeight + options.IscoWeight + options.HierarchyWeight;

        var result = new List<EscoInferredTransition>(n * options.NeighboursPerOccupation);
        var dot = new double[n];
        var shared = new int[n];
        var touched = new List<int>();
        for (var a = 0; a < n; a++)
        {
            touched.Clear();
            foreach (var link in data.Links[a])
            {
                var weightA = (link.Essential ? options.EssentialSkillWeight : options.OptionalSkillWeight) * rarity[link.Skill];
                foreach (var (b, weightB) in postings[link.Skill])
                {
                    if (b == a)
                        continue;
                    if (shared[b] == 0)
                        touched.Add(b);
                    dot[b] += weightA * weightB;
                    shared[b]++;
                }
            }
            foreach (var b in neighbours[a])
            {
                if (shared[b] == 0 && !touched.Contains(b))
                    touched.Add(b);
            }

            var candidates = new List<(int B, double Score, double Overlap, double Isco, bool Link, int Shared)>(touched.Count);
            foreach (var b in touched)
            {
                var overlap = norms[a] > 0 && norms[b] > 0 ? Math.Min(1, dot[b] / (norms[a] * norms[b])) : 0;
                var isco = IscoProximity(data.Occupations[a].IscoGroup, data.Occupations[b].IscoGroup);
                var link = neighbours[a].Contains(b);
                var score = options.SkillWeight * overlap + options.IscoWeight * isco + (link ? options.HierarchyWeight : 0);
                if (score >= options.MinimumScore)
                    candidates.Add((b, score, overlap, isco, link, shared[b]));
                dot[b] = 0;
                shared[b] = 0;
            }
            foreach (var c in candidates
                .OrderByDescending(c => c.Score)
                .ThenBy(c => roles[c.B].Id, StringComparer.Ordinal)
                .Take(options.NeighboursPerOccupation))
            {
                var transition = Transition(roles[a], roles[c.B], data, options, Math.Clamp(c.Score / totalWeight, double.Epsilon, 1));
                result.Add(new EscoInferredTransition(transition, c.Score, c.Overlap, c.Isco, c.Link, c.Shared));
            }
        }
        return result;
    }

    /// <summary>1 in one unit group, 0.75 in one minor group, 0.5 in one sub-major group, 0.25 in one major group, else 0.</summary>
    public static double IscoProximity(string a, string b)
    {
        var common = 0;
        while (common < 4 && a[common] == b[common])
            common++;
        return common / 4.0;
    }

    // Per skill, the occupations that name it and the weight each gives it: essential or optional,
    // times the skill's rarity (log inverse document frequency). And each occupation's vector length.
    private static (List<(int Occupation, double Weight)>[] Postings, double[] Rarity, double[] Norms) WeightedSkillVectors(EscoData data, EscoTransitionOptions options)
    {
        var n = data.Occupations.Count;
        var postings = data.Skills.Select(_ => new List<(int, double)>()).ToArray();
        for (var o = 0; o < n; o++)
        {
            foreach (var link in data.Links[o])
                postings[link.Skill].Add((o, link.Essential ? options.EssentialSkillWeight : options.OptionalSkillWeight));
        }
        var norms = new double[n];
        var rarity = new double[postings.Length];
        for (var s = 0; s < postings.Length; s++)
        {
            var list = postings[s];
            if (list.Count == 0)
                continue;
            rarity[s] = Math.Log(1 + (double)n / list.Count);
            for (var i = 0; i < list.Count; i++)
            {
                var (o, w) = list[i];
                var weight = w * rarity[s];
                list[i] = (o, weight);
                norms[o] += weight * weight;
            }
        }
        for (var o = 0; o < n; o++)
            norms[o] = Math.Sqrt(norms[o]);
        return (postings, rarity, norms);
    }

    // Each occupation's direct links in ESCO's occupation hierarchy, both ways.
    private static HashSet<int>[] HierarchyNeighbours(EscoData data)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < data.Occupations.Count; i++)
            index[data.Occupations[i].Id] = i;
        var neighbours = data.Occupations.Select(_ => new HashSet<int>()).ToArray();
        foreach (var (narrower, broader) in data.BroaderOccupations)
        {
            if (index.TryGetValue(narrower, out var a) && index.TryGetValue(broader, out var b) && a != b)
            {
                neighbours[a].Add(b);
                neighbours[b].Add(a);
            }
        }
        return neighbours;
    }

    // Up in ISCO skill level is a promotion; down to a narrower kind of the same occupation a
    // specialisation; across tracks a track switch; anything else lateral.
    private static Transition Transition(Role from, Role to, EscoData data, EscoTransitionOptions options, double strength)
    {
        if (to.Rank > from.Rank)
            return new Transition(from.Id, to.Id, TransitionKind.Promotion, Times(options.TimePerRankStep, to.Rank - from.Rank), strength);
        var kind = data.BroaderOccupations.TryGetValue(to.Id, out var broader) && broader == from.Id ? TransitionKind.Specialisation
            : to.Track != from.Track ? TransitionKind.TrackSwitch
            : TransitionKind.Lateral;
        return new Transition(from.Id, to.Id, kind, options.SameLevelMoveTime, strength);
    }

    private static Period Times(Period period, int count)
    {
        var total = Period.Zero;
        for (var i = 0; i < count; i++)
            total += period;
        return total.Normalize();
    }
}
