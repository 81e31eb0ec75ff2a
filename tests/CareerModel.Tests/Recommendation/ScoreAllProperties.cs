using CareerModel.Assessment;
using CareerModel.Careers;
using CareerModel.Geography;
using CareerModel.Monetary;
using CareerModel.People;
using CareerModel.Recommendation;
using CareerModel.Skills;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Testing;

namespace CareerModel.Tests.Recommendation;

/// <summary>
/// The vectorised <see cref="Recommender.ScoreAll"/> against the assessment's fit and a plain
/// scalar reading of the documented learning-time formula, and the gaps each path lists, on
/// catalogs wide enough (up to 70 skills, sparse requirements, some optional) that rows span many
/// vector blocks and most blocks are empty.
/// </summary>
[Properties(Arbitrary = [typeof(ScoreAllArbitraries)], MaxTest = 200)]
public class ScoreAllProperties
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 25, 12, 0));

    [Property]
    public Property Every_roles_fit_is_the_assessments_fit(WideWorld world) =>
        FitsAgreeWithTheAssessor(Recommender.Create(world.Catalog, Clock), world.Profile);

    /// <summary>Whether the kernel's fit of every role is the assessor's, to 1e-5 (the kernel works in single precision).</summary>
    internal static Property FitsAgreeWithTheAssessor(Recommender recommender, Profile profile)
    {
        var assessor = CareerAssessor.Create(recommender.Catalog, Clock, DateTimeZone.Utc);
        var (fit, _) = Score(recommender, profile);
        var wrong = recommender.Catalog.Roles
            .Select((role, r) => (role.Id, Kernel: fit[r], Assessor: assessor.AnalyzeGaps(profile, role.Id).Fit))
            .Where(x => Math.Abs(x.Kernel - x.Assessor) > 1e-5)
            .ToList();
        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [Property]
    public Property Every_roles_learning_time_follows_the_documented_formula(WideWorld world)
    {
        var recommender = Recommender.Create(world.Catalog, Clock);
        var times = recommender.LearningTimes;
        var (_, months) = Score(recommender, world.Profile);
        var wrong = new List<string>();
        for (var r = 0; r < world.Catalog.Roles.Count; r++)
        {
            var gaps = world.Catalog.Roles[r].Requirements
                .Where(q => q.IsRequired)
                .Select(q =>
                {
                    var skill = world.Catalog.GetSkill(q.SkillId);
                    var step = times.PerLevelStep(skill.Category);
                    // Weeks and days count, at the mean Gregorian month of 365.2425 / 12 days.
                    var perStep = (step.Years * 12) + step.Months + (((step.Weeks * 7) + step.Days) / (365.2425 / 12));
                    if (skill.Category == SkillCategory.Certification)
                        return q.MinimumLevel > 0 && !world.Profile.HasCertification(q.SkillId) ? perStep : 0;
                    return Math.Max(0, q.MinimumLevel - world.Profile.LevelOf(q.SkillId)) * perStep;
                })
                .ToList();
            var expected = gaps.Count == 0 ? 0 : Math.Max(gaps.Max(), gaps.Sum() / times.ConcurrentSkills);
            if (Math.Abs(months[r] - expected) > 1e-4 * Math.Max(1, expected))
                wrong.Add($"{world.Catalog.Roles[r].Id}: {months[r]} against {expected}");
        }
        return (wrong.Count == 0).Label(string.Join("; ", wrong));
    }

    [Property]
    public Property Each_path_lists_the_five_largest_gaps_of_its_final_role_required_first_then_by_impact_then_by_importance_then_by_id(WideWorld world)
    {
        var recommender = Recommender.Create(world.Catalog, Clock);
        var paths = recommender.Recommend(world.Profile, new RecommendationOptions { Count = 50, MaxSteps = 1 }).Paths;
        // The person's level as the scorer holds it: single precision; a certification held counts as the top of the scale.
        double Have(string skillId) => world.Catalog.GetSkill(skillId).Category == SkillCategory.Certification
            ? (world.Profile.HasCertification(skillId) ? world.Catalog.ProficiencyScale.Maximum : 0)
            : (float)world.Profile.LevelOf(skillId);
        var wrong = paths.Where(path =>
        {
            var requirements = world.Catalog.GetRole(path.RoleIds[^1]).Requirements;
            double Weight(bool required) => requirements.Where(q => q.IsRequired == required).Sum(q => q.Importance);
            // The share of the fit each gap costs: importance × (1 − have / need) over the total importance of its kind.
            var expected = requirements
                .Select(q => (q, Have: Have(q.SkillId)))
                .Where(g => g.Have < g.q.MinimumLevel)
                .Select(g => (g.q, g.Have, Impact: g.q.Importance * (1 - (g.Have / g.q.MinimumLevel)) / Weight(g.q.IsRequired)))
                .OrderByDescending(g => g.q.IsRequired)
                .ThenByDescending(g => Math.Round(g.Impact, 9))
                .ThenByDescending(g => g.q.Importance)
                .ThenBy(g => g.q.SkillId, StringComparer.Ordinal)
                .Take(5)
                .Select(g => (g.q.SkillId, g.Have));
            return !path.TopGaps.Select(g => (g.SkillId, g.Have)).SequenceEqual(expected);
        }).ToArray();
        return (wrong.Length == 0).Label(string.Join(" | ", wrong.Select(p => $"{p}: {string.Join("; ", p.TopGaps)}")));
    }

    internal static (float[] Fit, float[] Months) Score(Recommender recommender, Profile profile)
    {
        var fit = new float[recommender.Scorer.RoleCount];
        var months = new float[recommender.Scorer.RoleCount];
        recommender.Scorer.ScoreAll(recommender.Scorer.CreateSkillVector(profile), fit, months);
        return (fit, months);
    }
}

