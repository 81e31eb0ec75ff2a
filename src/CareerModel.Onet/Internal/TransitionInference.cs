namespace CareerModel.Onet.Internal;

/// <summary>
/// Scores every ordered pair of occupations (see <see cref="TransitionInferenceOptions"/> for the
/// formula) and keeps each occupation's best targets within the Job Zone limits.
/// </summary>
internal static class TransitionInference
{
    public readonly record struct ScoredMove(int From, int To, float Score);

    public static List<ScoredMove> Infer(IReadOnlyList<Occupation> occupations, int[] jobZones, SimilarityModel model, TransitionInferenceOptions options)
    {
        var n = occupations.Count;
        var signals = model.Signals;
        var weights = new[] { options.SkillWeight, options.KnowledgeWeight, options.AbilityWeight, options.EducationWeight, options.DescriptionWeight };
        var result = new List<ScoredMove>(n * options.NeighboursPerOccupation);
        var pool = new List<ScoredMove>(n);
        for (var i = 0; i < n; i++)
        {
            pool.Clear();
            for (var j = 0; j < n; j++)
            {
                if (j == i)
                    continue;
                var step = jobZones[j] - jobZones[i];
                if (step > options.MaxJobZoneStepUp || -step > options.MaxJobZoneStepDown)
                    continue;
                var score = Score(i, j, n, step, occupations, signals, weights, options);
                if (score >= options.MinimumScore)
                    pool.Add(new ScoredMove(i, j, (float)score));
            }
            // Best first; equal scores go to the lower code, so the result never depends on chance.
            pool.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : string.CompareOrdinal(occupations[a.To].Code, occupations[b.To].Code));
            for (var k = 0; k < pool.Count && k < options.NeighboursPerOccupation; k++)
                result.Add(pool[k]);
        }
        return result;
    }

    public static double Score(int i, int j, int n, int step, IReadOnlyList<Occupation> occupations, SimilarityModel.Signal[] signals, double[] weights, TransitionInferenceOptions options)
    {
        double content = 0, total = 0;
        for (var s = 0; s < signals.Length; s++)
        {
            var signal = signals[s];
            if (weights[s] <= 0 || !signal.Present)
                continue;
            // A pair without the data counts as an average pair: less evidence, no bonus. A profile
            // borrowed from the SOC group is weaker evidence than the occupation's own ratings, so
            // its similarity is drawn towards the median pair.
            if (signal.Compares(i, j))
            {
                var borrowed = signal.Imputed[i] || signal.Imputed[j];
                content += weights[s] * signal.Z(i, j, n) * (borrowed ? options.BorrowedProfileWeight : 1);
            }
            total += weights[s];
        }
        var score = total > 0 ? content / total : 0;
        score += options.SocWeight * SocProximity(occupations[i], occupations[j]);
        // One way only: the step up into supervising one's own group is a usual career move; the
        // way back filled supervisors' lists with the many occupations they supervise.
        if (Supervises(occupations[j], occupations[i]))
            score += options.SupervisorWeight;
        if (occupations[i].IsFirstLineSupervisor && occupations[j].IsFirstLineSupervisor)
            score += options.PeerSupervisorWeight;
        score -= options.JobZoneStepPenalty * Math.Abs(step);
        if (step < 0)
            score -= options.DownwardStepPenalty * -step;
        return score;
    }

    /// <summary>Whether <paramref name="supervisor"/> is a first-line supervisor of <paramref name="worker"/>'s SOC major group.</summary>
    public static bool Supervises(Occupation supervisor, Occupation worker) =>
        supervisor.IsFirstLineSupervisor && !worker.IsFirstLineSupervisor && supervisor.Major.SequenceEqual(worker.Major);

    /// <summary>1 for the same detailed SOC occupation, 0.75 broad group, 0.5 minor group, 0.25 major group, else 0.</summary>
    public static double SocProximity(Occupation a, Occupation b)
    {
        if (a.Detailed.SequenceEqual(b.Detailed))
            return 1;
        if (a.Broad.SequenceEqual(b.Broad))
            return 0.75;
        if (a.Minor.SequenceEqual(b.Minor))
            return 0.5;
        return a.Major.SequenceEqual(b.Major) ? 0.25 : 0;
    }
}
