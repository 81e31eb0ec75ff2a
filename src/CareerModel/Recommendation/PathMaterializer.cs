using CareerModel.Assessment;
using NodaTime;

namespace CareerModel.Recommendation;

/// <summary>Turns the search's paths into the public results: steps with dates, pay and fit, the score's breakdown and the final role's top gaps.</summary>
internal sealed class PathMaterializer(CompiledCatalog compiled, RecommendationRequest request, RequestScorer scorer)
{
    /// <summary>The most a path lists of its final role's gaps.</summary>
    private const int TopGapCount = 5;

    public PathRecommendation Materialize(PartialPath path, int rank)
    {
        var roles = path.Roles();
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
                request.Pay.ProjectedOf(target), request.Pay.BasisOf(target));
        }
        var final = compiled.Roles[roles[^1]];
        return new PathRecommendation(rank, compiled.Roles[roles[0]].Id, Array.AsReadOnly(steps), scorer.Breakdown(path),
            Period.FromMonths(elapsed).Normalize(), request.Pay.Current,
            Array.AsReadOnly(SkillScoring.TopGaps(compiled.Catalog, final, request.Skills, compiled.SkillIndex, TopGapCount)));
    }

    public PathRecommendation[] MaterializeAll(List<PartialPath> paths)
    {
        var result = new PathRecommendation[paths.Count];
        for (var i = 0; i < result.Length; i++)
            result[i] = Materialize(paths[i], i + 1);
        return result;
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