/// <summary>A catalog of 1–70 skills (every seventh a certification) and 1–12 roles asking for a sparse random few, a lateral move from the first role to each other, and a person in the first.</summary>
public sealed class WideWorld(CareerCatalog catalog, Profile profile)
{
    public CareerCatalog Catalog { get; } = catalog;

    public Profile Profile { get; } = profile;

    public override string ToString() =>
        $"{Catalog.Skills.Count} skills; {string.Join("; ", Catalog.Roles.Select(r => $"{r.Id}: {string.Join(", ", r.Requirements)}"))}; person {string.Join(", ", Profile.Skills)} + {string.Join(", ", Profile.Certifications)}";
}

public static class ScoreAllArbitraries
{
    private static readonly SkillCategory[] Learnt =
        [SkillCategory.Technical, SkillCategory.Soft, SkillCategory.Knowledge, SkillCategory.Ability, SkillCategory.Language];

    public static Arbitrary<WideWorld> WideWorld() => Arb.From(
        from skillCount in Gen.Choose(1, 70)
        from roleCount in Gen.Choose(1, 12)
        from density in Gen.Choose(1, 40)
        from cells in Gen.ArrayOf(Gen.Choose(0, 99), roleCount * skillCount * 3)
        from levels in Gen.ArrayOf(Gen.Choose(0, 10), skillCount)
        select Build(skillCount, roleCount, density, cells, levels));

    internal static WideWorld Build(int skillCount, int roleCount, int density, int[] cells, int[] levels)
    {
        static bool IsCertification(int s) => s % 7 == 6;
        var skills = Enumerable.Range(0, skillCount)
            .Select(s => new Skill($"s{s:D2}", $"Skill {s}", IsCertification(s) ? SkillCategory.Certification : Learnt[s % Learnt.Length]))
            .ToArray();
        var builder = CareerCatalog.CreateBuilder()
            .AddSkills(skills)
            .AddRegions([new Region("world", "World", RegionKind.World, Currency.USD), new Region("US", "United States", RegionKind.Country, Currency.USD, "world")]);
        for (var r = 0; r < roleCount; r++)
        {
            var requirements = new List<SkillRequirement>();
            for (var s = 0; s < skillCount; s++)
            {
                var cell = ((r * skillCount) + s) * 3;
                if (cells[cell] >= density)
                    continue;
                // Levels in half steps from 0 to 5 (a certification asks for the top), importance 1–5, one in five optional.
                var level = IsCertification(s) ? 5 : (cells[cell + 1] % 11) / 2.0;
                requirements.Add(SkillRequirement.Create(skills[s].Id, level, 1 + (cells[cell + 2] % 5), cells[cell + 2] % 5 != 0 || cells[cell + 1] % 2 == 0));
            }
            builder.AddRole(new Role($"r{r:D2}", $"Role {r}", "family", CareerTrack.IndividualContributor, 1).WithRequirements(requirements));
            if (r > 0)
                builder.AddTransition(new Transition("r00", $"r{r:D2}", TransitionKind.Lateral));
        }
        var profile = new Profile("r00", "US")
            .WithSkills(skills.Where((s, i) => !IsCertification(i) && levels[i] > 0).Select(s => new SkillLevel(s.Id, levels[int.Parse(s.Id.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)] / 2.0)))
            .WithCertifications(skills.Where((s, i) => IsCertification(i) && levels[i] % 2 == 1).Select(s => s.Id));
        return new WideWorld(builder.Build(), profile);
    }
}
