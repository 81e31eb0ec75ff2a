using System.Globalization;
using System.Text;
using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Catalogs;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using CareerModel.Tests.Recommendation;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Concurrency;

/// <summary>
/// One recommender and one assessor shared by many threads answer every call exactly as they do
/// on one thread: the documented "immutable and safe to share" promise, checked on the whole
/// textual rendering of each result rather than on a few fields.
/// </summary>
public class SharedEngineTests
{
    private const int Threads = 8;
    private const int DistinctCalls = 1_500;
    private const int RoundsPerThread = 2;

    private static readonly CareerCatalog Catalog = BuiltInCatalogs.CustomerService;
    private static readonly string[] Regions = ["US", "DE", "FR", "IN", "GB", "PH", "europe", "world"];

    [Fact]
    public void Eight_threads_sharing_one_recommender_and_one_assessor_get_exactly_the_single_threaded_results()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0));
        var recommender = Recommender.Create(Catalog, clock, exchangeRates: BuiltInCatalogs.CustomerServiceExchangeRates);
        var assessor = CareerAssessor.Create(Catalog, clock, DateTimeZone.Utc);
        var calls = Calls(recommender, assessor, new Random(20261125)).ToArray();

        // The reference: each call once, on this thread, before any sharing (the first call also fills the pay cache alone).
        var expected = calls.Select(Run).ToArray();

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            // Every thread walks the calls in its own order, so different calls overlap on each run.
            var order = Enumerable.Range(0, calls.Length).ToArray();
            new Random(t).Shuffle(order);
            start.SignalAndWait();
            for (var round = 0; round < RoundsPerThread; round++)
            {
                foreach (var i in order)
                {
                    var actual = Run(calls[i]);
                    if (actual != expected[i])
                        mismatches.Add($"call {i} on thread {t}:\n{expected[i]}\n---\n{actual}");
                }
            }
        })).ToArray();
        foreach (var worker in workers)
            worker.Start();
        foreach (var worker in workers)
            worker.Join();

        Assert.True(mismatches.IsEmpty, $"{mismatches.Count} results differed; first: {mismatches.FirstOrDefault()}");
        // The calls must exercise what they claim to: paths found, trade-offs, assessor answers and refusals.
        Assert.True(expected.Count(e => e.StartsWith("paths", StringComparison.Ordinal)) > DistinctCalls / 3);
        Assert.Contains(expected, e => e.StartsWith("front", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.StartsWith("readiness", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.StartsWith("threw", StringComparison.Ordinal));
        Assert.Contains(expected, e => e.Contains("Pay for", StringComparison.Ordinal) || e.Contains("Pay is unknown", StringComparison.Ordinal));
    }

    [Fact]
    public void Four_threads_ranking_people_at_once_with_one_assessor_each_get_the_single_threaded_ranking()
    {
        var assessor = CareerAssessor.Create(Catalog, new FakeClock(Instant.FromUtc(2026, 11, 25, 12, 0)), DateTimeZone.Utc);
        var people = Tests.Assessment.PeopleRankingTests.Workforce(3_000, seed: 2026).ToArray();
        var roles = Catalog.Roles.Select(r => r.Id).Take(12).ToArray();
        string Rank(string roleId, int threads) =>
            string.Join("\n", assessor.RankPeople(roleId, people, 15, threads).People.Select(p => $"{p} {p.Readiness}"));
        var expected = roles.ToDictionary(r => r, r => Rank(r, 1), StringComparer.Ordinal);

        var mismatches = new System.Collections.Concurrent.ConcurrentBag<string>();
        var start = new Barrier(4);
        var workers = Enumerable.Range(0, 4).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            // Each ranking runs on two threads of its own, so eight workers share the one assessor.
            foreach (var role in roles.Skip(t).Concat(roles.Take(t)))
            {
                if (Rank(role, 2) != expected[role])
                    mismatches.Add($"{role} on thread {t}");
            }
        })).ToArray();
        foreach (var worker in workers)
            worker.Start();
        foreach (var worker in workers)
            worker.Join();

        Assert.Empty(mismatches);
    }

    private static string Run(Func<string> call)
    {
        try
        {
            return call();
        }
        catch (Exception e) when (e is ArgumentException or UnknownRoleException or UnknownSkillException or SkillLevelOutOfScaleException or InvalidOperationException)
        {
            return $"threw {e.GetType().Name}: {e.Message}";
        }
    }

    private static IEnumerable<Func<string>> Calls(Recommender recommender, CareerAssessor assessor, Random random)
    {
        var roles = Catalog.Roles.Select(r => r.Id).ToArray();
        for (var i = 0; i < DistinctCalls; i++)
        {
            var profile = RandomProfile(random, roles);
            var options = RandomOptions(random, roles, profile.RegionId!);
            var target = roles[random.Next(roles.Length)];
            switch (random.Next(10))
            {
                case < 5:
                    yield return () => RecommendationText.Render(recommender.Recommend(profile, options));
                    break;
                case 5 or 6:
                    yield return () => RecommendationText.Render(recommender.RecommendPathsTo(profile, target, options));
                    break;
                case 7:
                    // The front looks at every path; two steps keep it to a few hundred.
                    options.MaxSteps = Math.Min(options.MaxSteps, 2);
                    var frontTarget = random.Next(2) == 0 ? null : target;
                    yield return () => RecommendationText.Render(recommender.FindTradeOffs(profile, options, frontTarget));
                    break;
                case 8:
                    yield return () => Render(assessor.AssessReadiness(profile, target));
                    break;
                default:
                    yield return () => Render(assessor.AnalyzeGaps(profile, target)) + Render(assessor.PlanDevelopment(profile, target));
                    break;
            }
        }
    }

    private static Profile RandomProfile(Random random, string[] roles)
    {
        var skills = Catalog.Skills
            .Where(s => s.Category != SkillCategory.Certification && random.Next(3) == 0)
            .Select(s => new SkillLevel(s.Id, random.Next(0, 9) / 2.0))
            .ToList();
        if (random.Next(40) == 0)
            skills.Add(new SkillLevel("no-such-skill", 1));   // an unknown skill: a warning, not an error
        if (random.Next(60) == 0 && skills.Count > 0)
            skills[0] = new SkillLevel(skills[0].SkillId, 99);   // off the scale: a refusal
        var certifications = Catalog.Skills.Where(s => s.Category == SkillCategory.Certification && random.Next(4) == 0).Select(s => s.Id);
        var current = roles[random.Next(roles.Length)];
        var start = new LocalDate(2010, 1, 1).PlusDays(random.Next(0, 16 * 365));
        var history = new WorkHistory(
        [
            new Employment(roles[random.Next(roles.Length)], start.PlusYears(-3), start),
            new Employment(current, start, fullTimeEquivalent: random.Next(2) == 0 ? 1m : 0.5m),
        ]);
        var preferences = random.Next(4) == 0
            ? new Preferences(tracks: [random.Next(2) == 0 ? CareerTrack.Management : CareerTrack.IndividualContributor])
            : Preferences.None;
        return new Profile(current, Regions[random.Next(Regions.Length)])
            .WithSkills(skills)
            .WithCertifications(certifications)
            .WithEducation((EducationLevel)random.Next(0, 6))
            .WithWorkHistory(history)
            .WithPreferences(preferences);
    }

    private static RecommendationOptions RandomOptions(Random random, string[] roles, string regionId)
    {
        var currency = Catalog.GetRegion(regionId).Currency;
        var options = new RecommendationOptions
        {
            Count = random.Next(1, 15),
            MaxSteps = random.Next(1, 4),
            Horizon = Period.FromYears(random.Next(2, 12)),
            RankByPessimisticFit = random.Next(3) == 0,
            UnknownPayGain = random.Next(3) == 0 ? 0 : -0.25,
        };
        if (random.Next(4) == 0)
            options.Weights = new ScoreWeights(random.Next(0, 3), random.Next(0, 3), 1, 0.5, random.Next(0, 2), random.Next(0, 5), 1);
        if (random.Next(5) == 0)
            options.ExcludedRoles = [roles[random.Next(roles.Length)]];
        if (random.Next(6) == 0)
            options.StayInTrack = random.Next(2) == 0 ? CareerTrack.Management : CareerTrack.IndividualContributor;
        if (random.Next(6) == 0)
            options.MinimumPay = new Money(random.Next(1, 8) * 10_000m * (currency == Currency.INR ? 50 : 1), currency);
        return options;
    }

    private static string Render(GapAnalysis gaps)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"gaps {gaps} fit {gaps.Fit:R} preferred {gaps.PreferredFit:R} {gaps.Education} {gaps.Experience}\n");
        foreach (var requirement in gaps.Requirements)
            RecommendationText.Render(text, requirement);
        return text.ToString();
    }

    private static string Render(DevelopmentPlan plan)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{plan} {plan.RequiredTime}\n");
        foreach (var step in plan.Steps)
            text.Append(CultureInfo.InvariantCulture, $"  {step} gain {step.FitGain:R} priority {step.Priority:R} {step.StartsAfter}..{step.DoneAfter}\n");
        return text.ToString();
    }

    private static string Render(Readiness readiness)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture,
            $"readiness {readiness} score {readiness.Score:R} experience {readiness.ExperienceRatio:R} {readiness.SkillsTime} {readiness.EducationTime} {readiness.ExperienceTime} {readiness.ReadyDate:uuuu-MM-dd}\n");
        foreach (var action in readiness.Actions)
            text.Append(CultureInfo.InvariantCulture, $"  {action}\n");
        text.Append(Render(readiness.Gaps)).Append(Render(readiness.Plan));
        return text.ToString();
    }
}
