using CareerModel.Assessment;
using CareerModel.Recommendation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The similarity the recommender works out from its skill index against the documented formula
/// computed the plain way: dense profiles, centred on the mean, and their cosine.
/// </summary>
[Properties(Arbitrary = [typeof(ScoringLayoutArbitraries)], MaxTest = 200)]
public class RoleSimilarityProperties
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    [Property]
    public Property Every_roles_similarity_is_the_cosine_of_the_centred_profiles(AnyDensityWorld world)
    {
        var catalog = world.World.Catalog;
        var recommender = Recommender.Create(catalog, Clock);
        var skills = recommender.Scorer.CreateSkillVector(world.World.Profile);
        var actual = RoleSimilarity.Compute(recommender.Compiled.Profiles, skills);

        var skillIds = catalog.Skills.Select(s => s.Id).ToList();
        var profiles = catalog.Roles.Select(role =>
        {
            var v = new double[skillIds.Count];
            foreach (var q in role.Requirements)
            {
                var s = skillIds.IndexOf(q.SkillId);
                v[s] = q.Importance * SkillScoring.KernelLevel(catalog.Skills[s], q.MinimumLevel, q.MinimumLevel > 0);
            }
            return v;
        }).ToList();
        var mean = Enumerable.Range(0, skillIds.Count).Select(s => profiles.Average(v => v[s])).ToArray();
        var scale = Enumerable.Range(0, skillIds.Count)
            .Select(s => catalog.Roles.SelectMany(r => r.Requirements).Where(q => q.SkillId == skillIds[s]).Select(q => q.Importance).DefaultIfEmpty(0).Average())
            .ToArray();
        var person = Enumerable.Range(0, skillIds.Count).Select(s => (skills[s] * scale[s]) - mean[s]).ToArray();
        var wrong = new List<string>();
        for (var r = 0; r < profiles.Count; r++)
        {
            var role = profiles[r].Select((x, s) => x - mean[s]).ToArray();
            var expected = !skills.Any(x => x != 0) || catalog.Roles[r].Requirements.Count == 0 || Length(person) <= 1e-6 || Length(role) <= 1e-6
                ? 0
                : Math.Clamp(role.Zip(person, (a, b) => a * b).Sum() / (Length(role) * Length(person)), -1, 1);
            if (Math.Abs(expected - actual[r]) > 1e-9)
                wrong.Add($"{catalog.Roles[r].Id}: {actual[r]:R} against {expected:R}");
        }
        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    private static double Length(double[] vector) => Math.Sqrt(vector.Sum(x => x * x));
}
