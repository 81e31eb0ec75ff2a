using CareerModel.Careers;
using CareerModel.Skills;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>Turns the search's paths into the public results: steps with dates, pay and fit, the score's breakdown and the final role's top gaps.</summary>
internal sealed class PathMaterializer(CompiledCatalog compiled, RecommendationRequest request, RequestScorer scorer)
{
    /// <summary>The most a path lists of its final role's gaps.</summary>
    private const int TopGapCount = 5;

    public PathRecommendation Materialize(Candidate candidate, int rank)
    {
        var roles = candidate.Roles();
        var steps = new PathStep[roles.Length - 1];
        var elapsed = 0;
        for (var i = 1; i < roles.Length; i++)
        {
            var edge = Edge(roles[i - 1], roles[i]);
            var target = roles[i];
            var months = scorer.StepMonths(edge, target, elapsed);
            elapsed += months;
            steps[i - 1] = new PathStep(
                compiled.EdgeTransition[edge], compiled.Roles[target], request.Fits.Reported[target], request.Fits.IntervalOf(target),
                request.Similarity[target], Period.FromMonths(months).Normalize(), request.Today.PlusMonths(elapsed),
                request.Pay.Projected[target], request.Pay.Basis[target]);
        }
        var final = compiled.Roles[roles[^1]];
        return new PathRecommendation(rank, compiled.Roles[roles[0]].Id, Array.AsReadOnly(steps), scorer.Breakdown(candidate),
            Period.FromMonths(elapsed).Normalize(), request.Pay.Current, Array.AsReadOnly(TopGaps(final)));
    }

    public PathRecommendation[] MaterializeAll(List<Candidate> paths)
    {
        var result = new PathRecommendation[paths.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = Materialize(paths[i], i + 1);
        return result;
    }

    /// <summary>
    /// A role's largest gaps for a person: required before preferred, then by impact (shortfall ×
    /// importance), then by skill id. Chosen by insertion into a short list, so only the gaps
    /// returned are made, however many requirements the role has (O*NET roles have dozens).
    /// </summary>
    private RequirementShortfall[] TopGaps(Role role)
    {
        var skills = request.Skills;
        Span<int> top = stackalloc int[TopGapCount];
        var count = 0;
        var requirements = role.Requirements;
        for (var i = 0; i < requirements.Count; i++)
        {
            if (Shortfall(requirements[i], skills) <= 0)
                continue;
            var at = count;
            while (at > 0 && Precedes(requirements[i], requirements[top[at - 1]], skills))
                at--;
            if (at == TopGapCount)
                continue;
            count = Math.Min(count + 1, TopGapCount);
            for (var j = count - 1; j > at; j--)
                top[j] = top[j - 1];
            top[at] = i;
        }
        var gaps = new RequirementShortfall[count];
        for (var g = 0; g < count; g++)
        {
            var q = requirements[top[g]];
            gaps[g] = new RequirementShortfall(compiled.Catalog.GetSkill(q.SkillId), q, skills[compiled.SkillIndex[q.SkillId]]);
        }
        return gaps;
    }

    // The same arithmetic as RequirementShortfall's Shortfall and Impact, so the order is theirs.
    private double Shortfall(SkillRequirement q, float[] skills) => q.MinimumLevel - (double)skills[compiled.SkillIndex[q.SkillId]];

    private bool Precedes(SkillRequirement a, SkillRequirement b, float[] skills)
    {
        if (a.IsRequired != b.IsRequired)
            return a.IsRequired;
        var byImpact = (Shortfall(a, skills) * a.Importance).CompareTo(Shortfall(b, skills) * b.Importance);
        return byImpact != 0 ? byImpact > 0 : string.CompareOrdinal(a.SkillId, b.SkillId) < 0;
    }

    private int Edge(int from, int to)
    {
        for (var e = compiled.EdgeStart[from]; e < compiled.EdgeStart[from + 1]; e++)
        {
            if (compiled.EdgeTarget[e] == to)
                return e;
        }
        throw new InvalidOperationException($"No transition leads from '{compiled.Roles[from].Id}' to '{compiled.Roles[to].Id}'.");
    }
}
