using CareerModel.Catalogs;
using CareerModel.People;
using CareerModel.Recommendation;
using NodaTime;
using NodaTime.Testing;
using Xunit.Abstractions;

namespace CareerModel.Tests.Recommendation;

public class RecommenderSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Prints()
    {
        var recommender = Recommender.Create(BuiltInCatalogs.CustomerService, new FakeClock(Instant.FromUtc(2026, 11, 25, 0, 0)));
        var profile = new Profile("cs-junior-specialist", "US",
            [new SkillLevel("active-listening", 2), new SkillLevel("empathy", 2), new SkillLevel("clear-communication", 2), new SkillLevel("problem-solving", 1), new SkillLevel("patience", 2), new SkillLevel("crm-software", 1), new SkillLevel("data-entry", 2), new SkillLevel("product-expertise", 1)]);
        var result = recommender.Recommend(profile);
        output.WriteLine(result.ToString());
        foreach (var p in result.Paths.Take(3))
        {
            output.WriteLine(p.Score.ToString());
            foreach (var s in p.Steps) output.WriteLine("   " + s);
            foreach (var g in p.TopGaps) output.WriteLine("   gap " + g);
        }
        output.WriteLine("front:");
        foreach (var p in result.ParetoFront) output.WriteLine(p + " " + p.Score);
        output.WriteLine(result.Paths[0].CompareWith(result.Paths[1]).ToString());
        var to = recommender.RecommendPathsTo(profile, "cs-manager");
        output.WriteLine(to.ToString());
    }
}
