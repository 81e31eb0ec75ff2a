namespace CareerModel.Recommendation;

/// <summary>The paths not dominated on pay gain, time and skill gap, among those given.</summary>
internal static class ParetoFront
{
    /// <summary>Chooses the front: ordered by gain, then months, then gap, then the path's roles; equal objectives kept once.</summary>
    public static List<PartialPath> Of(List<PartialPath> all, RequestScorer scorer)
    {
        // Objectives: pay gain (higher is better), months (lower), skill gap 1 − mean fit (lower).
        (double Gain, int Months, double Gap) Objectives(PartialPath c) => (scorer.Gain(c.Last), c.Months, 1 - RequestScorer.MeanFit(c));
        var ordered = all
            .Select(c => (Path: c, Objectives: Objectives(c)))
            .OrderByDescending(c => c.Objectives.Gain).ThenBy(c => c.Objectives.Months).ThenBy(c => c.Objectives.Gap)
            .ThenBy(c => c.Path, Comparer<PartialPath>.Create(PartialPath.ComparePaths))
            .ToList();
        var front = new List<(PartialPath Path, (double Gain, int Months, double Gap) Objectives)>();
        foreach (var path in ordered)
        {
            var (gain, months, gap) = path.Objectives;
            // In this order no later path can dominate an earlier one, so one pass suffices.
            var dominatedOrSame = front.Exists(f => f.Objectives.Gain >= gain && f.Objectives.Months <= months && f.Objectives.Gap <= gap);
            if (!dominatedOrSame)
                front.Add(path);
        }
        return front.ConvertAll(f => f.Path);
    }
}
