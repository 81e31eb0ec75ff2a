using CareerModel.Onet;

namespace CareerModel.Tests.Onet;

/// <summary>
/// The skill similarity an inferred move carries, worked by hand on a tiny release: the centred
/// cosine of importance profiles, a missing rating counting as the element's mean, and no
/// similarity at all for an occupation whose profile is the mean itself (it has no direction).
/// </summary>
public sealed class OnetSimilarityTests : IDisposable
{
    // Every neighbour is kept, so each pair within the Job Zone limits has a move.
    private static readonly OnetImportOptions KeepEveryNeighbour = new() { Transitions = { MinimumScore = double.NegativeInfinity } };

    // A move reports its similarities to four decimals.
    private const double Reported = 0.00005;

    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    private InferredTransition Move(string from, string to) =>
        OnetCatalog.Load(release.Folder, KeepEveryNeighbour).InferredTransitions
            .Single(t => t.Transition.FromRoleId == from && t.Transition.ToRoleId == to);

    [Fact]
    public void Skill_similarity_is_the_cosine_of_importance_profiles_less_each_elements_mean()
    {
        // Importance of Active Listening and Programming: 4.00 and 1.00, 4.50 and 2.00, 3.75 and 1.25.
        double[] representatives = [4.00, 1.00], supervisors = [4.50, 2.00], receptionists = [3.75, 1.25];

        var move = Move("43-4051.00", "43-4171.00");

        Assert.Equal(CentredCosine(representatives, receptionists, representatives, supervisors, receptionists), move.SkillSimilarity!.Value, Reported);
    }

    [Fact]
    public void A_missing_importance_rating_counts_as_the_elements_mean()
    {
        // The receptionists lose their Programming rows: the element's mean over the other two
        // (1.50) stands in, which centres to zero.
        var lines = File.ReadAllLines(release.PathOf("Skills.txt"));
        release.Write("Skills.txt", [.. lines[..11]]);
        double[] representatives = [4.00, 1.00], supervisors = [4.50, 2.00], receptionists = [3.75, 1.50];

        var move = Move("43-4051.00", "43-4171.00");

        Assert.Equal(CentredCosine(representatives, receptionists, representatives, supervisors, receptionists), move.SkillSimilarity!.Value, Reported);
    }

    [Fact]
    public void An_occupation_whose_profile_is_the_mean_has_no_skill_similarity_but_keeps_the_others()
    {
        // 4.25 and 1.50 are the means of Active Listening (4.00, 4.50, 4.25) and Programming (1.00, 2.00, 1.50).
        release.ReplaceLine("Skills.txt", 10, MiniRelease.Rating("43-4171.00", "2.A.1.b", "Active Listening", "IM", "4.25", "0.10", "4.00", "4.50", "N", "n/a"));
        release.ReplaceLine("Skills.txt", 12, MiniRelease.Rating("43-4171.00", "2.B.3.e", "Programming", "IM", "1.50", "0.10", "1.25", "1.75", "N", "n/a"));

        var move = Move("43-4051.00", "43-4171.00");

        Assert.Null(move.SkillSimilarity);
        Assert.NotNull(move.KnowledgeSimilarity);
        Assert.NotNull(Move("43-4051.00", "43-1011.00").SkillSimilarity);
    }

    /// <summary>The cosine of <paramref name="a"/> and <paramref name="b"/> after each element's mean over <paramref name="all"/> is taken away.</summary>
    private static double CentredCosine(double[] a, double[] b, params double[][] all)
    {
        var means = Enumerable.Range(0, a.Length).Select(e => all.Average(v => v[e])).ToArray();
        var x = a.Select((v, e) => v - means[e]).ToArray();
        var y = b.Select((v, e) => v - means[e]).ToArray();
        return x.Zip(y, (p, q) => p * q).Sum() / Math.Sqrt(x.Sum(p => p * p) * y.Sum(q => q * q));
    }
}
